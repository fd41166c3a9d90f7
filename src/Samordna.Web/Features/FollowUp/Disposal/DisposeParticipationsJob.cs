using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.FollowUp.Questions;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Infrastructure.Jobs;

namespace Samordna.Web.Features.FollowUp.Disposal;

/// <summary>
/// Disposes of (gallrar) participation records <see cref="FollowUpOptions.DisposalYearsAfterEnd"/> years after they
/// ended (<see cref="FollowUpOptions.EsfDisposalYearsAfterEnd"/> for an intervention co-financed by the ESF), keeping
/// the counts the reports need (<see cref="DisposedParticipantCount"/> and its siblings), so every report of every year
/// shows the same figures afterwards. A record that never ended is kept; one ended as "felregistrering" counts nowhere
/// and leaves nothing behind. Each batch is one save: the counts are written and the records (with their incomes and
/// revisions) removed together, and the audit log names each removed record, so a run that dies mid-way has disposed
/// of whole batches only and the next run goes on. A record corrected while its batch is disposed of stops the run
/// (the correction wins; the record goes at the next run).
/// </summary>
public sealed class DisposeParticipationsJob(AppDbContext db, TimeProvider clock, IOptions<FollowUpOptions> options, ILogger<DisposeParticipationsJob> logger) : IScheduledJob
{
    public const string Name = "ParticipationDisposal";

    /// <summary>Every night at a quarter past three, Swedish time.</summary>
    public const string DefaultSchedule = "0 15 3 * * ?";

    /// <summary>Records per save: small enough for one transaction and its audit rows, large enough to finish a year's disposal quickly.</summary>
    public const int BatchSize = 500;

    private sealed record ParticipantKey(Guid AssociationId, Guid InterventionId, int Year, Sex Sex, int BirthYear, string SupportTimeBefore, string EducationLevel);

    private sealed record LeaverKey(Guid AssociationId, Guid InterventionId, int Year, Sex Sex, string StartOccupation, string EndOccupation, string ExitReason);

    private sealed record IncomeKey(Guid AssociationId, Guid InterventionId, int Year, ParticipationPhase Phase, string Code, Sex Sex);

    private sealed record AnswerKey(Guid AssociationId, Guid InterventionId, int Year, Guid QuestionId, Guid OptionId, Sex Sex);

    /// <summary>Runs until nothing is due; returns the number of records disposed of.</summary>
    public async Task<int> DisposeAsync(CancellationToken ct)
    {
        var today = SwedishCulture.Today(clock);
        var ordinaryCutoff = today.AddYears(-options.Value.DisposalYearsAfterEnd);
        var esfCutoff = today.AddYears(-options.Value.EsfDisposalYearsAfterEnd);
        var disposed = 0;
        while (!ct.IsCancellationRequested)
        {
            var due = await (from p in db.Set<Participation>().AsNoTracking()
                             join i in db.Set<Intervention>().AsNoTracking() on p.InterventionId equals i.Id
                             where p.EndDate != null
                                   && ((!i.EsfCoFinanced && p.EndDate <= ordinaryCutoff) || (i.EsfCoFinanced && p.EndDate <= esfCutoff))
                             orderby p.Id
                             select p.Id).Take(BatchSize).ToListAsync(ct);
            if (due.Count == 0)
            {
                break;
            }

            var records = await db.Set<Participation>().Include(p => p.Incomes).Include(p => p.Answers).AsSplitQuery().Where(p => due.Contains(p.Id)).ToListAsync(ct);
            var questionIds = records.SelectMany(r => r.Answers).Select(a => a.QuestionId).Distinct().ToList();
            var phases = await db.Set<FollowUpQuestion>().AsNoTracking().Where(q => questionIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, q => q.Phase, ct);
            AddCounts(records.Where(r => r.ExitReason != FollowUpOptions.MistakeExitReason).ToList(), phases);
            db.RemoveRange(records);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                logger.LogWarning("Participation disposal stopped after {Count} record(s): a record of the batch changed meanwhile; the next run goes on.", disposed);
                return disposed;
            }

            db.ChangeTracker.Clear();
            disposed += records.Count;
        }

        if (disposed > 0)
        {
            logger.LogInformation("Disposed of {Count} participation record(s) ended on or before {Cutoff} ({EsfCutoff} for ESF co-financed interventions).", disposed, ordinaryCutoff, esfCutoff);
        }

        return disposed;
    }

    public Task RunAsync(CancellationToken ct) => DisposeAsync(ct);

    private void AddCounts(IReadOnlyList<Participation> records, IReadOnlyDictionary<Guid, ParticipationPhase> questionPhases)
    {
        var participants = new Dictionary<ParticipantKey, int>();
        var leavers = new Dictionary<LeaverKey, int>();
        var incomes = new Dictionary<IncomeKey, int>();
        var answers = new Dictionary<AnswerKey, int>();
        foreach (var p in records)
        {
            var end = p.EndDate!.Value;
            for (var year = p.StartDate.Year; year <= end.Year; year++)
            {
                Increment(participants, new ParticipantKey(p.AssociationId, p.InterventionId, year, p.Sex, p.BirthYear, p.SupportTimeBefore, p.EducationLevel));
            }

            Increment(leavers, new LeaverKey(p.AssociationId, p.InterventionId, end.Year, p.Sex, p.StartOccupation, p.EndOccupation ?? string.Empty, p.ExitReason ?? string.Empty));
            foreach (var i in p.Incomes)
            {
                Increment(incomes, new IncomeKey(p.AssociationId, p.InterventionId, end.Year, i.Phase, i.Code, p.Sex));
            }

            // As the reports count answers: a start question in every year of the participation, an end question in its last.
            foreach (var a in p.Answers)
            {
                var first = questionPhases[a.QuestionId] == ParticipationPhase.Start ? p.StartDate.Year : end.Year;
                for (var year = first; year <= end.Year; year++)
                {
                    Increment(answers, new AnswerKey(p.AssociationId, p.InterventionId, year, a.QuestionId, a.OptionId, p.Sex));
                }
            }
        }

        db.AddRange(participants.Select(c => new DisposedParticipantCount
        {
            AssociationId = c.Key.AssociationId, InterventionId = c.Key.InterventionId, Year = c.Key.Year, Sex = c.Key.Sex, BirthYear = c.Key.BirthYear,
            SupportTimeBefore = c.Key.SupportTimeBefore, EducationLevel = c.Key.EducationLevel, Count = c.Value,
        }));
        db.AddRange(leavers.Select(c => new DisposedLeaverCount
        {
            AssociationId = c.Key.AssociationId, InterventionId = c.Key.InterventionId, Year = c.Key.Year, Sex = c.Key.Sex,
            StartOccupation = c.Key.StartOccupation, EndOccupation = c.Key.EndOccupation, ExitReason = c.Key.ExitReason, Count = c.Value,
        }));
        db.AddRange(incomes.Select(c => new DisposedIncomeCount
        {
            AssociationId = c.Key.AssociationId, InterventionId = c.Key.InterventionId, Year = c.Key.Year, Phase = c.Key.Phase, Code = c.Key.Code, Sex = c.Key.Sex, Count = c.Value,
        }));
        db.AddRange(answers.Select(c => new DisposedAnswerCount
        {
            AssociationId = c.Key.AssociationId, InterventionId = c.Key.InterventionId, Year = c.Key.Year, QuestionId = c.Key.QuestionId, OptionId = c.Key.OptionId, Sex = c.Key.Sex, Count = c.Value,
        }));
    }

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
