using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Interventions.Data;

internal sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> e)
    {
        e.ToTable("interventions_intervention");
        e.HasKey(i => i.Id);
        e.Property(i => i.Name).HasMaxLength(200);
        e.Property(i => i.Description).HasMaxLength(8000);
        e.Property(i => i.PreciseOrientation).HasMaxLength(80);
        foreach (var text in new[] { nameof(Intervention.ShortTermGoals), nameof(Intervention.LongTermGoals), nameof(Intervention.ExpectedEffects), nameof(Intervention.ImplementationPlan), nameof(Intervention.FollowUpPlan), nameof(Intervention.Risks), nameof(Intervention.PreparationStatement), nameof(Intervention.EndReason) })
        {
            e.Property(text).HasMaxLength(4000);
        }

        e.Property(i => i.ConflictsOfInterest).HasMaxLength(1000);
        e.Property(i => i.PublicContact).HasMaxLength(300);
        e.Property(i => i.SearchTerms).HasMaxLength(20_000);
        e.HasIndex(i => new { i.AssociationId, i.State });
        e.HasIndex(i => new { i.Published, i.State });
        e.HasOne<Association>().WithMany().HasForeignKey(i => i.AssociationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<BoardMeeting>().WithMany().HasForeignKey(i => i.TargetMeetingId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<BoardDecision>().WithMany().HasForeignKey(i => i.DecisionId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(i => i.Parties).WithOne().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(i => i.Municipalities).WithOne().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(i => i.TargetGroups).WithOne().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(i => i.Years).WithOne().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InterventionPartyConfiguration : IEntityTypeConfiguration<InterventionParty>
{
    public void Configure(EntityTypeBuilder<InterventionParty> e)
    {
        e.ToTable("interventions_party");
        e.HasKey(p => p.Id);
        e.HasIndex(p => new { p.InterventionId, p.OrganisationId }).IsUnique();
        e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InterventionMunicipalityConfiguration : IEntityTypeConfiguration<InterventionMunicipality>
{
    public void Configure(EntityTypeBuilder<InterventionMunicipality> e)
    {
        e.ToTable("interventions_municipality");
        e.HasKey(p => p.Id);
        e.Property(p => p.MunicipalityCode).HasMaxLength(4);
        e.HasIndex(p => new { p.InterventionId, p.MunicipalityCode }).IsUnique();
        e.HasIndex(p => p.MunicipalityCode);
    }
}

internal sealed class InterventionTargetGroupConfiguration : IEntityTypeConfiguration<InterventionTargetGroup>
{
    public void Configure(EntityTypeBuilder<InterventionTargetGroup> e)
    {
        e.ToTable("interventions_target_group");
        e.HasKey(p => p.Id);
        e.Property(p => p.Code).HasMaxLength(80);
        e.HasIndex(p => new { p.InterventionId, p.Code }).IsUnique();
        e.HasIndex(p => p.Code);
    }
}

internal sealed class InterventionYearConfiguration : IEntityTypeConfiguration<InterventionYear>
{
    public void Configure(EntityTypeBuilder<InterventionYear> e)
    {
        e.ToTable("interventions_year");
        e.HasKey(p => p.Id);
        e.Ignore(p => p.PlannedTotal);
        e.HasIndex(p => new { p.InterventionId, p.Year }).IsUnique();
    }
}

internal sealed class InterventionEventConfiguration : IEntityTypeConfiguration<InterventionEvent>
{
    public void Configure(EntityTypeBuilder<InterventionEvent> e)
    {
        e.ToTable("interventions_event");
        e.HasKey(p => p.Id);
        e.Property(p => p.UserName).HasMaxLength(200);
        e.Property(p => p.Note).HasMaxLength(4000);
        e.HasIndex(p => new { p.InterventionId, p.OccurredAt });
        e.HasOne<Intervention>().WithMany().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InterventionBudgetLineConfiguration : IEntityTypeConfiguration<InterventionBudgetLine>
{
    public void Configure(EntityTypeBuilder<InterventionBudgetLine> e)
    {
        e.ToTable("interventions_budget_line");
        e.HasKey(p => p.Id);
        e.HasIndex(p => new { p.InterventionId, p.Year });
        e.HasOne<Intervention>().WithMany().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InterventionGrantConfiguration : IEntityTypeConfiguration<InterventionGrant>
{
    public void Configure(EntityTypeBuilder<InterventionGrant> e)
    {
        e.ToTable("interventions_grant");
        e.HasKey(p => p.Id);
        e.HasIndex(p => new { p.InterventionId, p.DecisionId, p.Year }).IsUnique();
        e.HasOne<Intervention>().WithMany().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<BoardDecision>().WithMany().HasForeignKey(p => p.DecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InterventionFundingConfiguration : IEntityTypeConfiguration<InterventionFunding>
{
    public void Configure(EntityTypeBuilder<InterventionFunding> e)
    {
        e.ToTable("interventions_funding");
        e.HasKey(p => p.Id);
        e.HasIndex(p => new { p.InterventionId, p.Year }).IsUnique();
        e.HasOne<Intervention>().WithMany().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InterventionPaymentConfiguration : IEntityTypeConfiguration<InterventionPayment>
{
    public void Configure(EntityTypeBuilder<InterventionPayment> e)
    {
        e.ToTable("interventions_payment");
        e.HasKey(p => p.Id);
        e.HasIndex(p => new { p.InterventionId, p.PlannedOn });
        e.HasOne<Intervention>().WithMany().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InterventionReportConfiguration : IEntityTypeConfiguration<InterventionReport>
{
    public void Configure(EntityTypeBuilder<InterventionReport> e)
    {
        e.ToTable("interventions_report");
        e.HasKey(p => p.Id);
        foreach (var text in new[] { nameof(InterventionReport.WhatWasDone), nameof(InterventionReport.ResultsAgainstGoals), nameof(InterventionReport.Lessons), nameof(InterventionReport.BecomesPermanent) })
        {
            e.Property(text).HasMaxLength(8000);
        }

        e.HasIndex(p => new { p.InterventionId, p.DueOn });
        e.HasIndex(p => new { p.SubmittedOn, p.DueOn });
        e.HasOne<Intervention>().WithMany().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Cascade);
    }
}
