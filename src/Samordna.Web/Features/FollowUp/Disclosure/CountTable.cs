namespace Samordna.Web.Features.FollowUp.Disclosure;

/// <summary>Which totals an output shows beside its cells.</summary>
[Flags]
public enum TableTotals
{
    None = 0,

    /// <summary>A total at the end of every row.</summary>
    Rows = 1,

    /// <summary>A total under every column.</summary>
    Columns = 2,

    /// <summary>The total of the whole table.</summary>
    Grand = 4,

    All = Rows | Columns | Grand,
}

/// <summary>
/// A two-way table of counts of people (row labels × column labels) as a report computed it, before disclosure
/// control, and the totals the report wants to show. A one-way list is a table with one column.
/// </summary>
public sealed class CountTable
{
    private readonly int[,] _counts;

    /// <param name="rowLabels">Distinct labels, e.g. interventions or months.</param>
    /// <param name="columnLabels">Distinct labels, e.g. kön or occupation after exit.</param>
    /// <param name="counts">One list per row, one non-negative count per column.</param>
    /// <param name="totals">The totals the output shows; totals not shown are still taken into account.</param>
    public CountTable(IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, IReadOnlyList<IReadOnlyList<int>> counts, TableTotals totals = TableTotals.All)
    {
        RequireDistinct(rowLabels, nameof(rowLabels));
        RequireDistinct(columnLabels, nameof(columnLabels));
        if (counts.Count != rowLabels.Count)
        {
            throw new ArgumentException($"{counts.Count} rows of counts for {rowLabels.Count} row labels.", nameof(counts));
        }

        _counts = new int[rowLabels.Count, columnLabels.Count];
        long grand = 0;
        for (var i = 0; i < rowLabels.Count; i++)
        {
            if (counts[i].Count != columnLabels.Count)
            {
                throw new ArgumentException($"Row {i} has {counts[i].Count} counts for {columnLabels.Count} column labels.", nameof(counts));
            }

            for (var j = 0; j < columnLabels.Count; j++)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(counts[i][j], nameof(counts));
                _counts[i, j] = counts[i][j];
                grand += counts[i][j];
            }
        }

        if (grand > int.MaxValue)
        {
            throw new ArgumentException("The counts add up to more than a total can hold.", nameof(counts));
        }

        RowLabels = rowLabels.ToArray();
        ColumnLabels = columnLabels.ToArray();
        Totals = totals;
    }

    public IReadOnlyList<string> RowLabels { get; }

    public IReadOnlyList<string> ColumnLabels { get; }

    public TableTotals Totals { get; }

    public int RowCount => RowLabels.Count;

    public int ColumnCount => ColumnLabels.Count;

    public int this[int row, int column] => _counts[row, column];

    private static void RequireDistinct(IReadOnlyList<string> labels, string name)
    {
        if (labels.Any(l => l is null) || labels.Distinct(StringComparer.Ordinal).Count() != labels.Count)
        {
            throw new ArgumentException("Labels must be present and distinct: outputs are matched to their neighbours by label.", name);
        }
    }
}
