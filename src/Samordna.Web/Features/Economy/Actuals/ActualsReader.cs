using Samordna.Web.Features.Economy.Data;

namespace Samordna.Web.Features.Economy.Actuals;

/// <summary>
/// A year's outcome from the books: per budget category and per intervention (through the object mapping for cost rows
/// on a project or cost centre tied to an intervention, else the account mapping; income as a positive amount, costs as
/// a positive amount), the net of result accounts not yet mapped, and equity (the closing
/// balances of the equity accounts, as a positive amount when the association has equity).
/// </summary>
public sealed record YearActuals(
    int Year,
    DateOnly Start,
    DateOnly End,
    IReadOnlyDictionary<BudgetCategory, Sek> ByCategory,
    IReadOnlyDictionary<Guid, Sek> ByIntervention,
    Sek UnmappedNet,
    IReadOnlyList<string> UnmappedAccounts,
    Sek? Equity)
{
    public Sek Of(BudgetCategory category) => ByCategory.GetValueOrDefault(category, Sek.Zero);
}

public sealed class ActualsReader(AppDbContext db, IOptions<EconomyOptions> options)
{
    /// <summary>The books of the financial year that starts in <paramref name="year"/>, or null when none is read in.</summary>
    public Task<YearActuals?> ReadAsync(Guid associationId, int year, CancellationToken ct) => ReadAsync(associationId, year, null, ct);

    /// <summary>
    /// As <see cref="ReadAsync(Guid, int, CancellationToken)"/>, counting only the vouchers dated up to and including
    /// <paramref name="upTo"/> (a tertial's outcome); equity is still the year's closing balance.
    /// </summary>
    public async Task<YearActuals?> ReadAsync(Guid associationId, int year, DateOnly? upTo, CancellationToken ct)
    {
        var ledger = await db.LedgerYearAsync(associationId, year, ct);
        if (ledger is null)
        {
            return null;
        }

        var rows = await db.Set<LedgerTransaction>().AsNoTracking().Where(t => t.LedgerYearId == ledger.Id && (upTo == null || t.Date <= upTo))
            .Select(t => new { t.Account, t.Project, t.CostCentre, t.Amount }).ToListAsync(ct);
        var mappings = await db.Set<AccountMapping>().AsNoTracking().Where(m => m.AssociationId == associationId).ToDictionaryAsync(m => m.Account, StringComparer.Ordinal, ct);
        var objects = await db.Set<ObjectMapping>().AsNoTracking().Where(m => m.AssociationId == associationId)
            .ToDictionaryAsync(m => (m.Dimension, m.Number), m => m.InterventionId, ct);
        var byCategory = new Dictionary<BudgetCategory, Sek>();
        var byIntervention = new Dictionary<Guid, Sek>();
        var unmapped = Sek.Zero;
        var unmappedAccounts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var group in rows.GroupBy(r => (r.Account, r.Project, r.CostCentre)))
        {
            var row = group.Key;
            var net = Sek.Sum(group.Select(r => r.Amount));
            // A cost row on a project (or cost centre) tied to an intervention is that intervention's, whatever its account.
            if (ActualsRules.InterventionByObject(row.Account, row.Project, row.CostCentre, objects) is { } byObject)
            {
                byCategory[BudgetCategory.Intervention] = byCategory.GetValueOrDefault(BudgetCategory.Intervention, Sek.Zero) + net;
                byIntervention[byObject] = byIntervention.GetValueOrDefault(byObject, Sek.Zero) + net;
                continue;
            }

            if (!mappings.TryGetValue(row.Account, out var mapping))
            {
                if (ActualsRules.IsResultAccount(row.Account))
                {
                    unmapped += net;
                    unmappedAccounts.Add(row.Account);
                }

                continue;
            }

            // Costs are debits (positive in SIE), income credits (negative): both shown as positive amounts.
            var amount = Budgets.BudgetRules.IsIncome(mapping.Category) ? Sek.Zero - net : net;
            byCategory[mapping.Category] = byCategory.GetValueOrDefault(mapping.Category, Sek.Zero) + amount;
            if (mapping.InterventionId is { } intervention)
            {
                byIntervention[intervention] = byIntervention.GetValueOrDefault(intervention, Sek.Zero) + amount;
            }
        }

        var prefixes = options.Value.EquityAccountPrefixes;
        var equity = await db.Set<LedgerAccount>().AsNoTracking().Where(a => a.LedgerYearId == ledger.Id && a.Closing != null).Select(a => new { a.Account, a.Closing }).ToListAsync(ct);
        var equityRows = equity.Where(a => Equity.EquityCalculator.IsEquityAccount(a.Account, prefixes)).Select(a => a.Closing!.Value).ToList();
        return new YearActuals(year, ledger.Start, ledger.End, byCategory, byIntervention, unmapped, unmappedAccounts.ToList(),
            equityRows.Count == 0 ? null : Sek.Zero - Sek.Sum(equityRows));
    }
}
