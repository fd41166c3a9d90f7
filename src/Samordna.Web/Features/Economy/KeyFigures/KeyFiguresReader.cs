using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.FollowUp.Reports;
using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.Economy.KeyFigures;

/// <summary>
/// An association's key figures for a year. From the books (<see cref="Actuals.ActualsReader"/>) when they are read
/// in, else none (<see cref="BooksRead"/> false, and the page says so); beside them the same shares of the adopted
/// budget when there is one. Participants come from the follow-up's own protected report, so every count here is one
/// the follow-up report shows too ("&lt;5", ".."), and no cost per participant is computed from a hidden count.
/// </summary>
public sealed record YearKeyFigures(
    int Year,
    bool BooksRead,
    DateOnly? BooksStart,
    DateOnly? BooksEnd,
    IReadOnlyList<string> AdministrationCategories,
    KeyFigureSet? Books,
    IReadOnlyList<string> UnmappedAccounts,
    Sek? UnmappedNet,
    int? BudgetVersion,
    KeyFigureSet? Budget,
    IReadOnlyList<InterventionKeyFigures> Interventions,
    OverallCostPerParticipant? Overall);

public sealed class KeyFiguresReader(AppDbContext db, Actuals.ActualsReader actuals, FollowUpReport followUp, IOptions<EconomyOptions> options)
{
    public async Task<YearKeyFigures> ReadAsync(Guid associationId, int year, CancellationToken ct)
    {
        var administration = options.Value.AdministrationCategories.Distinct().ToList();
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var interventions = await db.Set<Intervention>().AsNoTracking().Where(i => i.AssociationId == associationId)
            .Select(i => new { i.Id, i.Name, i.Orientation, i.FollowUpMethod, i.StartDate, i.EndDate }).ToListAsync(ct);
        var orientation = interventions.ToDictionary(i => i.Id, i => i.Orientation);

        // The adopted budget's shares, beside the books'.
        var budget = await db.AdoptedBudgetAsync(associationId, year, ct);
        KeyFigureSet? budgetSet = budget is null
            ? null
            : KeyFiguresCalculator.Compute(
                budget.Lines.GroupBy(l => l.Category).ToDictionary(g => g.Key, g => Sek.Sum(g.Select(l => l.Amount))), administration,
                budget.Lines.Where(l => l.Category == BudgetCategory.Intervention && l.InterventionId is { } id && orientation.ContainsKey(id))
                    .Select(l => (orientation[l.InterventionId!.Value], (Sek?)l.Amount)));

        var books = await actuals.ReadAsync(associationId, year, ct);
        var names = administration.Select(Budgets.BudgetRules.Name).ToList();
        if (books is null)
        {
            return new YearKeyFigures(year, false, null, null, names, null, [], null, budget?.Number, budgetSet, [], null);
        }

        // Participants as the follow-up report of the association's year shows them, per intervention and in all.
        var report = await followUp.BuildAsync(new FollowUpFilter(associationId, null, year), ct);
        var participants = report.Costs.ToDictionary(c => c.InterventionId, c => c.Participants);
        var costs = interventions
            .Where(i => books.ByIntervention.ContainsKey(i.Id) || (participants.ContainsKey(i.Id) && i.StartDate <= last && i.EndDate >= first))
            .OrderBy(i => i.Name, StringComparer.Create(SwedishCulture.Instance, false)).ThenBy(i => i.Id)
            .Select(i => new InterventionCost(i.Id, i.Name, i.Orientation, books.ByIntervention.TryGetValue(i.Id, out var c) ? c : null,
                i.FollowUpMethod == FollowUpMethod.ParticipantRecords, participants.GetValueOrDefault(i.Id)))
            .ToList();
        var set = KeyFiguresCalculator.Compute(books.ByCategory, administration, costs.Select(c => (c.Orientation, c.Cost)));
        return new YearKeyFigures(year, true, books.Start, books.End, names, set, books.UnmappedAccounts, books.UnmappedNet, budget?.Number, budgetSet,
            KeyFiguresCalculator.PerIntervention(costs), KeyFiguresCalculator.Overall(costs, report.Participants));
    }
}
