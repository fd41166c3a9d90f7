using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.FollowUp.Questions;
using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.FollowUp.RecordParticipation;

/// <summary>
/// Enrol, exit and correct participation records: only a participant officer, and only for the interventions their
/// own organisation runs. Every correction keeps the earlier values as a revision; the audit log says who changed
/// which record but never its values (<see cref="IPseudonymousRecord"/>).
/// </summary>
public sealed class RecordParticipationHandler(AppDbContext db, IOptions<FollowUpOptions> options, TimeProvider clock)
{
    private ParticipationValidation Validation => new(options.Value, clock);

    public ValidationErrors Validate(EnrolRequest r)
    {
        var errors = new ValidationErrors();
        errors.Required("interventionId", "Insats", r.InterventionId);
        return errors.Merge(Validation.Start(r.Sex, r.BirthYear, r.StartDate, r.StartOccupation, r.StartIncomes, r.SupportTimeBefore, r.EducationLevel));
    }

    public ValidationErrors Validate(ExitRequest r, DateOnly? startDate = null) =>
        Validation.End(startDate, r.EndDate, r.EndOccupation, r.EndIncomes, r.ExitReason, required: true).VersionRead(r.Version);

    public ValidationErrors Validate(CorrectRequest r) =>
        Validation.Start(r.Sex, r.BirthYear, r.StartDate, r.StartOccupation, r.StartIncomes, r.SupportTimeBefore, r.EducationLevel)
            .Merge(Validation.End(r.StartDate, r.EndDate, r.EndOccupation, r.EndIncomes, r.ExitReason, required: false))
            .VersionRead(r.Version);

    /// <summary>The association's extra questions, for the forms.</summary>
    public Task<QuestionSet> QuestionsAsync(Guid associationId, CancellationToken ct) => QuestionSet.LoadAsync(db, associationId, ct);

    /// <summary>The interventions this officer records participants for: run by their organisation, followed up by records.</summary>
    public Task<List<Intervention>> InterventionsAsync(Guid associationId, FollowUpActor actor, CancellationToken ct) =>
        db.Set<Intervention>()
            .Where(i => i.AssociationId == associationId && actor.OwnOrganisations.Contains(i.OwnerOrganisationId) && i.FollowUpMethod == FollowUpMethod.ParticipantRecords)
            .OrderBy(i => i.Name)
            .ToListAsync(ct);

    public async Task<Result<ParticipationSaved>> EnrolAsync(Guid associationId, EnrolRequest r, FollowUpActor actor, CancellationToken ct)
    {
        var intervention = await OwnInterventionAsync(associationId, r.InterventionId!.Value, actor, ct);
        if (intervention is null)
        {
            return FollowUpErrors.InterventionNotFound;
        }

        if (intervention.FollowUpMethod != FollowUpMethod.ParticipantRecords)
        {
            return FollowUpErrors.NotParticipantRecords;
        }

        var questions = await QuestionSet.LoadAsync(db, associationId, ct);
        if (AnswerError(questions.Check(r.Answers, StartPhase)) is { } answerError)
        {
            return answerError;
        }

        var code = await FreeCodeAsync(associationId, ct);
        if (code is null)
        {
            return FollowUpErrors.CodeExhausted;
        }

        var participation = new Participation
        {
            AssociationId = associationId,
            InterventionId = intervention.Id,
            Code = code,
            UpdatedAt = clock.GetUtcNow().UtcDateTime,
        };
        SetStart(participation, r.Sex!.Value, r.BirthYear!.Value, r.StartDate!.Value, r.StartOccupation!, r.StartIncomes!, r.SupportTimeBefore!, r.EducationLevel!);
        questions.Apply(participation, r.Answers, StartPhase);
        db.Add(participation);
        await db.SaveChangesAsync(ct);
        return new ParticipationSaved(participation.Id, participation.Code, participation.Version, Warnings(intervention, participation));
    }

