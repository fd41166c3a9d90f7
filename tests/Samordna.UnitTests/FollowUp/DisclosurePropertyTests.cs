using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Samordna.Web.Features.FollowUp.Disclosure;

namespace Samordna.UnitTests.FollowUp;

/// <summary>
/// Random tables up to 6×6 with many small counts, attacked as a reader would (see <see cref="DisclosureAttacks"/>):
/// no output shows a count from 1 to k − 1, and neither the totals, the linear relations, the symbols' bounds nor the
/// difference from a neighbouring output gives one away.
/// </summary>
public sealed class DisclosurePropertyTests
{
    private const int Cases = 300;

    public sealed record TableCase(CountTable Table, int MinimumCount)
    {
        public override string ToString() => Describe(Table) + $" k={MinimumCount}";
    }

    public sealed record NeighbourCase(CountTable Before, CountTable After, int MinimumCount, string Step)
    {
        public override string ToString() => $"{Step}: {Describe(Before)} -> {Describe(After)} k={MinimumCount}";
    }

    private static readonly Gen<int> Counts = Gen.Frequency(
        (3, Gen.Constant(0)),
        (5, Gen.Choose(1, 4)),
        (3, Gen.Choose(5, 30)),
        (1, Gen.Choose(31, 400)));

    private static readonly Gen<int> Thresholds = Gen.Elements(5, 5, 5, 3, 10);

    private static readonly Gen<CountTable> Tables =
        from rows in Gen.Choose(1, 6)
        from columns in Gen.Choose(1, 6)
        from counts in Counts.ArrayOf(rows * columns)
        from totals in Gen.Choose(0, 7)
        select Make(rows, columns, counts, (TableTotals)totals);

    private static readonly Gen<TableCase> Single =
        from table in Tables
        from k in Thresholds
        select new TableCase(table, k);

    private static readonly Gen<NeighbourCase> Neighbours =
        from table in Tables
        from k in Thresholds
        from step in Gen.Choose(0, 3)
        from added in Counts.ArrayOf(6)
        from at in Gen.Choose(0, 5)
        select new NeighbourCase(table, OneStep(table, step, added, at), k, new[] { "one column more", "one row more", "one row increased", "one cell increased" }[step]);

    [Property(MaxTest = Cases)]
    public Property No_output_shows_a_count_below_the_threshold() =>
        Prop.ForAll(Single.ToArbitrary(), c =>
        {
            var a = Attack(c.Table, [], c.MinimumCount);
            Assert.All(a.Entries(), e => Assert.False(a.Shown[e.I, e.J] is { IsShown: true, Value: { } v } && v < a.K, $"{e} shown as {a.Shown[e.I, e.J]}"));
            Assert.All(a.Entries(), e => Assert.True(
                a.Shown[e.I, e.J] is not { IsShown: true } shown || shown.Value == a.Truth[e.I, e.J],
                $"{e} shows {a.Shown[e.I, e.J]} but is {a.Truth[e.I, e.J]}"));
        });

    [Property(MaxTest = Cases)]
    public Property A_total_minus_the_shown_cells_recovers_no_hidden_cell_nor_a_small_hidden_sum() =>
        Prop.ForAll(Single.ToArbitrary(), c =>
        {
            var a = Attack(c.Table, [], c.MinimumCount);
            foreach (var (parts, total) in a.Lines())
            {
                var unknown = parts.Append(total).Where(e => !a.IsKnown(e.I, e.J)).ToList();
                if (unknown.Count == 1)
                {
                    // The one unknown entry of a line can be worked out: allowed only for a zero or a total nobody asked for that is not small.
                    var (i, j) = unknown[0];
                    Assert.False(a.MustStayUnknown(i, j), $"line through {total}: {unknown[0]} = {a.Truth[i, j]} can be worked out");
                }

                if (a.IsKnown(total.I, total.J))
                {
                    var hiddenSum = a.Truth[total.I, total.J] - parts.Where(p => a.IsKnown(p.I, p.J)).Sum(p => a.Truth[p.I, p.J]);
                    Assert.False(a.IsSmall(hiddenSum), $"line through {total}: the hidden entries add up to {hiddenSum}");
                }
            }
        });

    [Property(MaxTest = Cases)]
    public Property The_linear_relations_of_all_lines_together_determine_no_hidden_count() =>
        Prop.ForAll(Single.ToArbitrary(), c =>
        {
            var a = Attack(c.Table, [], c.MinimumCount);
            foreach (var (i, j) in a.DeterminedByLinearRelations())
            {
                Assert.False(a.MustStayUnknown(i, j), $"hidden {(i, j)} = {a.Truth[i, j]} is determined by the totals");
            }
        });

