using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.FollowUp.Reports;

/// <summary>Where a count belongs: the association and the intervention.</summary>
public readonly record struct RowGroup(Guid AssociationId, Guid InterventionId);

/// <summary>Which records a report counts: one association or the whole country, one intervention or all, one calendar year.</summary>
public sealed record FollowUpFilter(Guid? AssociationId, Guid? InterventionId, int Year);

/// <summary>
/// The raw counts behind every follow-up output, read with grouped queries (the database adds up; no record leaves
/// it). Nothing here is shown as it is: <see cref="FollowUpReport"/> passes every table through disclosure control.
/// Definitions (docs/privacy.md and the area README):
/// <list type="bullet">
/// <item>a participant of year Y took part some day in Y (started by 31 December, not ended before 1 January);</item>
/// <item>a leaver of year Y ended in Y; the outcomes, transitions, income sources and exit reasons are about leavers;</item>
/// <item>a record ended as "felregistrering" counts nowhere.</item>
/// </list>
/// </summary>
public sealed class FollowUpFigures(AppDbContext db)
{
    /// <summary>A grouped row: the association and intervention its count belongs to, so neighbours' tables come from the same read.</summary>
    public interface IGrouped
    {
        RowGroup Group { get; }
    }

    public sealed record SexAge(Guid AssociationId, Guid InterventionId, Sex Sex, int BirthYear, string SupportTime, string Education, int Count) : IGrouped
    {
        public RowGroup Group => new(AssociationId, InterventionId);
    }

    public sealed record Leaver(Guid AssociationId, Guid InterventionId, Sex Sex, string StartOccupation, string EndOccupation, string ExitReason, int Count) : IGrouped
    {
        public RowGroup Group => new(AssociationId, InterventionId);
    }

    public sealed record Income(Guid AssociationId, Guid InterventionId, ParticipationPhase Phase, string Code, Sex Sex, int Count) : IGrouped
    {
        public RowGroup Group => new(AssociationId, InterventionId);
    }

    /// <summary>Answers to one of the association's extra questions: a start question among the year's participants, an end question among its leavers.</summary>
    public sealed record Answer(Guid AssociationId, Guid InterventionId, Guid QuestionId, Guid OptionId, Sex Sex, int Count) : IGrouped
    {
        public RowGroup Group => new(AssociationId, InterventionId);
    }

    // The country's report compares associations, never interventions (its neighbours are the associations' reports), so
    // its reads are grouped without the intervention: about a tenth of the rows to send and to add up again (the row's
    // InterventionId is then Guid.Empty). An association's report keeps the intervention, its neighbours' key.
    // Each read adds the counts kept of disposed records (Disposal/DisposeParticipationsJob) to the live records'; the
    // tables sum rows by their labels, so a key that occurs in both is counted once with both counts.

    public async Task<IReadOnlyList<SexAge>> ParticipantsAsync(FollowUpFilter f, CancellationToken ct) =>
        f.AssociationId is null
            ?
            [
                .. await Participants(f)
                    .GroupBy(p => new { p.AssociationId, p.Sex, p.BirthYear, p.SupportTimeBefore, p.EducationLevel })
                    .Select(g => new SexAge(g.Key.AssociationId, Guid.Empty, g.Key.Sex, g.Key.BirthYear, g.Key.SupportTimeBefore, g.Key.EducationLevel, g.Count()))
                    .ToListAsync(ct),
                .. await Disposed<DisposedParticipantCount>(f)
                    .GroupBy(p => new { p.AssociationId, p.Sex, p.BirthYear, p.SupportTimeBefore, p.EducationLevel })
                    .Select(g => new SexAge(g.Key.AssociationId, Guid.Empty, g.Key.Sex, g.Key.BirthYear, g.Key.SupportTimeBefore, g.Key.EducationLevel, g.Sum(c => c.Count)))
                    .ToListAsync(ct),
            ]
            :
            [
                .. await Participants(f)
                    .GroupBy(p => new { p.AssociationId, p.InterventionId, p.Sex, p.BirthYear, p.SupportTimeBefore, p.EducationLevel })
                    .Select(g => new SexAge(g.Key.AssociationId, g.Key.InterventionId, g.Key.Sex, g.Key.BirthYear, g.Key.SupportTimeBefore, g.Key.EducationLevel, g.Count()))
                    .ToListAsync(ct),
                .. await Disposed<DisposedParticipantCount>(f)
                    .GroupBy(p => new { p.AssociationId, p.InterventionId, p.Sex, p.BirthYear, p.SupportTimeBefore, p.EducationLevel })
                    .Select(g => new SexAge(g.Key.AssociationId, g.Key.InterventionId, g.Key.Sex, g.Key.BirthYear, g.Key.SupportTimeBefore, g.Key.EducationLevel, g.Sum(c => c.Count)))
                    .ToListAsync(ct),
            ];

