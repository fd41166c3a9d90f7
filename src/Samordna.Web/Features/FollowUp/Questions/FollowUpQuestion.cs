using Samordna.Web.Features.FollowUp.Data;

namespace Samordna.Web.Features.FollowUp.Questions;

/// <summary>
/// An extra question of the association's own (tilläggsfråga), asked at the start or at the end of every participation
/// in its individual interventions, with closed answers only: the office writes the question and its options once, and
/// a record holds no more than which option was chosen (<see cref="ParticipationAnswer"/>). The question is the
/// association's configuration, not data about anyone, so it lives outside the participant tables; its words cannot be
/// changed once asked (answers keep their meaning), only retired.
/// </summary>
public sealed class FollowUpQuestion : IAssociationOwned, IVersioned, IAudited
{
    public const int MaxTextLength = 200;
    public const int MaxOptionLength = 100;
    public const int MinOptions = 2;
    public const int MaxOptions = 12;

    /// <summary>Active questions an association may have at a time (the forms stay short).</summary>
    public const int MaxActive = 10;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public string Text { get; set; } = string.Empty;

    public ParticipationPhase Phase { get; set; }

    /// <summary>A retired question is no longer asked; its answers still count in the reports of the years they belong to.</summary>
    public bool IsRetired { get; set; }

    public DateTime CreatedAt { get; set; }

    public long Version { get; set; }

    public List<FollowUpQuestionOption> Options { get; set; } = [];
}

/// <summary>One closed answer to a <see cref="FollowUpQuestion"/>, in the order the office gave.</summary>
public sealed class FollowUpQuestionOption : IAssociationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid QuestionId { get; set; }

    public string Text { get; set; } = string.Empty;

    public int SortOrder { get; set; }
}

internal sealed class FollowUpQuestionConfiguration : IEntityTypeConfiguration<FollowUpQuestion>
{
    public void Configure(EntityTypeBuilder<FollowUpQuestion> e)
    {
        e.ToTable("followup_question");
        e.Property(q => q.Text).HasMaxLength(FollowUpQuestion.MaxTextLength);
        e.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(q => new { q.AssociationId, q.IsRetired });
        e.BelongsToAssociation();
    }
}

internal sealed class FollowUpQuestionOptionConfiguration : IEntityTypeConfiguration<FollowUpQuestionOption>
{
    public void Configure(EntityTypeBuilder<FollowUpQuestionOption> e)
    {
        e.ToTable("followup_question_option");
        e.Property(o => o.Text).HasMaxLength(FollowUpQuestion.MaxOptionLength);
        e.BelongsToAssociation();
    }
}
