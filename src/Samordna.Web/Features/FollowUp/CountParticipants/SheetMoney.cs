using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Interventions;
using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.FollowUp.CountParticipants;

/// <summary>An intervention's money and target groups on the national report sheet.</summary>
public sealed record SheetMoneyLine(Guid InterventionId, IReadOnlyList<string> TargetGroups, Sek? Budget, Sek? Actual);

/// <summary>
/// The association's money of the year as FK's follow-up asks it: allocated funds (the adopted contribution table: the
/// state's part and the members'), administration costs (board, office and audit in the adopted budget), equity, and
/// per intervention the budget (its line in the adopted budget, else the agreed funding) and the actual cost (from the
/// books when an account is mapped to it, else what its owner reported). Actual administration costs and equity come
/// from the books read in from SIE (Economy/Actuals); null until a year is read in.
/// </summary>
public sealed record SheetMoney(
    Sek? AllocatedFunds,
    Sek? StateShare,
    Sek? RegionsTotal,
    Sek? MunicipalitiesTotal,
    Sek? AdministrationBudget,
    Sek? AdministrationActual,
    Sek? Equity,
    IReadOnlyList<SheetMoneyLine> Interventions);

/// <summary>The whole national report sheet of an association and year: its money and its interventions' participants.</summary>
public sealed record FollowUpSheet(int Year, SheetMoney Money, IReadOnlyList<SheetLine> Lines);

public sealed class SheetMoneyReader(AppDbContext db, IOptions<InterventionsOptions> options, Economy.Actuals.ActualsReader books)
{
    private static readonly BudgetCategory[] Administration = [BudgetCategory.Board, BudgetCategory.Administration, BudgetCategory.Audit];

    public async Task<SheetMoney> ReadAsync(Guid associationId, int year, IReadOnlyList<Guid> interventionIds, CancellationToken ct)
    {
        var table = await db.Set<ContributionTable>().AsNoTracking()
            .Where(t => t.AssociationId == associationId && t.Year == year).OrderByDescending(t => t.Sequence).FirstOrDefaultAsync(ct);
        var budget = await db.Set<Budget>().AsNoTracking().Include(b => b.Lines)
            .Where(b => b.AssociationId == associationId && b.Year == year && b.State == BudgetState.Adopted).OrderByDescending(b => b.Number).FirstOrDefaultAsync(ct);
        var funding = await db.Set<InterventionFunding>().AsNoTracking()
            .Where(f => f.AssociationId == associationId && f.Year == year).Select(f => new { f.InterventionId, f.Amount }).ToListAsync(ct);
        var actuals = await db.Set<InterventionBudgetLine>().AsNoTracking()
            .Where(l => l.AssociationId == associationId && l.Year == year && l.Actual != null).Select(l => new { l.InterventionId, l.Actual }).ToListAsync(ct);
        var groups = await db.Set<InterventionTargetGroup>().AsNoTracking()
            .Where(g => g.AssociationId == associationId).Select(g => new { g.InterventionId, g.Code }).ToListAsync(ct);
        var names = options.Value.TargetGroups.ToDictionary(g => g.Code, g => g.Name, StringComparer.Ordinal);
        var ledger = await books.ReadAsync(associationId, year, ct);

        var lines = interventionIds.Select(id =>
        {
            var budgeted = budget?.Lines.Where(l => l.Category == BudgetCategory.Intervention && l.InterventionId == id).Select(l => l.Amount).ToList() ?? [];
            var agreed = funding.Where(f => f.InterventionId == id).Select(f => f.Amount).ToList();
            var reported = ledger?.ByIntervention.TryGetValue(id, out var booked) == true
                ? [booked]
                : actuals.Where(a => a.InterventionId == id).Select(a => a.Actual!.Value).ToList();
            return new SheetMoneyLine(
                id,
                groups.Where(g => g.InterventionId == id).Select(g => names.GetValueOrDefault(g.Code, g.Code)).Order(StringComparer.Create(SwedishCulture.Instance, false)).ToList(),
                budgeted.Count > 0 ? Sek.Sum(budgeted) : agreed.Count > 0 ? Sek.Sum(agreed) : null,
                reported.Count > 0 ? Sek.Sum(reported) : null);
        }).ToList();

        return new SheetMoney(
            table?.Total, table?.StateShare, table?.RegionsTotal, table?.MunicipalitiesTotal,
            budget is null ? null : Sek.Sum(budget.Lines.Where(l => Administration.Contains(l.Category)).Select(l => l.Amount)),
            ledger is null ? null : Sek.Sum(Administration.Select(ledger.Of)),
            ledger?.Equity,
            lines);
    }
}