    public async Task<Result<ParticipationSaved>> ExitAsync(Guid associationId, Guid participationId, ExitRequest r, FollowUpActor actor, CancellationToken ct)
    {
        var (participation, intervention) = await OwnParticipationAsync(associationId, participationId, actor, ct);
        if (participation is null)
        {
            return FollowUpErrors.ParticipationNotFound;
        }

        var order = new ValidationErrors().DateOrder("endDate", "Slutdatum", participation.StartDate, r.EndDate, "Startdatum");
        if (!order.IsValid)
        {
            return new Error("VALIDATION_FAILED", order.ToDictionary()["endDate"][0], ErrorKind.Validation, "endDate");
        }

        db.ExpectVersion(participation, r.Version!.Value);
        if (participation.EndDate is not null)
        {
            return FollowUpErrors.AlreadyEnded;
        }

        var questions = await QuestionSet.LoadAsync(db, associationId, ct);
        if (AnswerError(questions.Check(r.Answers, EndPhase, participation.Answers)) is { } answerError)
        {
            return answerError;
        }

        var existing = Existing(participation);
        SetEnd(participation, r.EndDate, r.EndOccupation, r.EndIncomes, r.ExitReason);
        SetEndAnswers(participation, questions, r.ExitReason, r.Answers);
        AddNewParts(participation, existing);
        participation.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return new ParticipationSaved(participation.Id, participation.Code, participation.Version, Warnings(intervention!, participation));
    }

    public async Task<Result<ParticipationSaved>> CorrectAsync(Guid associationId, Guid participationId, CorrectRequest r, FollowUpActor actor, CancellationToken ct)
    {
        var (participation, intervention) = await OwnParticipationAsync(associationId, participationId, actor, ct);
        if (participation is null)
        {
            return FollowUpErrors.ParticipationNotFound;
        }

        var questions = await QuestionSet.LoadAsync(db, associationId, ct);
        var phases = r.EndDate is null ? StartPhase : BothPhases;
        if (AnswerError(questions.Check(r.Answers, phases, participation.Answers)) is { } answerError)
        {
            return answerError;
        }

        db.ExpectVersion(participation, r.Version!.Value);
        db.Add(ParticipationRevision.Of(participation, clock.GetUtcNow().UtcDateTime, actor.UserId));
        var existing = Existing(participation);
        SetStart(participation, r.Sex!.Value, r.BirthYear!.Value, r.StartDate!.Value, r.StartOccupation!, r.StartIncomes!, r.SupportTimeBefore!, r.EducationLevel!);
        SetEnd(participation, r.EndDate, r.EndOccupation, r.EndIncomes, r.ExitReason);
        questions.Apply(participation, r.Answers, StartPhase);
        SetEndAnswers(participation, questions, r.EndDate is null ? null : r.ExitReason, r.Answers);
        AddNewParts(participation, existing);
        participation.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return new ParticipationSaved(participation.Id, participation.Code, participation.Version, Warnings(intervention!, participation));
    }

