namespace Samordna.Web.Features.FollowUp.Disclosure;

/// <summary>Why a count is not shown.</summary>
public enum SuppressionReason
{
    /// <summary>Shown.</summary>
    None = 0,

    /// <summary>The count itself is below the threshold, zero included (shown as "&lt;5", i.e. 0–4).</summary>
    Primary,

    /// <summary>Hidden so that a primary count cannot be worked out from totals and the other cells (shown as "..").</summary>
    Secondary,

    /// <summary>Hidden because it differs by 1 to the threshold − 1 from the same figure in a neighbouring output (shown as "..").</summary>
    Differencing,
}

/// <summary>
/// A count as an output may show it: the value, or only the reason it is hidden. A hidden count does not carry its
/// value, so no page, chart, export or serializer can show it by mistake.
/// </summary>
public sealed record ProtectedCount
{
    private ProtectedCount(int? value, SuppressionReason reason, int minimumCount)
    {
        Value = value;
        Reason = reason;
        MinimumCount = minimumCount;
    }

    /// <summary>The count when shown; null when hidden.</summary>
    public int? Value { get; }

    public SuppressionReason Reason { get; }

    /// <summary>The threshold the count was protected with (5 unless configured).</summary>
    public int MinimumCount { get; }

    public bool IsShown => Reason == SuppressionReason.None;

    internal static ProtectedCount Shown(int value, int minimumCount) => new(value, SuppressionReason.None, minimumCount);

    internal static ProtectedCount Hidden(SuppressionReason reason, int minimumCount) => new(null, reason, minimumCount);

    /// <summary>"1 234" (sv-SE, non-breaking space between thousands), "&lt;5" for a count below the threshold (0 included), ".." for one hidden to protect another.</summary>
    public string ToDisplay() => Reason switch
    {
        SuppressionReason.None => SwedishCulture.Number(Value!.Value),
        SuppressionReason.Primary => "<" + SwedishCulture.Number(MinimumCount),
        _ => "..",
    };

    public override string ToString() => ToDisplay();
}

/// <summary>A share of a whole: computed only when both the part and the whole are shown and the whole is not zero.</summary>
public sealed record ProtectedShare
{
    private ProtectedShare(decimal? fraction) => Fraction = fraction;

    /// <summary>The share as a fraction (0.45 for 45 %); null when not shown.</summary>
    public decimal? Fraction { get; }

    public bool IsShown => Fraction is not null;

    /// <summary>The share of <paramref name="part"/> in <paramref name="whole"/>; not shown when either is hidden, the whole is missing or zero.</summary>
    public static ProtectedShare Of(ProtectedCount part, ProtectedCount? whole) =>
        new(part.Value is { } p && whole?.Value is { } w && w > 0 ? (decimal)p / w : null);

    /// <summary>"45 %" (whole percent unless more decimals are asked for), or "–" when not shown.</summary>
    public string ToDisplay(int decimals = 0) => Fraction is { } f ? SwedishCulture.Percent(f, decimals) : "–";

    public override string ToString() => ToDisplay();
}

/// <summary>
/// A count table after disclosure control: every cell and every total the report asked for, each shown or hidden with
/// its reason. Built by <see cref="DisclosureControl.Protect(CountTable, DisclosureOptions)"/>; the only form in which
/// participant counts leave the follow-up area.
/// </summary>
public sealed class ProtectedTable
{
    private readonly ProtectedCount[,] _cells;
    private readonly ProtectedCount[] _rowTotals;
    private readonly ProtectedCount[] _columnTotals;

    internal ProtectedTable(
        IReadOnlyList<string> rowLabels,
        IReadOnlyList<string> columnLabels,
        TableTotals totals,
        int minimumCount,
        ProtectedCount[,] cells,
        ProtectedCount[] rowTotals,
        ProtectedCount[] columnTotals,
        ProtectedCount grandTotal)
    {
        RowLabels = rowLabels;
        ColumnLabels = columnLabels;
        Totals = totals;
        MinimumCount = minimumCount;
        _cells = cells;
        _rowTotals = rowTotals;
        _columnTotals = columnTotals;
        GrandTotal = totals.HasFlag(TableTotals.Grand) ? grandTotal : null;
    }

    public IReadOnlyList<string> RowLabels { get; }

    public IReadOnlyList<string> ColumnLabels { get; }

    /// <summary>The totals asked for; the others are null.</summary>
    public TableTotals Totals { get; }

    public int MinimumCount { get; }

    public int RowCount => RowLabels.Count;

    public int ColumnCount => ColumnLabels.Count;

    /// <summary>The total of the whole table, or null when not asked for.</summary>
    public ProtectedCount? GrandTotal { get; }

    /// <summary>True when anything is hidden: the page then shows <see cref="Legend"/>.</summary>
    public bool HasHiddenCounts =>
        _cells.Cast<ProtectedCount>().Concat(RowTotals()).Concat(ColumnTotals()).Append(GrandTotal).Any(c => c is { IsShown: false });

    /// <summary>The note under a table with hidden counts, in Swedish.</summary>
    public string Legend =>
        $"<{SwedishCulture.Number(MinimumCount)} = färre än {SwedishCulture.Number(MinimumCount)} personer (0 ingår). .. = dold uppgift, så att ett litet antal inte kan räknas fram. "
        + "Andelar visas bara när både delen och helheten visas.";

    public ProtectedCount Cell(int row, int column) => _cells[row, column];

    /// <summary>The total of a row, or null when row totals were not asked for.</summary>
    public ProtectedCount? RowTotal(int row) => Totals.HasFlag(TableTotals.Rows) ? _rowTotals[row] : null;

    /// <summary>The total of a column, or null when column totals were not asked for.</summary>
    public ProtectedCount? ColumnTotal(int column) => Totals.HasFlag(TableTotals.Columns) ? _columnTotals[column] : null;

    /// <summary>The cell's share of its row total ("45 %" of the row), shown only when both are shown.</summary>
    public ProtectedShare ShareOfRow(int row, int column) => ProtectedShare.Of(Cell(row, column), RowTotal(row));

    /// <summary>The cell's share of its column total, shown only when both are shown.</summary>
    public ProtectedShare ShareOfColumn(int row, int column) => ProtectedShare.Of(Cell(row, column), ColumnTotal(column));

    /// <summary>The cell's share of the grand total, shown only when both are shown.</summary>
    public ProtectedShare ShareOfGrandTotal(int row, int column) => ProtectedShare.Of(Cell(row, column), GrandTotal);

    private IEnumerable<ProtectedCount?> RowTotals() => Enumerable.Range(0, RowCount).Select(RowTotal);

    private IEnumerable<ProtectedCount?> ColumnTotals() => Enumerable.Range(0, ColumnCount).Select(ColumnTotal);
}
