namespace Samordna.Web.Features.FollowUp.Disclosure;

/// <summary>
/// The one place every participant count passes before a page, chart, export or API shows it (docs/privacy.md,
/// "Disclosure control"). The rule, with k = <see cref="DisclosureOptions.MinimumCount"/>:
/// <list type="number">
/// <item>Primary: a cell or shown total below k is shown as "&lt;k", zero included. Were zeros shown, "&lt;k" would
/// say "1 to k − 1", and four "&lt;5" cells under a "&lt;5" total would each be 1.</item>
/// <item>Differencing: a figure that differs by 1 to k − 1 from the same figure (same row and column label) in a
/// neighbouring output, one filter step away, is hidden, and so is a total that is not shown but could be added up.</item>
/// <item>Line sums: in every row and column whose total is shown (the totals row and column included), the hidden
/// entries add up to 0 or at least k; otherwise the smallest shown non-zero entry of the line is hidden too.</item>
/// <item>No recovery: every hidden entry, and every total not shown whose value is 1 to k − 1 or is protected by rule 2,
/// lies on a cycle of hidden entries along which it can move by one while every entry stays within what the output
/// says of it (a shown value exactly, "&lt;k" between 0 and k − 1, ".." at least k, a total not shown at least 0).
/// A hidden zero need not be protected.
/// So at least two tables fit everything shown: none of these entries can be worked out. Where no such cycle
/// exists, the cheapest path of shown entries that closes one is hidden (cost: the values hidden).</item>
/// </list>
/// Rules 3 and 4 are repeated until neither hides anything more. Deterministic: the same table gives the same output.
/// </summary>
public static class DisclosureControl
{
    /// <summary>Protects one output on its own.</summary>
    public static ProtectedTable Protect(CountTable table, DisclosureOptions options) => Protect(table, [], options);

    /// <summary>
    /// Protects one output against itself and against its neighbours: the outputs a user can get by changing one filter
    /// one step (one intervention more or less, one month more or less, …), matched by row and column label. Each
    /// neighbour must be protected in turn with this table among its neighbours.
    /// </summary>
    public static ProtectedTable Protect(CountTable table, IReadOnlyCollection<CountTable> neighbours, DisclosureOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumCount, 1, nameof(options));
        var pattern = new SuppressionPattern(table, options.MinimumCount);
        foreach (var neighbour in neighbours)
        {
            pattern.HideDifferencesFrom(neighbour);
        }

        pattern.Complete();
        return pattern.ToProtectedTable();
    }
}

/// <summary>
/// The table with its totals as one (R+1)×(C+1) grid: cells at [i, j], row totals in column C, column totals in row R,
/// the grand total at [R, C]. Every row and column of the grid is one equation (its entries add up to its last entry).
/// With the totals' signs flipped, every line sums to zero, so the tables that fit the shown entries differ by
/// cycles in the bipartite graph of hidden entries (rows and columns as vertices, one edge per hidden entry).
/// </summary>
internal sealed class SuppressionPattern
{
    private const long Unbounded = long.MaxValue / 4;

    private readonly CountTable _table;
    private readonly int _k;
    private readonly int _rows;
    private readonly int _columns;
    private readonly long[,] _value;
    private readonly Entry[,] _state;
    private readonly bool[,] _protect;

    public SuppressionPattern(CountTable table, int minimumCount)
    {
        _table = table;
        _k = minimumCount;
        _rows = table.RowCount;
        _columns = table.ColumnCount;
        _value = Augment(table);
        _state = new Entry[_rows + 1, _columns + 1];
        _protect = new bool[_rows + 1, _columns + 1];
        for (var i = 0; i <= _rows; i++)
        {
            for (var j = 0; j <= _columns; j++)
            {
                _state[i, j] = !IsRequested(i, j) ? Entry.NotShown : _value[i, j] < _k ? Entry.Primary : Entry.Shown;
                _protect[i, j] = _value[i, j] >= 1 && _value[i, j] < _k;
            }
        }
    }

    private enum Entry
    {
        Shown,
        Primary,
        Secondary,
        Differencing,

        /// <summary>A total the output does not ask for: unknown to the reader, but it may be added up.</summary>
        NotShown,
    }

