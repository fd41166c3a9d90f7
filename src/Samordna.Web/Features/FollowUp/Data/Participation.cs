using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.FollowUp.Data;

/// <summary>Kön, as Uppföljning Finsam counts it.</summary>
public enum Sex
{
    Female,
    Male,
}

/// <summary>Whether a status or income source was recorded at the start or at the end of a participation.</summary>
public enum ParticipationPhase
{
    Start,
    End,
}

/// <summary>
/// One person's participation in one individual intervention, identifying no one: a random code the participant
/// officer notes in the provider's own case file, sex, birth year, dates and coded statuses. There is no free text and
/// nothing derived from the person (docs/privacy.md). Only the participant officers of the owner organisation read it;
/// everyone else sees aggregates.
/// </summary>
public sealed class Participation : InterventionPart, IVersioned, IAudited, IPseudonymousRecord
{
    /// <summary>Random, from <see cref="ParticipationCode.Alphabet"/>, unique within the association.</summary>
    public string Code { get; set; } = string.Empty;

    public Sex Sex { get; set; }

    public int BirthYear { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>Sysselsättning at the start: a code of <see cref="FollowUpOptions.Occupations"/>.</summary>
    public string StartOccupation { get; set; } = string.Empty;

    /// <summary>Time on public support before the intervention: a code of <see cref="FollowUpOptions.SupportTimes"/>.</summary>
    public string SupportTimeBefore { get; set; } = string.Empty;

    /// <summary>Highest completed education: a code of <see cref="FollowUpOptions.EducationLevels"/>.</summary>
    public string EducationLevel { get; set; } = string.Empty;

    /// <summary>Sysselsättning at the end (null while the participation runs).</summary>
    public string? EndOccupation { get; set; }

    /// <summary>Avslutningsanledning (null while the participation runs).</summary>
    public string? ExitReason { get; set; }

    /// <summary>When the record was last changed; the disposal job counts its retention from the end date.</summary>
    public DateTime UpdatedAt { get; set; }

    public long Version { get; set; }

    public List<ParticipationIncome> Incomes { get; set; } = [];

    /// <summary>The chosen options of the association's extra questions (closed answers only; an unanswered question has no row).</summary>
    public List<ParticipationAnswer> Answers { get; set; } = [];
}

/// <summary>
/// The option chosen for one of the association's extra questions (<see cref="Questions.FollowUpQuestion"/>): keys
/// only, so an answer can say nothing but which of the office's closed options applies.
/// </summary>
public sealed class ParticipationAnswer : IAssociationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid ParticipationId { get; set; }

    public Guid QuestionId { get; set; }

    public Guid OptionId { get; set; }
}

/// <summary>One income source (försörjningskälla) of a participation at its start or end.</summary>
public sealed class ParticipationIncome : IAssociationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid ParticipationId { get; set; }

    public ParticipationPhase Phase { get; set; }

    public string Code { get; set; } = string.Empty;
}

/// <summary>
/// A correction kept: the coded values a participation had before a participant officer changed it, so the history
/// can be read back (by the same officers only). Columns mirror the record's; no free text, like the record itself.
/// </summary>
public sealed class ParticipationRevision : IAssociationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid ParticipationId { get; set; }

    public DateTime ChangedAt { get; set; }

    public Guid? UserId { get; set; }

    public Sex Sex { get; set; }

    public int BirthYear { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string StartOccupation { get; set; } = string.Empty;

    public string SupportTimeBefore { get; set; } = string.Empty;

    public string EducationLevel { get; set; } = string.Empty;

    public string? EndOccupation { get; set; }

    public string? ExitReason { get; set; }

    public List<ParticipationRevisionIncome> Incomes { get; set; } = [];

    public List<ParticipationRevisionAnswer> Answers { get; set; } = [];

    public static ParticipationRevision Of(Participation p, DateTime changedAt, Guid? userId)
    {
        var revision = new ParticipationRevision
        {
            AssociationId = p.AssociationId, ParticipationId = p.Id, ChangedAt = changedAt, UserId = userId, Sex = p.Sex, BirthYear = p.BirthYear,
            StartDate = p.StartDate, EndDate = p.EndDate, StartOccupation = p.StartOccupation, SupportTimeBefore = p.SupportTimeBefore,
            EducationLevel = p.EducationLevel, EndOccupation = p.EndOccupation, ExitReason = p.ExitReason,
        };
        revision.Incomes = p.Incomes.Select(i => new ParticipationRevisionIncome { AssociationId = p.AssociationId, RevisionId = revision.Id, Phase = i.Phase, Code = i.Code }).ToList();
        revision.Answers = p.Answers.Select(a => new ParticipationRevisionAnswer { AssociationId = p.AssociationId, RevisionId = revision.Id, QuestionId = a.QuestionId, OptionId = a.OptionId }).ToList();
        return revision;
    }
}

/// <summary>One income source of a kept revision.</summary>
public sealed class ParticipationRevisionIncome : IAssociationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid RevisionId { get; set; }

    public ParticipationPhase Phase { get; set; }

    public string Code { get; set; } = string.Empty;
}

/// <summary>One extra question's answer of a kept revision.</summary>
public sealed class ParticipationRevisionAnswer : IAssociationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid RevisionId { get; set; }

    public Guid QuestionId { get; set; }

    public Guid OptionId { get; set; }
}

/// <summary>
/// Head-counts by sex for one period (a month) or occasion of an intervention followed up by counts: structural
/// interventions, and individual ones whose provider reports counts only (exactly what Uppföljning Finsam asks).
/// </summary>
public sealed class Headcount : InterventionPart, IVersioned, IAudited
{
    /// <summary>The month (its first day) or the occasion's date.</summary>
    public DateOnly Date { get; set; }

    public HeadcountPeriod Period { get; set; }

    public int Women { get; set; }

    public int Men { get; set; }

    public long Version { get; set; }
}

public enum HeadcountPeriod
{
    Month,
    Occasion,
}
