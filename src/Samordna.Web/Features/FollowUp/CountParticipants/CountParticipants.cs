using Samordna.Web.Features.FollowUp.Data;
using Samordna.Web.Features.FollowUp.Disclosure;
using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.FollowUp.CountParticipants;

/// <summary>One month's head-count by sex, with the version read when the row existed.</summary>
public sealed record MonthCount(int Month, int? Women, int? Men, long? Version);

public sealed record HeadcountRequest(int? Year, IReadOnlyList<MonthCount>? Months);

/// <summary>One intervention's line of the national follow-up sheet: what Uppföljning Finsam asks, ready to copy.</summary>
public sealed record SheetLine(Guid InterventionId, string Name, Orientation Orientation, FollowUpMethod Method, int PlannedWomen, int PlannedMen, string Women, string Men, string Total, bool Exact);

/// <summary>
/// Head-counts by sex for interventions followed up by counts only (volyminsatser), entered per month by the office or
/// the owner's participant officer, and the year's sheet of participants per intervention by sex as Uppföljning Finsam
/// asks it. Counts from participation records are exact only for the officers who hold those records; everyone else
/// gets them through disclosure control.
/// </summary>
public sealed class CountParticipantsHandler(AppDbContext db, IOptions<DisclosureOptions> disclosure, SheetMoneyReader money)
{
    public const int MaxCount = 100_000;

    public static ValidationErrors Validate(HeadcountRequest r)
    {
        var errors = new ValidationErrors();
        if (errors.Required("year", "År", r.Year))
        {
            errors.Range("year", "År", r.Year, 2000, 2100);
        }

        foreach (var (m, i) in (r.Months ?? []).Select((m, i) => (m, i)))
        {
            errors.Range($"months[{i}]", $"Månad {m.Month.ToString(CultureInfo.InvariantCulture)}", m.Month, 1, 12);
            errors.Range($"months[{i}]", $"Kvinnor i månad {m.Month.ToString(CultureInfo.InvariantCulture)}", m.Women, 0, MaxCount);
            errors.Range($"months[{i}]", $"Män i månad {m.Month.ToString(CultureInfo.InvariantCulture)}", m.Men, 0, MaxCount);
        }

        return errors;
    }

    /// <summary>The interventions the actor enters counts for: followed up by counts only; the office all, an officer their own.</summary>
    public Task<List<Intervention>> InterventionsAsync(Guid associationId, FollowUpActor actor, CancellationToken ct) =>
        db.Set<Intervention>().AsNoTracking()
            .Where(i => i.AssociationId == associationId && i.FollowUpMethod == FollowUpMethod.HeadcountOnly && (actor.CanCount || actor.OwnOrganisations.Contains(i.OwnerOrganisationId)))
            .OrderBy(i => i.Name).ToListAsync(ct);

