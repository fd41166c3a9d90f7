using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.FollowUp.Questions;

namespace Samordna.Web.Features.FollowUp.RecordParticipation;

/// <summary>Inregistrering: who starts, in coded values only (there is no free text anywhere in a participation).</summary>
public sealed record EnrolRequest(
    Guid? InterventionId,
    Sex? Sex,
    int? BirthYear,
    DateOnly? StartDate,
    string? StartOccupation,
    IReadOnlyList<string>? StartIncomes,
    string? SupportTimeBefore,
    string? EducationLevel,
    IReadOnlyList<AnswerInput>? Answers = null);

/// <summary>Utregistrering: the end date, the status at the end and why it ended ("felregistrering" for a record entered by mistake).</summary>
public sealed record ExitRequest(DateOnly? EndDate, string? EndOccupation, IReadOnlyList<string>? EndIncomes, string? ExitReason, long? Version, IReadOnlyList<AnswerInput>? Answers = null);

/// <summary>A correction of every field (the earlier values are kept as a revision); answers given replace the record's, left out (null) keep them.</summary>
public sealed record CorrectRequest(
    Sex? Sex,
    int? BirthYear,
    DateOnly? StartDate,
    string? StartOccupation,
    IReadOnlyList<string>? StartIncomes,
    string? SupportTimeBefore,
    string? EducationLevel,
    DateOnly? EndDate,
    string? EndOccupation,
    IReadOnlyList<string>? EndIncomes,
    string? ExitReason,
    long? Version,
    IReadOnlyList<AnswerInput>? Answers = null);

/// <summary>What a save answers: the id, the code to note in the provider's own case file, the new version, and warnings.</summary>
public sealed record ParticipationSaved(Guid Id, string Code, long Version, IReadOnlyList<string> Warnings);

/// <summary>A participation as its own participant officer reads it.</summary>
public sealed record ParticipationView(
    Guid Id,
    string Code,
    Sex Sex,
    int BirthYear,
    DateOnly StartDate,
    DateOnly? EndDate,
    string StartOccupation,
    IReadOnlyList<string> StartIncomes,
    string SupportTimeBefore,
    string EducationLevel,
    string? EndOccupation,
    IReadOnlyList<string> EndIncomes,
    string? ExitReason,
    long Version,
    int Revisions,
    IReadOnlyList<AnswerView> Answers);

/// <summary>The option chosen for one extra question, with the words of both.</summary>
public sealed record AnswerView(Guid QuestionId, string Question, Guid OptionId, string Option);
