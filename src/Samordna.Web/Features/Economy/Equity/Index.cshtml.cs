namespace Samordna.Web.Features.Economy.Equity;

/// <summary>
/// A year's equity: the roll-forward from the books, the forecast of the year-end equity, and the reasonable level by
/// the state allocation's tiers with what an excess would take from next year's state allocation.
/// </summary>
[RequirePermission(EconomyPermissions.ViewBudget)]
public sealed class IndexModel(EquityReader reader, TimeProvider clock) : PageModel
{
    public Guid AssociationId { get; private set; }

    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public YearEquity Equity { get; private set; } = null!;

    public async Task OnGetAsync(Guid associationId, string? ar, CancellationToken ct)
    {
        AssociationId = associationId;
        var today = SwedishCulture.Today(clock);
        Year = FormFields.Year(ar) ?? today.Year;
        Years = Enumerable.Range(today.Year - 3, 5).Append(Year).Distinct().OrderDescending().ToList();
        Equity = await reader.ReadAsync(associationId, Year, ct);
    }

    /// <summary>A rate such as 0.15 as "15 %" (or "12,5 %").</summary>
    public static string Rate(decimal rate) => SwedishCulture.Percent(rate, rate * 100m % 1m == 0m ? 0 : 2);
}