    public async Task<IReadOnlyList<Leaver>> LeaversAsync(FollowUpFilter f, CancellationToken ct) =>
        f.AssociationId is null
            ?
            [
                .. await Leavers(f)
                    .GroupBy(p => new { p.AssociationId, p.Sex, p.StartOccupation, p.EndOccupation, p.ExitReason })
                    .Select(g => new Leaver(g.Key.AssociationId, Guid.Empty, g.Key.Sex, g.Key.StartOccupation, g.Key.EndOccupation!, g.Key.ExitReason!, g.Count()))
                    .ToListAsync(ct),
                .. await Disposed<DisposedLeaverCount>(f)
                    .GroupBy(p => new { p.AssociationId, p.Sex, p.StartOccupation, p.EndOccupation, p.ExitReason })
                    .Select(g => new Leaver(g.Key.AssociationId, Guid.Empty, g.Key.Sex, g.Key.StartOccupation, g.Key.EndOccupation, g.Key.ExitReason, g.Sum(c => c.Count)))
                    .ToListAsync(ct),
            ]
            :
            [
                .. await Leavers(f)
                    .GroupBy(p => new { p.AssociationId, p.InterventionId, p.Sex, p.StartOccupation, p.EndOccupation, p.ExitReason })
                    .Select(g => new Leaver(g.Key.AssociationId, g.Key.InterventionId, g.Key.Sex, g.Key.StartOccupation, g.Key.EndOccupation!, g.Key.ExitReason!, g.Count()))
                    .ToListAsync(ct),
                .. await Disposed<DisposedLeaverCount>(f)
                    .GroupBy(p => new { p.AssociationId, p.InterventionId, p.Sex, p.StartOccupation, p.EndOccupation, p.ExitReason })
                    .Select(g => new Leaver(g.Key.AssociationId, g.Key.InterventionId, g.Key.Sex, g.Key.StartOccupation, g.Key.EndOccupation, g.Key.ExitReason, g.Sum(c => c.Count)))
                    .ToListAsync(ct),
            ];

    /// <summary>Income sources of the leavers, at start and at end (a person may have several).</summary>
    public async Task<IReadOnlyList<Income>> LeaverIncomesAsync(FollowUpFilter f, CancellationToken ct) =>
        f.AssociationId is null
            ?
            [
                .. await (from p in Leavers(f)
                          join i in db.Set<ParticipationIncome>() on p.Id equals i.ParticipationId
                          group i by new { p.AssociationId, i.Phase, i.Code, p.Sex } into g
                          select new Income(g.Key.AssociationId, Guid.Empty, g.Key.Phase, g.Key.Code, g.Key.Sex, g.Count()))
                    .ToListAsync(ct),
                .. await Disposed<DisposedIncomeCount>(f)
                    .GroupBy(c => new { c.AssociationId, c.Phase, c.Code, c.Sex })
                    .Select(g => new Income(g.Key.AssociationId, Guid.Empty, g.Key.Phase, g.Key.Code, g.Key.Sex, g.Sum(c => c.Count)))
                    .ToListAsync(ct),
            ]
            :
            [
                .. await (from p in Leavers(f)
                          join i in db.Set<ParticipationIncome>() on p.Id equals i.ParticipationId
                          group i by new { p.AssociationId, p.InterventionId, i.Phase, i.Code, p.Sex } into g
                          select new Income(g.Key.AssociationId, g.Key.InterventionId, g.Key.Phase, g.Key.Code, g.Key.Sex, g.Count()))
                    .ToListAsync(ct),
                .. await Disposed<DisposedIncomeCount>(f)
                    .GroupBy(c => new { c.AssociationId, c.InterventionId, c.Phase, c.Code, c.Sex })
                    .Select(g => new Income(g.Key.AssociationId, g.Key.InterventionId, g.Key.Phase, g.Key.Code, g.Key.Sex, g.Sum(c => c.Count)))
                    .ToListAsync(ct),
            ];

