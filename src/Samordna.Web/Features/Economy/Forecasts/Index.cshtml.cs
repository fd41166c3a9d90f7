using Samordna.Web.Features.Economy.Equity;
using Samordna.Web.Features.Shared.Charts;

namespace Samordna.Web.Features.Economy.Forecasts;

/// <summary>
/// The tertial report's economy (tertialrapport): a tertial's forecast of the year end beside the budget and the books
/// up to the tertial, per line and per intervention, in kronor and per cent with charts beside the table, and the
/// year-end equity that follows from it. Printable and exportable as Excel.
/// </summary>
[RequirePermission(EconomyPermissions.ViewBudget)]
public sealed class IndexModel(ForecastHandler handler, EquityReader equity, AccessControl access, TimeProvider clock) : PageModel
{
    public Guid AssociationId { get; private set; }

    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public ForecastView Forecast { get; private set; } = null!;

    public YearEquity Equity { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid associationId, string? ar, string? tertial, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, ar, tertial, ct))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnGetExcelAsync(Guid associationId, string? ar, string? tertial, CancellationToken ct) =>
        await LoadAsync(associationId, ar, tertial, ct)
            ? File(ForecastExport.Xlsx(Forecast), TabularFile.ContentType(FileKind.Xlsx), ForecastExport.FileName(Forecast))
            : NotFound();

    /// <summary>The deviations of the cost rows (year end − budget), as the chart beside the table shows them.</summary>
    public BarChartModel DeviationChart() => new(
        $"Prognosens avvikelse mot budget {Year}, kostnader",
        "Prognos för helåret minus budget per kostnadsrad, i kronor: över noll kostar mer än budgeterat, under noll mindre.",
        Forecast.Rows.Where(r => !r.IsIncome).Select(r => new ChartPoint(r.Label, r.Deviation.WholeKronor, Signed(r.Deviation))).ToList());

    /// <summary>How much of each cost row's budget the books show up to the tertial, in per cent.</summary>
    public BarChartModel UsedChart() => new(
        $"Utfall till och med {SwedishCulture.Date(Forecast.ActualsUntil)} i procent av budget, kostnader",
        "Bokfört hittills som andel av årets budget per kostnadsrad; rader utan budget visas inte.",
        Forecast.Rows.Where(r => !r.IsIncome && r.ActualShare is not null)
            .Select(r => new ChartPoint(r.Label, Math.Round(r.ActualShare!.Value * 100m, 1, MidpointRounding.AwayFromZero), SwedishCulture.Percent(r.ActualShare.Value, 0))).ToList());

    public static string Signed(Sek amount) => SwedishCulture.Signed(amount);

    /// <summary>A share as per cent with one decimal, or a dash when there is no budget to compare with.</summary>
    public static string Percent(decimal? share) => share is { } s ? SwedishCulture.Percent(s, 1) : "–";

    private async Task<bool> LoadAsync(Guid associationId, string? ar, string? tertial, CancellationToken ct)
    {
        AssociationId = associationId;
        var today = SwedishCulture.Today(clock);
        Year = FormFields.Year(ar) ?? today.Year;
        Years = Enumerable.Range(today.Year - 3, 5).Append(Year).Distinct().OrderDescending().ToList();
        var t = int.TryParse(tertial, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 3 ? n : handler.DefaultTertial(Year, today);
        if (await handler.GetAsync(associationId, Year, t, ct) is not { } forecast)
        {
            return false;
        }

        Forecast = forecast;
        Equity = await equity.ReadForecastAsync(associationId, Year, ct);
        CanManage = await access.IsAllowedAsync(EconomyPermissions.ManageBudget, associationId, ct);
        return true;
    }
}
