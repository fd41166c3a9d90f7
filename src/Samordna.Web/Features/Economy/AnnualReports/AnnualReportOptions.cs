namespace Samordna.Web.Features.Economy.AnnualReports;

/// <summary>
/// Section "Economy:AnnualReport" (environment: <c>Economy__AnnualReport__Cash__0=19</c>): which accounts make up each
/// line of the annual report's income statement and balance sheet, by the start of their number. The defaults follow
/// the BAS and Kommun-Bas charts as far as they agree, and are <b>inferred</b> (see the area's README): set them from
/// the association's own chart of accounts. An account belongs to the line with its longest matching prefix; a prefix
/// may stand in one line only. Equity is <see cref="EconomyOptions.EquityAccountPrefixes"/> and the closing entry
/// <see cref="EconomyOptions.ResultTransferAccounts"/>, as on the equity page, so the two pages agree.
/// </summary>
public sealed class AnnualReportOptions
{
    public const string Section = "Economy:AnnualReport";

    /// <summary>Verksamhetens intäkter: class 3.</summary>
    public List<string> OperatingIncome { get; set; } = ["3"];

    /// <summary>Verksamhetens kostnader: classes 4–7 (less the depreciation accounts).</summary>
    public List<string> OperatingCosts { get; set; } = ["4", "5", "6", "7"];

    /// <summary>Avskrivningar: 78 (Kommun-Bas and BAS "Avskrivningar och nedskrivningar").</summary>
    public List<string> Depreciation { get; set; } = ["78"];

    /// <summary>Finansiella poster: class 8, each account income or cost by the sign of its net (as the equity roll-forward reads class 8).</summary>
    public List<string> Financial { get; set; } = ["8"];

    /// <summary>Anläggningstillgångar: 10–13 (intangible, land and buildings, machinery and equipment, financial fixed assets).</summary>
    public List<string> FixedAssets { get; set; } = ["10", "11", "12", "13"];

    /// <summary>Fordringar (and the other current assets than cash: 14 stock, 18 short-term investments): 14–18.</summary>
    public List<string> Receivables { get; set; } = ["14", "15", "16", "17", "18"];

    /// <summary>Kassa och bank: 19.</summary>
    public List<string> Cash { get; set; } = ["19"];

    /// <summary>Avsättningar: 22 (pensions and other provisions).</summary>
    public List<string> Provisions { get; set; } = ["22"];

    /// <summary>Långfristiga skulder: 23.</summary>
    public List<string> LongTermLiabilities { get; set; } = ["23"];

    /// <summary>Kortfristiga skulder: 24–29.</summary>
    public List<string> ShortTermLiabilities { get; set; } = ["24", "25", "26", "27", "28", "29"];

    /// <summary>Every line's prefixes, for the check that none stands in two lines.</summary>
    public IEnumerable<(string Line, List<string> Prefixes)> Lines() =>
    [
        (nameof(OperatingIncome), OperatingIncome), (nameof(OperatingCosts), OperatingCosts), (nameof(Depreciation), Depreciation), (nameof(Financial), Financial),
        (nameof(FixedAssets), FixedAssets), (nameof(Receivables), Receivables), (nameof(Cash), Cash), (nameof(Provisions), Provisions),
        (nameof(LongTermLiabilities), LongTermLiabilities), (nameof(ShortTermLiabilities), ShortTermLiabilities),
    ];

    /// <summary>True when no prefix is empty or stands in two lines.</summary>
    /// <summary>Every prefix, the equity prefixes (<see cref="EconomyOptions.EquityAccountPrefixes"/>) among them, stands in one line only and is not empty.</summary>
    public bool IsUnambiguous(IEnumerable<string>? equityPrefixes = null)
    {
        var all = Lines().SelectMany(l => l.Prefixes.Distinct(StringComparer.Ordinal)).Concat((equityPrefixes ?? []).Distinct(StringComparer.Ordinal)).ToList();
        return all.All(p => !string.IsNullOrWhiteSpace(p)) && all.Distinct(StringComparer.Ordinal).Count() == all.Count;
    }
}
