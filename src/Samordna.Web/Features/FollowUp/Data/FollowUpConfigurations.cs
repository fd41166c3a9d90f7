using Samordna.Web.Features.FollowUp.Questions;
using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.FollowUp.Data;

internal sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> e)
    {
        e.PartOfIntervention("followup_participation");
        e.Property(p => p.Code).HasMaxLength(ParticipationCode.Length);
        e.HasIndex(p => new { p.AssociationId, p.Code }).IsUnique();
        // Reports group an intervention's (or the whole country's) records by start year and sex.
        e.HasIndex(p => new { p.InterventionId, p.StartDate });
        e.HasIndex(p => new { p.AssociationId, p.StartDate });
        foreach (var code in new[] { nameof(Participation.StartOccupation), nameof(Participation.SupportTimeBefore), nameof(Participation.EducationLevel), nameof(Participation.EndOccupation), nameof(Participation.ExitReason) })
        {
            e.Property(code).HasMaxLength(FollowUpOptions.MaxCodeLength);
        }

        e.HasMany(p => p.Incomes).WithOne().HasForeignKey(i => i.ParticipationId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(p => p.Answers).WithOne().HasForeignKey(a => a.ParticipationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ParticipationAnswerConfiguration : IEntityTypeConfiguration<ParticipationAnswer>
{
    public void Configure(EntityTypeBuilder<ParticipationAnswer> e)
    {
        e.ToTable("followup_participation_answer");
        e.HasIndex(a => new { a.ParticipationId, a.QuestionId }).IsUnique();
        e.ForeignKey(a => a.QuestionId).To<FollowUpQuestion>();
        e.ForeignKey(a => a.OptionId).To<FollowUpQuestionOption>();
        e.BelongsToAssociation();
    }
}

internal sealed class ParticipationRevisionAnswerConfiguration : IEntityTypeConfiguration<ParticipationRevisionAnswer>
{
    public void Configure(EntityTypeBuilder<ParticipationRevisionAnswer> e)
    {
        e.ToTable("followup_participation_revision_answer");
        e.ForeignKey(a => a.QuestionId).To<FollowUpQuestion>();
        e.ForeignKey(a => a.OptionId).To<FollowUpQuestionOption>();
        e.BelongsToAssociation();
    }
}

internal sealed class ParticipationIncomeConfiguration : IEntityTypeConfiguration<ParticipationIncome>
{
    public void Configure(EntityTypeBuilder<ParticipationIncome> e)
    {
        e.ToTable("followup_participation_income");
        e.Property(i => i.Code).HasMaxLength(FollowUpOptions.MaxCodeLength);
        e.HasIndex(i => new { i.ParticipationId, i.Phase, i.Code }).IsUnique();
        e.BelongsToAssociation();
    }
}

internal sealed class ParticipationRevisionConfiguration : IEntityTypeConfiguration<ParticipationRevision>
{
    public void Configure(EntityTypeBuilder<ParticipationRevision> e)
    {
        e.ToTable("followup_participation_revision");
        foreach (var code in new[] { nameof(ParticipationRevision.StartOccupation), nameof(ParticipationRevision.SupportTimeBefore), nameof(ParticipationRevision.EducationLevel), nameof(ParticipationRevision.EndOccupation), nameof(ParticipationRevision.ExitReason) })
        {
            e.Property(code).HasMaxLength(FollowUpOptions.MaxCodeLength);
        }

        e.HasOne<Participation>().WithMany().HasForeignKey(r => r.ParticipationId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(r => r.Incomes).WithOne().HasForeignKey(i => i.RevisionId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.RevisionId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(r => new { r.ParticipationId, r.ChangedAt });
        e.BelongsToAssociation();
    }
}

internal sealed class ParticipationRevisionIncomeConfiguration : IEntityTypeConfiguration<ParticipationRevisionIncome>
{
    public void Configure(EntityTypeBuilder<ParticipationRevisionIncome> e)
    {
        e.ToTable("followup_participation_revision_income");
        e.Property(i => i.Code).HasMaxLength(FollowUpOptions.MaxCodeLength);
        e.BelongsToAssociation();
    }
}

internal sealed class HeadcountConfiguration : IEntityTypeConfiguration<Headcount>
{
    public void Configure(EntityTypeBuilder<Headcount> e)
    {
        e.PartOfIntervention("followup_headcount");
        e.HasIndex(h => new { h.InterventionId, h.Date, h.Period }).IsUnique();
    }
}

internal sealed class DisposedParticipantCountConfiguration : IEntityTypeConfiguration<DisposedParticipantCount>
{
    public void Configure(EntityTypeBuilder<DisposedParticipantCount> e)
    {
        e.ToTable("followup_disposed_participant_count");
        e.Property(c => c.SupportTimeBefore).HasMaxLength(FollowUpOptions.MaxCodeLength);
        e.Property(c => c.EducationLevel).HasMaxLength(FollowUpOptions.MaxCodeLength);
        e.HasIndex(c => new { c.AssociationId, c.Year });
        e.HasIndex(c => new { c.InterventionId, c.Year });
        e.HasOne<Intervention>().WithMany().HasForeignKey(c => c.InterventionId).OnDelete(DeleteBehavior.Cascade);
        e.BelongsToAssociation();
    }
}

internal sealed class DisposedLeaverCountConfiguration : IEntityTypeConfiguration<DisposedLeaverCount>
{
    public void Configure(EntityTypeBuilder<DisposedLeaverCount> e)
    {
        e.ToTable("followup_disposed_leaver_count");
        foreach (var code in new[] { nameof(DisposedLeaverCount.StartOccupation), nameof(DisposedLeaverCount.EndOccupation), nameof(DisposedLeaverCount.ExitReason) })
        {
            e.Property(code).HasMaxLength(FollowUpOptions.MaxCodeLength);
        }

        e.HasIndex(c => new { c.AssociationId, c.Year });
        e.HasIndex(c => new { c.InterventionId, c.Year });
        e.HasOne<Intervention>().WithMany().HasForeignKey(c => c.InterventionId).OnDelete(DeleteBehavior.Cascade);
        e.BelongsToAssociation();
    }
}

internal sealed class DisposedIncomeCountConfiguration : IEntityTypeConfiguration<DisposedIncomeCount>
{
    public void Configure(EntityTypeBuilder<DisposedIncomeCount> e)
    {
        e.ToTable("followup_disposed_income_count");
        e.Property(c => c.Code).HasMaxLength(FollowUpOptions.MaxCodeLength);
        e.HasIndex(c => new { c.AssociationId, c.Year });
        e.HasIndex(c => new { c.InterventionId, c.Year });
        e.HasOne<Intervention>().WithMany().HasForeignKey(c => c.InterventionId).OnDelete(DeleteBehavior.Cascade);
        e.BelongsToAssociation();
    }
}

internal sealed class DisposedAnswerCountConfiguration : IEntityTypeConfiguration<DisposedAnswerCount>
{
    public void Configure(EntityTypeBuilder<DisposedAnswerCount> e)
    {
        e.ToTable("followup_disposed_answer_count");
        e.HasIndex(c => new { c.AssociationId, c.Year });
        e.HasIndex(c => new { c.InterventionId, c.Year });
        e.HasOne<Intervention>().WithMany().HasForeignKey(c => c.InterventionId).OnDelete(DeleteBehavior.Cascade);
        e.ForeignKey(c => c.QuestionId).To<FollowUpQuestion>();
        e.ForeignKey(c => c.OptionId).To<FollowUpQuestionOption>();
        e.BelongsToAssociation();
    }
}