    [Property(MaxTest = Cases)]
    public Property Bounding_every_entry_from_its_lines_and_symbols_pins_no_small_count() =>
        Prop.ForAll(Single.ToArbitrary(), c =>
        {
            var a = Attack(c.Table, [], c.MinimumCount);
            var bounds = a.Bounds();
            foreach (var (i, j) in a.Entries())
            {
                var (low, high) = bounds[i, j];
                Assert.True(low <= a.Truth[i, j] && a.Truth[i, j] <= high, $"{(i, j)} = {a.Truth[i, j]} outside [{low}, {high}]: the attack is unsound");
                if (a.MustStayUnknown(i, j))
                {
                    Assert.True(low < high, $"{(i, j)} = {a.Truth[i, j]} is pinned by the bounds");
                }
            }
        });

    [Property(MaxTest = Cases)]
    public Property Two_outputs_one_filter_step_apart_never_differ_by_a_small_count() =>
        Prop.ForAll(Neighbours.ToArbitrary(), c =>
        {
            var before = Attack(c.Before, [c.After], c.MinimumCount);
            var after = Attack(c.After, [c.Before], c.MinimumCount);
            var knownBefore = Known(before);
            var knownAfter = Known(after);
            foreach (var (key, value) in knownBefore)
            {
                if (knownAfter.TryGetValue(key, out var other))
                {
                    Assert.False(before.IsSmall(Math.Abs(value - other)), $"{key}: {value} before and {other} after give away {Math.Abs(value - other)}");
                }
            }

            // Each output also stands on its own.
            Assert.DoesNotContain(before.DeterminedByLinearRelations(), e => before.MustStayUnknown(e.I, e.J));
            Assert.DoesNotContain(after.DeterminedByLinearRelations(), e => after.MustStayUnknown(e.I, e.J));
        });

    /// <summary>Every figure a reader knows, shown or worked out, by row and column label ("Σ" for a total).</summary>
    private static Dictionary<(string, string), long> Known(DisclosureAttacks a)
    {
        var determined = a.DeterminedByLinearRelations();
        return a.Entries()
            .Where(e => a.IsKnown(e.I, e.J) || determined.Contains(e))
            .ToDictionary(e => (e.I == a.Rows ? "Σ" : "r" + Label(a, e.I, true), e.J == a.Columns ? "Σ" : "c" + Label(a, e.J, false)), e => a.Truth[e.I, e.J]);
    }

    private static string Label(DisclosureAttacks a, int index, bool row) => (row ? a.RowLabels : a.ColumnLabels)[index];

    private static DisclosureAttacks Attack(CountTable table, IReadOnlyCollection<CountTable> neighbours, int k) =>
        new(table, DisclosureControl.Protect(table, neighbours, new DisclosureOptions { MinimumCount = k }));

    private static CountTable Make(int rows, int columns, int[] counts, TableTotals totals) =>
        new(
            Enumerable.Range(0, rows).Select(i => $"R{i}").ToArray(),
            Enumerable.Range(0, columns).Select(j => $"C{j}").ToArray(),
            Enumerable.Range(0, rows).Select(i => counts.Skip(i * columns).Take(columns).ToArray()).ToArray(),
            totals);

    /// <summary>The same report with one filter step more: a new intervention (column or row), one more month in a row, a column or a cell.</summary>
    private static CountTable OneStep(CountTable t, int step, int[] added, int at)
    {
        var rows = Enumerable.Range(0, t.RowCount).Select(i => Enumerable.Range(0, t.ColumnCount).Select(j => t[i, j]).ToList()).ToList();
        var rowLabels = t.RowLabels.ToList();
        var columnLabels = t.ColumnLabels.ToList();
        switch (step)
        {
            case 0:
                columnLabels.Add("New");
                for (var i = 0; i < rows.Count; i++)
                {
                    rows[i].Add(added[i % added.Length]);
                }

                break;
            case 1:
                rowLabels.Add("New");
                rows.Add(Enumerable.Range(0, t.ColumnCount).Select(j => added[j % added.Length]).ToList());
                break;
            case 2:
                var r = at % t.RowCount;
                rows[r] = rows[r].Select((v, j) => v + added[j % added.Length]).ToList();
                break;
            default:
                rows[at % t.RowCount][added[0] % t.ColumnCount] += 1 + added[1] % 4;
                break;
        }

        return new CountTable(rowLabels, columnLabels, rows.Select(r => r.ToArray()).ToArray(), t.Totals);
    }

    private static string Describe(CountTable t) =>
        $"[{string.Join(" | ", Enumerable.Range(0, t.RowCount).Select(i => string.Join(" ", Enumerable.Range(0, t.ColumnCount).Select(j => t[i, j]))))}] totals={t.Totals}";
}
