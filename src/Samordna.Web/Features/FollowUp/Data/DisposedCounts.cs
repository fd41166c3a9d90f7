namespace Samordna.Web.Features.FollowUp.Data;

// What stays of participation records after they are disposed of (gallrade, see Disposal/DisposeParticipationsJob):
// the counts the reports read, per calendar year, and nothing else. No code, no dates, no row of one record: a row
// counts every disposed record of one batch that shares its values, and rows of the three kinds are not linked to each
// other, so once the code is gone from the database nothing ties a count to a provider's case file. The reports add
// these counts to the live records' (FollowUpFigures), so a year's figures are the same before and after disposal.

/// <summary>A count kept of disposed records: where it belongs and the year it counts in.</summary>
public interface IDisposedCount : IAssociationOwned
{
    Guid InterventionId { get; }

    int Year { get; }
}

/// <summary>Disposed participants of <see cref="Year"/> (took part some day in it), as <c>FollowUpFigures.SexAge</c> counts them.</summary>
public sealed class DisposedParticipantCount : IDisposedCount
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid InterventionId { get; set; }

    public int Year { get; set; }

    public Sex Sex { get; set; }

    public int BirthYear { get; set; }

    public string SupportTimeBefore { get; set; } = string.Empty;

    public string EducationLevel { get; set; } = string.Empty;

    public int Count { get; set; }
}

/// <summary>Disposed leavers of <see cref="Year"/> (ended in it), as <c>FollowUpFigures.Leaver</c> counts them.</summary>
public sealed class DisposedLeaverCount : IDisposedCount
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid InterventionId { get; set; }

    public int Year { get; set; }

    public Sex Sex { get; set; }

    public string StartOccupation { get; set; } = string.Empty;

    public string EndOccupation { get; set; } = string.Empty;

    public string ExitReason { get; set; } = string.Empty;

    public int Count { get; set; }
}

/// <summary>Income sources of disposed leavers of <see cref="Year"/>, as <c>FollowUpFigures.Income</c> counts them.</summary>
public sealed class DisposedIncomeCount : IDisposedCount
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid InterventionId { get; set; }

    public int Year { get; set; }

    public ParticipationPhase Phase { get; set; }

    public string Code { get; set; } = string.Empty;

    public Sex Sex { get; set; }

    public int Count { get; set; }
}

/// <summary>
/// Disposed answers to the association's extra questions in <see cref="Year"/>: a start question counts in every year
/// the participant took part, an end question in the year they ended (as <c>FollowUpFigures.Answer</c> counts them).
/// </summary>
public sealed class DisposedAnswerCount : IDisposedCount
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid InterventionId { get; set; }

    public int Year { get; set; }

    public Guid QuestionId { get; set; }

    public Guid OptionId { get; set; }

    public Sex Sex { get; set; }

    public int Count { get; set; }
}