    /// <summary>Whether the intervention is the association's and the actor may enter its counts (it may still be followed up by records, with no counts).</summary>
    public async Task<bool> MayCountAsync(Guid associationId, Guid interventionId, FollowUpActor actor, CancellationToken ct) =>
        await db.Set<Intervention>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == interventionId && i.AssociationId == associationId, ct) is { } i && actor.CanCountFor(i);

    public Task<List<Headcount>> MonthsAsync(Guid interventionId, int year, CancellationToken ct) =>
        db.Set<Headcount>().AsNoTracking()
            .Where(h => h.InterventionId == interventionId && h.Period == HeadcountPeriod.Month && h.Date >= new DateOnly(year, 1, 1) && h.Date <= new DateOnly(year, 12, 31))
            .OrderBy(h => h.Date).ToListAsync(ct);

    public async Task<Result<int>> SaveAsync(Guid associationId, Guid interventionId, HeadcountRequest r, FollowUpActor actor, CancellationToken ct)
    {
        var intervention = await db.Set<Intervention>().FirstOrDefaultAsync(i => i.Id == interventionId && i.AssociationId == associationId, ct);
        if (intervention is null || !actor.CanCountFor(intervention))
        {
            return FollowUpErrors.InterventionNotFound;
        }

        if (intervention.FollowUpMethod != FollowUpMethod.HeadcountOnly)
        {
            return FollowUpErrors.HeadcountNotAllowed;
        }

        var year = r.Year!.Value;
        var existing = await db.Set<Headcount>()
            .Where(h => h.InterventionId == interventionId && h.Period == HeadcountPeriod.Month && h.Date >= new DateOnly(year, 1, 1) && h.Date <= new DateOnly(year, 12, 31))
            .ToDictionaryAsync(h => h.Date.Month, ct);
        var saved = 0;
        foreach (var m in r.Months ?? [])
        {
            var women = m.Women ?? 0;
            var men = m.Men ?? 0;
            if (existing.TryGetValue(m.Month, out var row))
            {
                db.ExpectVersion(row, m.Version ?? -1);
                if (row.Women != women || row.Men != men)
                {
                    (row.Women, row.Men) = (women, men);
                    saved++;
                }
            }
            else if (women + men > 0)
            {
                db.Add(new Headcount { AssociationId = associationId, InterventionId = interventionId, Date = new DateOnly(year, m.Month, 1), Period = HeadcountPeriod.Month, Women = women, Men = men });
                saved++;
            }
        }

        await db.SaveChangesAsync(ct);
        return saved;
    }

    /// <summary>The national report sheet: the association's money of the year and its interventions' lines.</summary>
    public async Task<FollowUpSheet> FullSheetAsync(Guid associationId, int year, FollowUpActor actor, CancellationToken ct)
    {
        var lines = await SheetAsync(associationId, year, actor, ct);
        return new FollowUpSheet(year, await money.ReadAsync(associationId, year, lines.Select(l => l.InterventionId).ToList(), ct), lines);
    }

    /// <summary>The year's participants per intervention by sex; exact where the actor may know them, else protected.</summary>
    public async Task<IReadOnlyList<SheetLine>> SheetAsync(Guid associationId, int year, FollowUpActor actor, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var interventions = await db.Set<Intervention>().AsNoTracking().Include(i => i.Years)
            .Where(i => i.AssociationId == associationId && i.StartDate <= last && i.EndDate >= first)
            .OrderBy(i => i.Name).ToListAsync(ct);
        var counted = await db.Set<Headcount>().AsNoTracking()
            .Where(h => h.AssociationId == associationId && h.Date >= first && h.Date <= last)
            .GroupBy(h => h.InterventionId).Select(g => new { g.Key, Women = g.Sum(h => h.Women), Men = g.Sum(h => h.Men) })
            .ToDictionaryAsync(g => g.Key, g => (g.Women, g.Men), ct);
        var recorded = await db.Set<Participation>().AsNoTracking()
            .Where(p => p.AssociationId == associationId && p.StartDate <= last && (p.EndDate == null || p.EndDate >= first)
                        && (p.ExitReason == null || p.ExitReason != FollowUpOptions.MistakeExitReason))
            .GroupBy(p => new { p.InterventionId, p.Sex }).Select(g => new { g.Key.InterventionId, g.Key.Sex, Count = g.Count() })
            .ToListAsync(ct);
        // Records disposed of (gallrade) still count, through the counts kept of them.
        recorded.AddRange(await db.Set<DisposedParticipantCount>().AsNoTracking()
            .Where(c => c.AssociationId == associationId && c.Year == year)
            .GroupBy(c => new { c.InterventionId, c.Sex }).Select(g => new { g.Key.InterventionId, g.Key.Sex, Count = g.Sum(c => c.Count) })
            .ToListAsync(ct));

        var recordLines = interventions.Where(i => i.FollowUpMethod == FollowUpMethod.ParticipantRecords).ToList();
        var table = new CountTable(
            recordLines.Select(i => i.Id.ToString()).ToList(), ["Kvinnor", "Män"],
            recordLines.Select(i => (IReadOnlyList<int>)[Recorded(recorded.Select(x => (x.InterventionId, x.Sex, x.Count)), i.Id, Sex.Female), Recorded(recorded.Select(x => (x.InterventionId, x.Sex, x.Count)), i.Id, Sex.Male)]).ToList(),
            TableTotals.Rows);
        var protectedTable = DisclosureControl.Protect(table, disclosure.Value);

        var lines = new List<SheetLine>();
        foreach (var i in interventions)
        {
            var plan = i.Years.FirstOrDefault(y => y.Year == year);
            if (i.FollowUpMethod == FollowUpMethod.HeadcountOnly)
            {
                var (w, m) = counted.GetValueOrDefault(i.Id);
                lines.Add(new SheetLine(i.Id, i.Name, i.Orientation, i.FollowUpMethod, plan?.PlannedWomen ?? 0, plan?.PlannedMen ?? 0, N(w), N(m), N(w + m), true));
                continue;
            }

            var row = recordLines.IndexOf(i);
            if (actor.Runs(i))
            {
                var w = table[row, 0];
                var m = table[row, 1];
                lines.Add(new SheetLine(i.Id, i.Name, i.Orientation, i.FollowUpMethod, plan?.PlannedWomen ?? 0, plan?.PlannedMen ?? 0, N(w), N(m), N(w + m), true));
            }
            else
            {
                lines.Add(new SheetLine(i.Id, i.Name, i.Orientation, i.FollowUpMethod, plan?.PlannedWomen ?? 0, plan?.PlannedMen ?? 0,
                    protectedTable.Cell(row, 0).ToDisplay(), protectedTable.Cell(row, 1).ToDisplay(), protectedTable.RowTotal(row)!.ToDisplay(), false));
            }
        }

        return lines;
    }

    private static int Recorded(IEnumerable<(Guid InterventionId, Sex Sex, int Count)> rows, Guid id, Sex sex) =>
        rows.Where(r => r.InterventionId == id && r.Sex == sex).Sum(r => r.Count);

    private static string N(int n) => SwedishCulture.Number(n);
}
