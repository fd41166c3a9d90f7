using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.RunAllocation;

namespace Samordna.UnitTests.Allocation;

/// <summary>The summary a what-if starts with: counts, the exact total change, the largest changes in a fixed order.</summary>
public sealed class WhatIfSummaryTests
{
    private static Sek Kr(decimal kronor) => Sek.FromKronor(kronor);

    private static Dictionary<string, Sek> Base(params (string Code, decimal Kronor)[] rows) =>
        rows.ToDictionary(r => r.Code, r => Kr(r.Kronor), StringComparer.Ordinal);

    [Fact]
    public void Counts_gainers_losers_and_unchanged_and_sums_the_change_exactly_to_the_ore()
    {
        // Base 1 000 000,01 + 500 000 + 700 000 + 300 000 = 2 500 000,01; what-if 1 000 000,02 + 450 000 + 700 000 + 350 000,33 = 2 500 000,35.
        var summary = WhatIfSummary.Compute("basen",
            [("A", "Alfa", Kr(1_000_000.02m)), ("B", "Beta", Kr(450_000m)), ("C", "Gamma", Kr(700_000m)), ("D", "Delta", Kr(350_000.33m)), ("E", "Ny", Kr(10m))],
            Base(("A", 1_000_000.01m), ("B", 500_000m), ("C", 700_000m), ("D", 300_000m)));

        Assert.Equal(2, summary.Gaining);
        Assert.Equal(1, summary.Losing);
        Assert.Equal(1, summary.Unchanged);
        Assert.Equal(1, summary.WithoutBase);
        Assert.Equal(Kr(2_500_000.01m), summary.BaseTotal);
        Assert.Equal(Kr(2_500_000.35m), summary.Total);
        Assert.Equal(Kr(0.34m), summary.TotalChange);
        Assert.Equal(summary.TotalChange, Sek.Sum(summary.LargestIncreases.Concat(summary.LargestDecreases).Select(c => c.Change)));
    }

    [Fact]
    public void The_largest_changes_are_the_three_largest_each_way_in_kronor_with_ties_by_code()
    {
        // Increases +100, +300, +300 (codes K before L), +50, +200; decreases −10, −40, −40 (codes M before N), −5.
        var summary = WhatIfSummary.Compute("basen",
            [("A", "a", Kr(1_100m)), ("L", "l", Kr(1_300m)), ("K", "k", Kr(1_300m)), ("B", "b", Kr(1_050m)), ("C", "c", Kr(1_200m)),
             ("D", "d", Kr(990m)), ("N", "n", Kr(960m)), ("M", "m", Kr(960m)), ("E", "e", Kr(995m))],
            Base(("A", 1_000m), ("L", 1_000m), ("K", 1_000m), ("B", 1_000m), ("C", 1_000m), ("D", 1_000m), ("N", 1_000m), ("M", 1_000m), ("E", 1_000m)));

        Assert.Equal(["K", "L", "C"], summary.LargestIncreases.Select(c => c.Code));
        Assert.Equal(["M", "N", "D"], summary.LargestDecreases.Select(c => c.Code));
        Assert.Equal(Kr(300m), summary.LargestIncreases[0].Change);
        Assert.Equal(0.3m, summary.LargestIncreases[0].Fraction);
        Assert.Equal(-0.04m, summary.LargestDecreases[0].Fraction);
    }

    [Fact]
    public void No_change_gives_empty_lists_and_a_zero_base_gives_no_percentage()
    {
        var same = WhatIfSummary.Compute("basen", [("A", "a", Kr(5m))], Base(("A", 5m)));
        Assert.Empty(same.LargestIncreases);
        Assert.Empty(same.LargestDecreases);
        Assert.Equal(Sek.Zero, same.TotalChange);

        var fromZero = WhatIfSummary.Compute("basen", [("A", "a", Kr(5m))], Base(("A", 0m)));
        Assert.Null(Assert.Single(fromZero.LargestIncreases).Fraction);
    }
}
