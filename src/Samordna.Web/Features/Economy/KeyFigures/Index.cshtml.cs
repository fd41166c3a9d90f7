namespace Samordna.Web.Features.Economy.KeyFigures;

/// <summary>
/// A year's key figures (nyckeltal): the administration's share of the costs, individual against structural
/// interventions, and cost per participant from the follow-up's protected counts; from the books, the adopted budget beside.
/// </summary>
[RequirePermission(EconomyPermissions.ViewBudget)]
public sealed class IndexModel(KeyFiguresReader reader, TimeProvider clock) : PageModel
{
    public Guid AssociationId { get; private set; }

    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public YearKeyFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(Guid associationId, string? ar, CancellationToken ct)
    {
        AssociationId = associationId;
        var today = SwedishCulture.Today(clock);
        Year = FormFields.Year(ar) ?? today.Year;
        Years = Enumerable.Range(today.Year - 3, 5).Append(Year).Distinct().OrderDescending().ToList();
        Figures = await reader.ReadAsync(associationId, Year, ct);
    }

    /// <summary>An amount, or "–" when there is none.</summary>
    public static string Amount(Sek? amount) => amount?.ToString() ?? "–";
}