    /// <summary>The table's counts with every total, as the grid described on the class.</summary>
    internal static long[,] Augment(CountTable table)
    {
        var (r, c) = (table.RowCount, table.ColumnCount);
        var v = new long[r + 1, c + 1];
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < c; j++)
            {
                v[i, j] = table[i, j];
                v[i, c] += table[i, j];
                v[r, j] += table[i, j];
                v[r, c] += table[i, j];
            }
        }

        return v;
    }

    /// <summary>Rule 2: hides what a neighbour's same figure would give away by subtraction.</summary>
    public void HideDifferencesFrom(CountTable neighbour)
    {
        var other = Augment(neighbour);
        var rowIndex = neighbour.RowLabels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var columnIndex = neighbour.ColumnLabels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        for (var i = 0; i <= _rows; i++)
        {
            int? oi = i == _rows ? neighbour.RowCount : rowIndex.TryGetValue(_table.RowLabels[i], out var ri) ? ri : null;
            for (var j = 0; j <= _columns; j++)
            {
                int? oj = j == _columns ? neighbour.ColumnCount : columnIndex.TryGetValue(_table.ColumnLabels[j], out var cj) ? cj : null;
                if (oi is not { } a || oj is not { } b)
                {
                    continue;
                }

                // A neighbour's figure below k is hidden there and cannot be subtracted (a zero may be worked out, but
                // then the difference is our own figure); any other figure may be shown or added up there, so it is
                // assumed known.
                var theirs = other[a, b];
                var difference = Math.Abs(_value[i, j] - theirs);
                if (theirs < _k || difference < 1 || difference >= _k)
                {
                    continue;
                }

                _protect[i, j] = true;
                if (_state[i, j] == Entry.Shown)
                {
                    _state[i, j] = Entry.Differencing;
                }
            }
        }
    }

    /// <summary>Rules 3 and 4 until nothing more is hidden.</summary>
    public void Complete()
    {
        while (true)
        {
            if (HideSmallLineSum())
            {
                continue;
            }

            var exposed = Entries().Where(e => NeedsProtection(e.I, e.J) && !CanMove(e.I, e.J)).Select(e => ((int I, int J)?)e).FirstOrDefault();
            if (exposed is not { } entry)
            {
                return;
            }

            CloseCycle(entry.I, entry.J);
        }
    }

    public ProtectedTable ToProtectedTable()
    {
        var cells = new ProtectedCount[_rows, _columns];
        for (var i = 0; i < _rows; i++)
        {
            for (var j = 0; j < _columns; j++)
            {
                cells[i, j] = Output(i, j);
            }
        }

        return new ProtectedTable(
            _table.RowLabels,
            _table.ColumnLabels,
            _table.Totals,
            _k,
            cells,
            Enumerable.Range(0, _rows).Select(i => Output(i, _columns)).ToArray(),
            Enumerable.Range(0, _columns).Select(j => Output(_rows, j)).ToArray(),
            Output(_rows, _columns));
    }

    private ProtectedCount Output(int i, int j) => _state[i, j] switch
    {
        Entry.Shown => ProtectedCount.Shown(checked((int)_value[i, j]), _k),
        Entry.Primary => ProtectedCount.Hidden(SuppressionReason.Primary, _k),
        Entry.Differencing => ProtectedCount.Hidden(SuppressionReason.Differencing, _k),

        // A total nobody asked for is never handed out; the table returns null for it.
        _ => ProtectedCount.Hidden(SuppressionReason.Secondary, _k),
    };

    private bool IsRequested(int i, int j) => (i == _rows, j == _columns) switch
    {
        (false, false) => true,
        (false, true) => _table.Totals.HasFlag(TableTotals.Rows),
        (true, false) => _table.Totals.HasFlag(TableTotals.Columns),
        (true, true) => _table.Totals.HasFlag(TableTotals.Grand),
    };

    private IEnumerable<(int I, int J)> Entries() =>
        Enumerable.Range(0, _rows + 1).SelectMany(i => Enumerable.Range(0, _columns + 1).Select(j => (i, j)));

    private bool IsHidden(int i, int j) => _state[i, j] != Entry.Shown;

    /// <summary>A hidden zero needs no protection: working it out tells nothing about a person.</summary>
    private bool NeedsProtection(int i, int j) => (_state[i, j] is Entry.Primary or Entry.Secondary or Entry.Differencing && _value[i, j] > 0) || _protect[i, j];

    /// <summary>Rule 3, one line at a time: true when it hid something.</summary>
    private bool HideSmallLineSum()
    {
        for (var i = 0; i <= _rows; i++)
        {
            if (HideSmallLineSum(Enumerable.Range(0, _columns).Select(j => (i, j)).ToList(), (i, _columns)))
            {
                return true;
            }
        }

        for (var j = 0; j <= _columns; j++)
        {
            if (HideSmallLineSum(Enumerable.Range(0, _rows).Select(i => (i, j)).ToList(), (_rows, j)))
            {
                return true;
            }
        }

        return false;
    }

    private bool HideSmallLineSum(List<(int I, int J)> parts, (int I, int J) total)
    {
        if (IsHidden(total.I, total.J))
        {
            return false;
        }

        var hiddenSum = parts.Where(p => IsHidden(p.I, p.J)).Sum(p => _value[p.I, p.J]);
        if (hiddenSum < 1 || hiddenSum >= _k)
        {
            return false;
        }

        var smallest = parts.Where(p => !IsHidden(p.I, p.J) && _value[p.I, p.J] > 0).OrderBy(p => _value[p.I, p.J]).Select(p => ((int I, int J)?)p).FirstOrDefault();
        var (hi, hj) = smallest ?? total;
        _state[hi, hj] = Entry.Secondary;
        return true;
    }

    /// <summary>The values the reader knows an entry may take, from what the output says of it.</summary>
    private (long Low, long High) Bounds(int i, int j, bool asCandidate) => (asCandidate ? Entry.Secondary : _state[i, j]) switch
    {
        Entry.Primary => (0, _k - 1),
        Entry.Secondary or Entry.Differencing => (_k, Unbounded),
        Entry.NotShown => (0, Unbounded),
        _ => (_value[i, j], _value[i, j]),
    };

    /// <summary>Whether the entry can take the step +1 (direction 1) or −1 in the sign-flipped grid and stay within bounds.</summary>
    private bool CanStep(int i, int j, int direction, bool asCandidate)
    {
        var sign = (i == _rows) ^ (j == _columns) ? -1 : 1;
        var next = _value[i, j] + sign * direction;
        var (low, high) = Bounds(i, j, asCandidate);
        return next >= low && next <= high;
    }

    private bool CanMove(int i, int j) =>
        new[] { 1, -1 }.Any(d => CanStep(i, j, d, false) && ShortestClosingPath(i, j, d, allowShown: false) is not null);

    /// <summary>Rule 4's repair: hides the cheapest shown entries that put (i, j) on a cycle it can move along.</summary>
    private void CloseCycle(int i, int j)
    {
        var best = new[] { 1, -1 }
            .Where(d => CanStep(i, j, d, false))
            .Select(d => ShortestClosingPath(i, j, d, allowShown: true))
            .Where(p => p is not null)
            .OrderBy(p => p!.Value.Cost)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"Disclosure control found no way to protect entry [{i}, {j}]; this is a bug.");
        foreach (var (pi, pj) in best.Path.Where(p => _state[p.I, p.J] == Entry.Shown))
        {
            _state[pi, pj] = Entry.Secondary;
        }
    }

    /// <summary>
    /// Dijkstra from column vertex j back to row vertex i without the entry (i, j) itself. Going from a row to a column
    /// an entry takes step +direction, from a column to a row −direction, so each line on the cycle gets one of each.
    /// Hidden entries cost nothing, shown ones (only when allowed, only non-zero) cost their value.
    /// </summary>
    private (long Cost, List<(int I, int J)> Path)? ShortestClosingPath(int startRow, int startColumn, int direction, bool allowShown)
    {
        var vertices = _rows + 1 + _columns + 1;
        int Column(int j) => _rows + 1 + j;
        var distance = Enumerable.Repeat(long.MaxValue, vertices).ToArray();
        var via = new (int I, int J, int From)[vertices];
        var done = new bool[vertices];
        var queue = new PriorityQueue<int, (long, int)>();
        distance[Column(startColumn)] = 0;
        queue.Enqueue(Column(startColumn), (0, Column(startColumn)));
        while (queue.TryDequeue(out var at, out _))
        {
            if (done[at])
            {
                continue;
            }

            done[at] = true;
            if (at == startRow)
            {
                break;
            }

            var atRow = at <= _rows;
            for (var other = 0; other <= (atRow ? _columns : _rows); other++)
            {
                var (ei, ej) = atRow ? (at, other) : (other, at - _rows - 1);
                if ((ei, ej) == (startRow, startColumn))
                {
                    continue;
                }

                var step = atRow ? direction : -direction;
                long cost;
                if (IsHidden(ei, ej))
                {
                    if (!CanStep(ei, ej, step, false))
                    {
                        continue;
                    }

                    cost = 0;
                }
                else if (allowShown && _value[ei, ej] > 0 && CanStep(ei, ej, step, true))
                {
                    cost = _value[ei, ej];
                }
                else
                {
                    continue;
                }

                var next = atRow ? Column(ej) : ei;
                if (!done[next] && distance[at] + cost < distance[next])
                {
                    distance[next] = distance[at] + cost;
                    via[next] = (ei, ej, at);
                    queue.Enqueue(next, (distance[next], next));
                }
            }
        }

        if (!done[startRow])
        {
            return null;
        }

        var path = new List<(int I, int J)>();
        for (var v = startRow; v != Column(startColumn); v = via[v].From)
        {
            path.Add((via[v].I, via[v].J));
        }

        return (distance[startRow], path);
    }
}
