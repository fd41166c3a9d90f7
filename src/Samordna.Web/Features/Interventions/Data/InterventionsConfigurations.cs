using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Interventions.Data;

internal sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> e)
    {
        e.ToTable("interventions_intervention");
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
        // Name and Id last: the unfiltered catalogue is read in name order straight from the index (docs/adr/0013).
        e.HasIndex(i => new { i.Published, i.State, i.Name, i.Id });
        e.BelongsToAssociation();
        e.ForeignKey(i => i.OwnerOrganisationId).To<Organisation>();
        e.ForeignKey(i => i.TargetMeetingId).To<BoardMeeting>();
        e.ForeignKey(i => i.DecisionId).To<BoardDecision>();
        e.HasMany(i => i.Parties).WithOne().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(i => i.Municipalities).WithOne().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(i => i.TargetGroups).WithOne().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(i => i.Years).WithOne().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// The one shape of a table of <see cref="InterventionPart"/> rows: its name, and removed with its intervention. Each
/// part's configuration adds only what is its own (lengths, unique keys).
/// </summary>
internal static class InterventionParts
{
    public static EntityTypeBuilder<T> PartOfIntervention<T>(this EntityTypeBuilder<T> e, string table)
        where T : InterventionPart
    {
        e.ToTable(table);
        e.HasOne<Intervention>().WithMany().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Cascade);
        return e;
    }
}

internal sealed class InterventionPartyConfiguration : IEntityTypeConfiguration<InterventionParty>
{
    public void Configure(EntityTypeBuilder<InterventionParty> e)
    {
        e.ToTable("interventions_party").HasIndex(p => new { p.InterventionId, p.OrganisationId }).IsUnique();
        e.ForeignKey(p => p.OrganisationId).To<Organisation>();
    }
}

internal sealed class InterventionMunicipalityConfiguration : IEntityTypeConfiguration<InterventionMunicipality>
{
    public void Configure(EntityTypeBuilder<InterventionMunicipality> e)
    {
        e.ToTable("interventions_municipality").HasIndex(p => new { p.InterventionId, p.MunicipalityCode }).IsUnique();
        e.Property(p => p.MunicipalityCode).HasMaxLength(4);
        e.HasIndex(p => p.MunicipalityCode);
    }
}

internal sealed class InterventionTargetGroupConfiguration : IEntityTypeConfiguration<InterventionTargetGroup>
{
    public void Configure(EntityTypeBuilder<InterventionTargetGroup> e)
    {
        e.ToTable("interventions_target_group").HasIndex(p => new { p.InterventionId, p.Code }).IsUnique();
        e.Property(p => p.Code).HasMaxLength(80);
        e.HasIndex(p => p.Code);
    }
}

internal sealed class InterventionYearConfiguration : IEntityTypeConfiguration<InterventionYear>
{
    public void Configure(EntityTypeBuilder<InterventionYear> e)
    {
        e.ToTable("interventions_year").HasIndex(p => new { p.InterventionId, p.Year }).IsUnique();
        e.Ignore(p => p.PlannedTotal);
    }
}

internal sealed class InterventionEventConfiguration : IEntityTypeConfiguration<InterventionEvent>
{
    public void Configure(EntityTypeBuilder<InterventionEvent> e)
    {
        e.PartOfIntervention("interventions_event").HasIndex(p => new { p.InterventionId, p.OccurredAt });
        e.Property(p => p.UserName).HasMaxLength(200);
        e.Property(p => p.Note).HasMaxLength(4000);
    }
}

internal sealed class InterventionBudgetLineConfiguration : IEntityTypeConfiguration<InterventionBudgetLine>
{
    public void Configure(EntityTypeBuilder<InterventionBudgetLine> e) =>
        e.PartOfIntervention("interventions_budget_line").HasIndex(p => new { p.InterventionId, p.Year });
}

internal sealed class InterventionGrantConfiguration : IEntityTypeConfiguration<InterventionGrant>
{
    public void Configure(EntityTypeBuilder<InterventionGrant> e)
    {
        e.PartOfIntervention("interventions_grant").HasIndex(p => new { p.InterventionId, p.DecisionId, p.Year }).IsUnique();
        e.ForeignKey(p => p.DecisionId).To<BoardDecision>();
    }
}

internal sealed class InterventionFundingConfiguration : IEntityTypeConfiguration<InterventionFunding>
{
    public void Configure(EntityTypeBuilder<InterventionFunding> e) =>
        e.PartOfIntervention("interventions_funding").HasIndex(p => new { p.InterventionId, p.Year }).IsUnique();
}

internal sealed class InterventionPaymentConfiguration : IEntityTypeConfiguration<InterventionPayment>
{
    public void Configure(EntityTypeBuilder<InterventionPayment> e) =>
        e.PartOfIntervention("interventions_payment").HasIndex(p => new { p.InterventionId, p.PlannedOn });
}

internal sealed class InterventionReportConfiguration : IEntityTypeConfiguration<InterventionReport>
{
    public void Configure(EntityTypeBuilder<InterventionReport> e)
    {
        e.PartOfIntervention("interventions_report").HasIndex(p => new { p.InterventionId, p.DueOn });
        e.HasIndex(p => new { p.SubmittedOn, p.DueOn });
        foreach (var text in new[] { nameof(InterventionReport.WhatWasDone), nameof(InterventionReport.ResultsAgainstGoals), nameof(InterventionReport.Lessons), nameof(InterventionReport.BecomesPermanent) })
        {
            e.Property(text).HasMaxLength(8000);
        }
    }
}