    /// <summary>
    /// The answers to an association's extra questions (an association's report only: each association asks its own).
    /// A start question counts among the year's participants, an end question among its leavers.
    /// </summary>
    public async Task<IReadOnlyList<Answer>> AnswersAsync(FollowUpFilter f, CancellationToken ct)
    {
        if (f.AssociationId is null)
        {
            return [];
        }

        var questions = db.Set<Questions.FollowUpQuestion>();
        return
        [
            .. await (from p in Participants(f)
                      join a in db.Set<ParticipationAnswer>() on p.Id equals a.ParticipationId
                      join q in questions on a.QuestionId equals q.Id
                      where q.Phase == ParticipationPhase.Start
                      group a by new { p.AssociationId, p.InterventionId, a.QuestionId, a.OptionId, p.Sex } into g
                      select new Answer(g.Key.AssociationId, g.Key.InterventionId, g.Key.QuestionId, g.Key.OptionId, g.Key.Sex, g.Count()))
                .ToListAsync(ct),
            .. await (from p in Leavers(f)
                      join a in db.Set<ParticipationAnswer>() on p.Id equals a.ParticipationId
                      join q in questions on a.QuestionId equals q.Id
                      where q.Phase == ParticipationPhase.End
                      group a by new { p.AssociationId, p.InterventionId, a.QuestionId, a.OptionId, p.Sex } into g
                      select new Answer(g.Key.AssociationId, g.Key.InterventionId, g.Key.QuestionId, g.Key.OptionId, g.Key.Sex, g.Count()))
                .ToListAsync(ct),
            .. await Disposed<DisposedAnswerCount>(f)
                .GroupBy(c => new { c.AssociationId, c.InterventionId, c.QuestionId, c.OptionId, c.Sex })
                .Select(g => new Answer(g.Key.AssociationId, g.Key.InterventionId, g.Key.QuestionId, g.Key.OptionId, g.Key.Sex, g.Sum(c => c.Count)))
                .ToListAsync(ct),
        ];
    }

    /// <summary>An association's extra questions with their options (none for the country's report).</summary>
    public async Task<Questions.QuestionSet> QuestionsAsync(FollowUpFilter f, CancellationToken ct) =>
        f.AssociationId is { } a ? await Questions.QuestionSet.LoadAsync(db, a, ct) : Questions.QuestionSet.Empty;

    /// <summary>The counts kept of disposed records in a filter's year (and association, intervention).</summary>
    private IQueryable<T> Disposed<T>(FollowUpFilter f)
        where T : class, IDisposedCount
    {
        var q = db.Set<T>().AsNoTracking().Where(c => c.Year == f.Year);
        if (f.AssociationId is { } a)
        {
            q = q.Where(c => c.AssociationId == a);
        }

        if (f.InterventionId is { } i)
        {
            q = q.Where(c => c.InterventionId == i);
        }

        return q;
    }

    private IQueryable<Participation> Scoped(FollowUpFilter f)
    {
        var q = db.Set<Participation>().AsNoTracking()
            .Where(p => p.ExitReason == null || p.ExitReason != FollowUpOptions.MistakeExitReason);
        if (f.AssociationId is { } a)
        {
            q = q.Where(p => p.AssociationId == a);
        }

        if (f.InterventionId is { } i)
        {
            q = q.Where(p => p.InterventionId == i);
        }

        return q;
    }

    private IQueryable<Participation> Participants(FollowUpFilter f)
    {
        var first = new DateOnly(f.Year, 1, 1);
        var last = new DateOnly(f.Year, 12, 31);
        return Scoped(f).Where(p => p.StartDate <= last && (p.EndDate == null || p.EndDate >= first));
    }

    private IQueryable<Participation> Leavers(FollowUpFilter f)
    {
        var first = new DateOnly(f.Year, 1, 1);
        var last = new DateOnly(f.Year, 12, 31);
        return Scoped(f).Where(p => p.EndDate != null && p.EndDate >= first && p.EndDate <= last);
    }

    /// <summary>Each intervention's actual cost (utfall) of the year: every budget line's actual, whoever paid it.</summary>
    public async Task<Dictionary<Guid, Sek>> ActualCostsAsync(FollowUpFilter f, CancellationToken ct)
    {
        var q = db.Set<InterventionBudgetLine>().AsNoTracking().Where(l => l.Year == f.Year && l.Actual != null);
        if (f.AssociationId is { } a)
        {
            q = q.Where(l => l.AssociationId == a);
        }

        if (f.InterventionId is { } i)
        {
            q = q.Where(l => l.InterventionId == i);
        }

        var lines = await q.Select(l => new { l.InterventionId, l.Actual }).ToListAsync(ct);
        return lines.GroupBy(l => l.InterventionId).ToDictionary(g => g.Key, g => Sek.Sum(g.Select(l => l.Actual!.Value)));
    }

    /// <summary>The associations that exist (for the country's table per association).</summary>
    public Task<Dictionary<Guid, string>> AssociationNamesAsync(CancellationToken ct) =>
        db.Set<Registry.Data.Association>().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);

    /// <summary>The names of the interventions in a filter, for the table per intervention.</summary>
    public Task<Dictionary<Guid, string>> InterventionNamesAsync(FollowUpFilter f, CancellationToken ct)
    {
        var q = db.Set<Intervention>().AsNoTracking().Where(i => i.FollowUpMethod == FollowUpMethod.ParticipantRecords);
        if (f.AssociationId is { } a)
        {
            q = q.Where(i => i.AssociationId == a);
        }

        if (f.InterventionId is { } id)
        {
            q = q.Where(i => i.Id == id);
        }

        return q.ToDictionaryAsync(i => i.Id, i => i.Name, ct);
    }
}