    /// <summary>The records of one of the officer's interventions, newest first (null when it is not theirs).</summary>
    public async Task<IReadOnlyList<ParticipationView>?> ListAsync(Guid associationId, Guid interventionId, FollowUpActor actor, CancellationToken ct)
    {
        if (await OwnInterventionAsync(associationId, interventionId, actor, ct) is null)
        {
            return null;
        }

        var questions = await QuestionSet.LoadAsync(db, associationId, ct);
        var rows = await db.Set<Participation>().AsNoTracking().Include(p => p.Incomes).Include(p => p.Answers).AsSplitQuery()
            .Where(p => p.AssociationId == associationId && p.InterventionId == interventionId)
            .OrderByDescending(p => p.StartDate).ThenBy(p => p.Code)
            .ToListAsync(ct);
        var ids = rows.Select(p => p.Id).ToList();
        var revisions = await db.Set<ParticipationRevision>().Where(v => ids.Contains(v.ParticipationId))
            .GroupBy(v => v.ParticipationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return rows.Select(p => View(p, revisions.GetValueOrDefault(p.Id), questions)).ToList();
    }

    public async Task<ParticipationView?> GetAsync(Guid associationId, Guid participationId, FollowUpActor actor, CancellationToken ct)
    {
        var (participation, _) = await OwnParticipationAsync(associationId, participationId, actor, ct);
        if (participation is null)
        {
            return null;
        }

        var revisions = await db.Set<ParticipationRevision>().CountAsync(v => v.ParticipationId == participationId, ct);
        return View(participation, revisions, await QuestionSet.LoadAsync(db, associationId, ct));
    }

    /// <summary>The earlier values of a record, newest first (its own officers only).</summary>
    public async Task<IReadOnlyList<ParticipationRevision>?> HistoryAsync(Guid associationId, Guid participationId, FollowUpActor actor, CancellationToken ct)
    {
        var (participation, _) = await OwnParticipationAsync(associationId, participationId, actor, ct);
        return participation is null
            ? null
            : await db.Set<ParticipationRevision>().AsNoTracking().Include(v => v.Incomes).Include(v => v.Answers).AsSplitQuery().Where(v => v.ParticipationId == participationId).OrderByDescending(v => v.ChangedAt).ToListAsync(ct);
    }

    /// <summary>The intervention of a participation the caller has already been allowed to read.</summary>
    public Task<Intervention> InterventionOfAsync(Guid associationId, Guid participationId, CancellationToken ct) =>
        (from p in db.Set<Participation>()
         join i in db.Set<Intervention>() on p.InterventionId equals i.Id
         where p.Id == participationId && p.AssociationId == associationId
         select i).AsNoTracking().FirstAsync(ct);

    internal Task<Intervention?> OwnInterventionAsync(Guid associationId, Guid interventionId, FollowUpActor actor, CancellationToken ct) =>
        db.Set<Intervention>().FirstOrDefaultAsync(i => i.Id == interventionId && i.AssociationId == associationId && actor.OwnOrganisations.Contains(i.OwnerOrganisationId), ct);

    private async Task<(Participation? Participation, Intervention? Intervention)> OwnParticipationAsync(Guid associationId, Guid participationId, FollowUpActor actor, CancellationToken ct)
    {
        var participation = await db.Set<Participation>().Include(p => p.Incomes).Include(p => p.Answers).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == participationId && p.AssociationId == associationId, ct);
        if (participation is null)
        {
            return (null, null);
        }

        var intervention = await OwnInterventionAsync(associationId, participation.InterventionId, actor, ct);
        return intervention is null ? (null, null) : (participation, intervention);
    }

    /// <summary>A code not yet used in the association (a clash among 113 million codes is rare; a few draws settle it).</summary>
    internal async Task<string?> FreeCodeAsync(Guid associationId, CancellationToken ct, ISet<string>? alsoTaken = null)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var code = ParticipationCode.New();
            if (alsoTaken?.Contains(code) == true)
            {
                continue;
            }

