using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.Engine;
using Samordna.Web.Features.Shared.Charts;

namespace Samordna.Web.Features.Allocation.ViewRun;

/// <summary>
/// Sorting and filtering of a results table by query string (?sort=forandring&amp;ordning=fallande&amp;binder=golv&amp;sok=…),
/// so the table works without JavaScript and every view has its own address.
/// </summary>
public sealed record ResultsQuery(string Sort, bool Descending, string? Binding, string? Direction, string? Search)
{
    public static readonly IReadOnlyList<(string Key, string Label)> Columns =
    [
        ("namn", "Förbund"), ("modell", "Modellbelopp"), ("golv", "Golv"), ("tak", "Tak"), ("binder", "Gräns som binder"),
        ("tilldelning", "Tilldelning"), ("foregaende", "Föregående år"), ("forandring", "Förändring, kr"), ("procent", "Förändring, %"),
    ];

    public static ResultsQuery From(IQueryCollection query)
    {
        var sort = query["sort"].ToString();
        if (Columns.All(c => c.Key != sort))
        {
            sort = "namn";
        }

        var order = query["ordning"].ToString();
        var binding = query["binder"].ToString() is "golv" or "tak" or "ingen" ? query["binder"].ToString() : null;
        var direction = query["riktning"].ToString() is "okning" or "minskning" or "ny" ? query["riktning"].ToString() : null;
        var search = query["sok"].ToString().Trim();
        return new ResultsQuery(sort, order == "fallande", binding, direction, search.Length == 0 ? null : search);
    }

    public IReadOnlyList<AllocationRunResult> Apply(IEnumerable<AllocationRunResult> rows)
    {
        var filtered = rows.Where(r =>
            (Binding is null || Binding == BindingKey(r.Binding))
            && (Direction is null
                || (Direction == "ny" && r.ChangeFromPrevious is null)
                || (Direction == "okning" && r.ChangeFromPrevious is { Ore: > 0 })
                || (Direction == "minskning" && r.ChangeFromPrevious is { Ore: < 0 }))
            && (Search is null
                || r.Name.Contains(Search, StringComparison.CurrentCultureIgnoreCase)
                || r.Code.Contains(Search, StringComparison.OrdinalIgnoreCase)));
        var swedish = StringComparer.Create(SwedishCulture.Instance, true);
        IOrderedEnumerable<AllocationRunResult> ordered = Sort switch
        {
            "modell" => Order(filtered, r => r.ModelAmount.Ore),
            "golv" => Order(filtered, r => r.Floor.Ore),
            "tak" => Order(filtered, r => r.Ceiling?.Ore ?? long.MaxValue),
            "binder" => Order(filtered, r => (int)r.Binding),
            "tilldelning" => Order(filtered, r => r.Amount.Ore),
            "foregaende" => Order(filtered, r => r.PreviousAllocation?.Ore ?? long.MinValue),
            "forandring" => Order(filtered, r => r.ChangeFromPrevious?.Ore ?? long.MinValue),
            "procent" => Order(filtered, r => r.ChangeFractionE4 ?? long.MinValue),
            _ => Descending ? filtered.OrderByDescending(r => r.Name, swedish) : filtered.OrderBy(r => r.Name, swedish),
        };
        return ordered.ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
    }

    private IOrderedEnumerable<AllocationRunResult> Order(IEnumerable<AllocationRunResult> rows, Func<AllocationRunResult, long> key) =>
        Descending ? rows.OrderByDescending(key) : rows.OrderBy(key);

    public static string BindingKey(BindingBound b) => b switch
    {
        BindingBound.Floor => "golv",
        BindingBound.Ceiling => "tak",
        _ => "ingen",
    };

    public static string BindingText(BindingBound b) => b switch
    {
        BindingBound.Floor => "Golvet",
        BindingBound.Ceiling => "Taket",
        _ => "Ingen",
    };

    public static string FloorReasonText(FloorReason r) => r switch
    {
        FloorReason.MaxYearlyDecrease => "skydd mot minskning",
        FloorReason.LoweredToAskedAmount => "begärt belopp",
        _ => "grundtilldelning",
    };

    public static string CeilingReasonText(CeilingReason r) => r switch
    {
        CeilingReason.AskedAmount => "begärt belopp",
        CeilingReason.EquityCap => "eget kapital",
        _ => string.Empty,
    };

    public static string Signed(Sek? amount) => SwedishCulture.Signed(amount);

    public static string SignedPercent(decimal? fraction) => fraction is not { } f ? "–" : (f > 0 ? "+" : string.Empty) + SwedishCulture.Percent(f, 2);

    /// <summary>The bars of the change chart, one per row in table order.</summary>
    public static BarChartModel Chart(IReadOnlyList<AllocationRunResult> rows, string title) => new(
        title,
        "Stapeldiagram över förändringen i kronor från föregående års tilldelning för de förbund som visas i tabellen. Förbund utan föregående tilldelning visas som noll.",
        rows.Select(r => new ChartPoint(r.Name, r.ChangeFromPrevious?.Kronor ?? 0m, r.ChangeFromPrevious is null ? "ny" : Signed(r.ChangeFromPrevious))).ToList(),
        " kr");
}

/// <summary>The page's address with some query values replaced (null removes a value); other values are kept.</summary>
public static class QueryLinks
{
    public static string With(HttpRequest request, params (string Key, string? Value)[] changes)
    {
        var values = request.Query.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        values.Remove("handler");
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                values.Remove(key);
            }
            else
            {
                values[key] = value;
            }
        }

        var path = request.PathBase + request.Path;
        return QueryHelpers.AddQueryString(path.ToString(), values.SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v))));
    }

    /// <summary>A column header link: sorts by the column, or reverses the order when it is already sorted by it.</summary>
    public static string Sort(HttpRequest request, ResultsQuery q, string key) =>
        With(request, ("sort", key), ("ordning", q.Sort == key && !q.Descending ? "fallande" : null));

    public static string? AriaSort(ResultsQuery q, string key) => q.Sort != key ? null : q.Descending ? "descending" : "ascending";

    public static StringValues Value(HttpRequest request, string key) => request.Query[key];
}
