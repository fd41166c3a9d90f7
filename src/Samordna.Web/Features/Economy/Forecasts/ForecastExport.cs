using Samordna.Web.Infrastructure.Files;

namespace Samordna.Web.Features.Economy.Forecasts;

/// <summary>A tertial's forecast as one Excel sheet (the project's one XLSX writer): a row per budget line and the sums; amounts in kronor as numbers.</summary>
public static class ForecastExport
{
    public static readonly string[] Header =
        ["Slag", "Rad", "Budget (kr)", "Utfall till och med tertialet (kr)", "Prognos helår (kr)", "Avvikelse mot budget (kr)", "Avvikelse mot budget (%)", "Prognosen är ett förslag"];

    public static byte[] Xlsx(ForecastView v) => TabularFile.WriteXlsx($"Prognos tertial {v.Tertial}", Header, Rows(v));

    public static string FileName(ForecastView v) => $"prognos-{v.Year}-tertial-{v.Tertial}.xlsx";

    public static IEnumerable<IReadOnlyList<object?>> Rows(ForecastView v)
    {
        static object? Percent(decimal? share) => share is { } s ? Math.Round(s * 100m, 1, MidpointRounding.AwayFromZero) : null;
        foreach (var r in v.Rows)
        {
            yield return [r.IsIncome ? "Intäkt" : "Kostnad", r.Label, r.Budget.Kronor, r.Actual.Kronor, r.YearEnd.Kronor, r.Deviation.Kronor, Percent(r.DeviationShare), r.IsProposed ? "ja" : "nej"];
        }

        foreach (var (name, sums) in new[] { ("Summa intäkter", v.Totals.Income), ("Summa kostnader", v.Totals.Costs), ("Resultat", v.Totals.Result) })
        {
            yield return ["Summa", name, sums.Budget.Kronor, sums.Actual.Kronor, sums.YearEnd.Kronor, sums.Deviation.Kronor, Percent(sums.DeviationShare), null];
        }
    }
}