            if (!await db.Set<Participation>().AnyAsync(p => p.AssociationId == associationId && p.Code == code, ct))
            {
                return code;
            }
        }

        return null;
    }

    internal static void SetStart(Participation p, Sex sex, int birthYear, DateOnly start, string occupation, IReadOnlyList<string> incomes, string supportTime, string education)
    {
        p.Sex = sex;
        p.BirthYear = birthYear;
        p.StartDate = start;
        p.StartOccupation = occupation;
        p.SupportTimeBefore = supportTime;
        p.EducationLevel = education;
        p.Incomes.RemoveAll(i => i.Phase == ParticipationPhase.Start);
        p.Incomes.AddRange(incomes.Distinct(StringComparer.Ordinal).Select(c => new ParticipationIncome { AssociationId = p.AssociationId, ParticipationId = p.Id, Phase = ParticipationPhase.Start, Code = c }));
    }

    private static readonly ParticipationPhase[] StartPhase = [ParticipationPhase.Start];
    private static readonly ParticipationPhase[] EndPhase = [ParticipationPhase.End];
    private static readonly ParticipationPhase[] BothPhases = [ParticipationPhase.Start, ParticipationPhase.End];

    private static Error? AnswerError(ValidationErrors errors) =>
        errors.IsValid ? null : new Error("VALIDATION_FAILED", string.Join(" ", errors.ToDictionary()["answers"]), ErrorKind.Validation, "answers");

    /// <summary>
    /// The end questions' answers follow the end: replaced by those given (kept when none are given), and gone with an
    /// end taken away or a record ended as felregistrering (which counts nowhere).
    /// </summary>
    private static void SetEndAnswers(Participation p, QuestionSet questions, string? exitReason, IReadOnlyList<AnswerInput>? answers)
    {
        if (p.EndDate is null || exitReason == FollowUpOptions.MistakeExitReason)
        {
            questions.ClearEnd(p);
            return;
        }

        questions.Apply(p, answers, EndPhase);
    }

    private static HashSet<Guid> Existing(Participation p) => [.. p.Incomes.Select(i => i.Id), .. p.Answers.Select(a => a.Id)];

    /// <summary>
    /// Marks the income and answer rows just put on a tracked record as new: a row whose id is already set that is found
    /// through a navigation would otherwise be taken for an existing row and updated.
    /// </summary>
    private void AddNewParts(Participation p, IReadOnlySet<Guid> existing)
    {
        foreach (var income in p.Incomes.Where(i => !existing.Contains(i.Id)))
        {
            db.Entry(income).State = EntityState.Added;
        }

        foreach (var answer in p.Answers.Where(a => !existing.Contains(a.Id)))
        {
            db.Entry(answer).State = EntityState.Added;
        }
    }

    internal static void SetEnd(Participation p, DateOnly? end, string? occupation, IReadOnlyList<string>? incomes, string? exitReason)
    {
        var mistake = exitReason == FollowUpOptions.MistakeExitReason;
        p.EndDate = end;
        p.ExitReason = end is null ? null : exitReason;
        p.EndOccupation = end is null || mistake ? null : occupation;
        p.Incomes.RemoveAll(i => i.Phase == ParticipationPhase.End);
        if (end is not null && !mistake)
        {
            p.Incomes.AddRange((incomes ?? []).Distinct(StringComparer.Ordinal).Select(c => new ParticipationIncome { AssociationId = p.AssociationId, ParticipationId = p.Id, Phase = ParticipationPhase.End, Code = c }));
        }
    }

    private static IReadOnlyList<string> Warnings(Intervention intervention, Participation p)
    {
        var warnings = new List<string>();
        if (ParticipationValidation.AgeWarning(p.BirthYear, p.StartDate, intervention.AgeFrom, intervention.AgeTo) is { } age)
        {
            warnings.Add(age);
        }

        if (intervention.Orientation == Orientation.Structural)
        {
            warnings.Add(ParticipationValidation.StructuralWarning);
        }

        return warnings;
    }

    private static ParticipationView View(Participation p, int revisions, QuestionSet questions) => new(
        p.Id, p.Code, p.Sex, p.BirthYear, p.StartDate, p.EndDate, p.StartOccupation,
        p.Incomes.Where(i => i.Phase == ParticipationPhase.Start).Select(i => i.Code).Order(StringComparer.Ordinal).ToList(),
        p.SupportTimeBefore, p.EducationLevel, p.EndOccupation,
        p.Incomes.Where(i => i.Phase == ParticipationPhase.End).Select(i => i.Code).Order(StringComparer.Ordinal).ToList(),
        p.ExitReason, p.Version, revisions, questions.Describe(p.Answers));
}
