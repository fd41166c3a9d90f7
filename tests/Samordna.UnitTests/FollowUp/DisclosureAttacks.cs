using Samordna.Web.Features.FollowUp.Disclosure;

namespace Samordna.UnitTests.FollowUp;

/// <summary>
/// What a reader can work out from one protected output, done independently of the implementation: the output's
/// figures and the table's linear relations (every row and column adds up to its total, the totals row and column
/// included), plus what the symbols say ("&lt;k" is 0 to k − 1, ".." is at least k, a total not shown is at least 0).
/// The grid is (R+1)×(C+1): cells, row totals in column C, column totals in row R, the grand total at [R, C].
/// </summary>
internal sealed class DisclosureAttacks
{
    private const long Prime = 2_147_483_647;
    private const long Big = 1_000_000_000;

    public DisclosureAttacks(CountTable truth, ProtectedTable output)
    {
        RowLabels = truth.RowLabels;
        ColumnLabels = truth.ColumnLabels;
        Rows = truth.RowCount;
        Columns = truth.ColumnCount;
        K = output.MinimumCount;
        Truth = new long[Rows + 1, Columns + 1];
        Shown = new ProtectedCount?[Rows + 1, Columns + 1];
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < Columns; j++)
            {
                Truth[i, j] = truth[i, j];
                Truth[i, Columns] += truth[i, j];
                Truth[Rows, j] += truth[i, j];
                Truth[Rows, Columns] += truth[i, j];
                Shown[i, j] = output.Cell(i, j);
            }

            Shown[i, Columns] = output.RowTotal(i);
        }

        for (var j = 0; j < Columns; j++)
        {
            Shown[Rows, j] = output.ColumnTotal(j);
        }

        Shown[Rows, Columns] = output.GrandTotal;
    }

    public IReadOnlyList<string> RowLabels { get; }

    public IReadOnlyList<string> ColumnLabels { get; }

    public int Rows { get; }

    public int Columns { get; }

    public int K { get; }

    /// <summary>The true counts and totals.</summary>
    public long[,] Truth { get; }

    /// <summary>What the output says of each entry; null for a total not asked for.</summary>
    public ProtectedCount?[,] Shown { get; }

    /// <summary>A count of 1 to k − 1: what must never be shown or worked out.</summary>
    public bool IsSmall(long value) => value >= 1 && value < K;

    /// <summary>Whether working the entry out would be a leak: anything hidden on purpose except a zero, and a small total not shown.</summary>
    public bool MustStayUnknown(int i, int j) => !IsKnown(i, j) && (Shown[i, j] is null ? IsSmall(Truth[i, j]) : Truth[i, j] > 0);

    public bool IsKnown(int i, int j) => Shown[i, j] is { IsShown: true };

    public IEnumerable<(int I, int J)> Entries() =>
        Enumerable.Range(0, Rows + 1).SelectMany(i => Enumerable.Range(0, Columns + 1).Select(j => (i, j)));

    /// <summary>Every line as its parts and its total.</summary>
    public IEnumerable<(List<(int I, int J)> Parts, (int I, int J) Total)> Lines() =>
        Enumerable.Range(0, Rows + 1).Select(i => (Enumerable.Range(0, Columns).Select(j => (i, j)).ToList(), (i, Columns)))
            .Concat(Enumerable.Range(0, Columns + 1).Select(j => (Enumerable.Range(0, Rows).Select(i => (i, j)).ToList(), (Rows, j))));

    /// <summary>
    /// Exact linear attack: an unknown entry is determined when its unit vector lies in the row space of the line
    /// equations restricted to the unknowns. Ranks are taken modulo a prime above the Hadamard bound of every minor of
    /// these 0/±1 matrices (at most 14 × 14 here), so they equal the ranks over the rationals.
    /// </summary>
    public HashSet<(int I, int J)> DeterminedByLinearRelations()
    {
        var unknowns = Entries().Where(e => !IsKnown(e.I, e.J)).ToList();
        var column = unknowns.Select((u, n) => (u, n)).ToDictionary(x => x.u, x => x.n);
        var equations = Lines()
            .Select(line =>
            {
                var row = new long[unknowns.Count];
                foreach (var p in line.Parts.Where(column.ContainsKey))
                {
                    row[column[p]] = 1;
                }

                if (column.TryGetValue(line.Total, out var t))
                {
                    row[t] = Prime - 1;
                }

                return row;
            })
            .ToList();
        var rank = Rank(equations);
        var determined = new HashSet<(int, int)>();
        foreach (var u in unknowns)
        {
            var unit = new long[unknowns.Count];
            unit[column[u]] = 1;
            if (Rank([.. equations, unit]) == rank)
            {
                determined.Add(u);
            }
        }

        return determined;
    }

    /// <summary>
    /// Interval attack: starts from what each symbol says and tightens every entry from each of its lines (part ≥
    /// total's low − others' highs, and so on) until nothing changes.
    /// </summary>
    public (long Low, long High)[,] Bounds()
    {
        var b = new (long Low, long High)[Rows + 1, Columns + 1];
        foreach (var (i, j) in Entries())
        {
            b[i, j] = Shown[i, j] switch
            {
                { IsShown: true, Value: { } v } => (v, v),
                { Reason: SuppressionReason.Primary } => (0, K - 1),
                { Reason: SuppressionReason.Secondary or SuppressionReason.Differencing } => (K, Big),
                _ => (0, Big),
            };
        }

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (parts, total) in Lines())
            {
                var lowSum = parts.Sum(p => b[p.I, p.J].Low);
                var highSum = parts.Sum(p => Math.Min(b[p.I, p.J].High, Big));
                changed |= Tighten(b, total, lowSum, highSum);
                foreach (var p in parts)
                {
                    var othersLow = lowSum - b[p.I, p.J].Low;
                    var othersHigh = highSum - Math.Min(b[p.I, p.J].High, Big);
                    changed |= Tighten(b, p, b[total.I, total.J].Low - othersHigh, b[total.I, total.J].High - othersLow);
                }
            }
        }

        return b;
    }

    private static bool Tighten((long Low, long High)[,] b, (int I, int J) e, long low, long high)
    {
        var (l, h) = b[e.I, e.J];
        var next = (Math.Max(l, low), Math.Min(h, high));
        b[e.I, e.J] = next;
        return next != (l, h);
    }

    private static int Rank(List<long[]> matrix)
    {
        var m = matrix.Select(r => (long[])r.Clone()).ToList();
        var width = m.Count == 0 ? 0 : m[0].Length;
        var rank = 0;
        for (var c = 0; c < width && rank < m.Count; c++)
        {
            var pivot = m.FindIndex(rank, r => r[c] != 0);
            if (pivot < 0)
            {
                continue;
            }

            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            var inverse = Power(m[rank][c], Prime - 2);
            for (var r = 0; r < m.Count; r++)
            {
                if (r != rank && m[r][c] != 0)
                {
                    var f = m[r][c] * inverse % Prime;
                    for (var x = c; x < width; x++)
                    {
                        m[r][x] = ((m[r][x] - f * m[rank][x]) % Prime + Prime) % Prime;
                    }
                }
            }

            rank++;
        }

        return rank;
    }

    private static long Power(long b, long e)
    {
        long result = 1;
        b %= Prime;
        for (; e > 0; e >>= 1, b = b * b % Prime)
        {
            if ((e & 1) == 1)
            {
                result = result * b % Prime;
            }
        }

        return result;
    }
}
