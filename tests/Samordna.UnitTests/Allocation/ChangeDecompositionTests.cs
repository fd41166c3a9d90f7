using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.UnitTests.Allocation;

/// <summary>
/// The change from last year split into frame, own statistics, other associations' statistics and floor/ceiling
/// (docs/allocation-model.md §2.6). Hand-computed oracles first, then properties over random pairs of years.
/// </summary>
public sealed class ChangeDecompositionTests
{
    private const int Cases = 150;

    [Fact]
    public void Each_input_group_moves_the_model_share_by_its_own_part_and_rounding_is_left_for_the_last_part()
    {
        // Last year: S = 3 000 000, A, B, C with shares 4/9, 3/9, 2/9: U_A = M_A = 1 200 000, and A got exactly that.
        var lastParameters = Build.Parameters(3_000_000);
        var last = Build.ThreeSimple();
        var previous = Build.Computed(lastParameters, last).Get("A").Amount;
        Assert.Equal(Sek.FromKronor(1_200_000), previous);

        // This year: S = 3 300 000 (pool 2 100 000); A grows to F = 500, P = 5 000; C grows to F = 300, P = 3 000.
        var thisParameters = Build.Parameters(3_300_000, maxDecrease: 0.10m);
        var now = Build.ThreeSimple(
            a => a with { SupportMeasure = 500m, WorkingAgePopulation = 5000, PreviousAllocation = Sek.FromKronor(1_200_000) },
            b => b with { PreviousAllocation = Sek.FromKronor(1_000_000) },
            c => c with { SupportMeasure = 300m, WorkingAgePopulation = 3000, PreviousAllocation = Sek.FromKronor(800_000) });
        var current = Build.Computed(thisParameters, now).Get("A").Amount;

        // M = 1 354 545,45 / 972 727,27 / 972 727,27 (shares 5/11, 3/11, 3/11; B's floor 900 000 does not bind):
        // rounded down they sum to 3 299 999, and the last krona goes to A's larger remainder.
        Assert.Equal(Sek.FromKronor(1_354_546), current);

        var d = ChangeDecomposer.Decompose(new ModelYear(lastParameters, last), new ModelYear(thisParameters, now), "A", previous, current)!;

        // U1 = 400 000 + 2 100 000 × 4/9 = 1 333 333,33 → 1 333 333: the frame gave +133 333.
        Assert.Equal(Sek.FromKronor(133_333), d.Frame);

        // U2 = 400 000 + 2 100 000 × 1/2 (F 500 of 1 000, P 5 000 of 10 000) = 1 450 000: own statistics +116 667.
        Assert.Equal(Sek.FromKronor(116_667), d.OwnStatistics);

        // U3 = 400 000 + 2 100 000 × 5/11 = 1 354 545,45 → 1 354 545: C's growth took −95 455.
        Assert.Equal(Sek.FromKronor(-95_455), d.OtherStatistics);

        // No bound binds either year; the rounding krona is the last part: (1 354 546 − 1 354 545) − (1 200 000 − 1 200 000).
        Assert.Equal(Sek.FromKronor(1), d.Bounds);
        Assert.Equal(Sek.FromKronor(154_546), d.Change);
        Assert.Equal(d.Change, Sek.Sum(d.Parts));
        Assert.False(d.ModelParametersChanged);
    }

    [Fact]
    public void With_unchanged_frame_and_statistics_the_whole_change_is_the_floor_and_the_cap()
    {
        // The worked example of docs/allocation-model.md §5: last year A got 1 500 000 (300 000 above its model share
        // 1 200 000, say by a floor); this year the same model share, but its equity caps it at 1 000 000.
        var parameters = Build.Parameters(3_000_000, maxDecrease: 0.10m);
        var year = Build.ThreeSimple(
            a => a with { PreviousAllocation = Sek.FromKronor(1_500_000), ForecastEquity = Sek.FromKronor(1_000_000) },
            b => b with { PreviousAllocation = Sek.FromKronor(1_000_000), ForecastEquity = Sek.FromKronor(150_000) },
            c => c with { PreviousAllocation = Sek.FromKronor(1_000_000) });
        var current = Build.Computed(parameters, year).Get("A").Amount;
        Assert.Equal(Sek.FromKronor(1_000_000), current);

        var d = ChangeDecomposer.Decompose(new ModelYear(parameters, year), new ModelYear(parameters, year), "A", Sek.FromKronor(1_500_000), current)!;

        Assert.Equal([Sek.Zero, Sek.Zero, Sek.Zero, Sek.FromKronor(-500_000)], d.Parts);
        Assert.Equal(Sek.FromKronor(300_000), d.BoundsPrevious);
        Assert.Equal(Sek.FromKronor(-200_000), d.BoundsCurrent);
    }

    [Fact]
    public void A_new_association_counts_as_the_others_and_a_changed_base_amount_is_flagged_with_the_frame()
    {
        var lastParameters = Build.Parameters(3_000_000);
        var thisParameters = Build.Parameters(3_000_000, baseAmount: 300_000);
        var last = Build.ThreeSimple();
        var now = Build.ThreeSimple().Append(Build.Association("D", 100m, 1000)).ToArray();

        var d = ChangeDecomposer.Decompose(new ModelYear(lastParameters, last), new ModelYear(thisParameters, now), "A", Sek.FromKronor(1_200_000), Sek.FromKronor(1_000_000))!;

        // U1 = 300 000 + (3 000 000 − 900 000) × 4/9 = 1 233 333,33: G lower, the pool larger.
        Assert.Equal(Sek.FromKronor(33_333), d.Frame);
        Assert.Equal(Sek.Zero, d.OwnStatistics);

        // U3 = 300 000 + (3 000 000 − 1 200 000) × 4/10 = 1 020 000: D joined with a base amount and a share.
        Assert.Equal(Sek.FromKronor(1_020_000 - 1_233_333), d.OtherStatistics);
        Assert.True(d.ModelParametersChanged);
        Assert.Equal(Sek.FromKronor(-200_000), Sek.Sum(d.Parts));
    }

    [Fact]
    public void An_association_missing_from_last_year_has_no_decomposition()
    {
        var parameters = Build.Parameters(3_000_000);
        var now = Build.ThreeSimple().Append(Build.Association("D", 100m, 1000)).ToArray();

        Assert.Null(ChangeDecomposer.Decompose(new ModelYear(parameters, Build.ThreeSimple()), new ModelYear(parameters, now), "D", Sek.Zero, Sek.FromKronor(1)));
    }

    public sealed record YearPair(ModelYear Last, AllocationResult LastResult, ModelYear This, AllocationResult? ThisResult)
    {
        public override string ToString() =>
            $"last S={Last.Parameters.Frame} G={Last.Parameters.BaseAmount}: "
            + string.Join(" | ", Last.Associations.Select(a => $"{a.Code} F={a.SupportMeasure} P={a.WorkingAgePopulation}"))
            + $"; this S={This.Parameters.Frame} G={This.Parameters.BaseAmount} d={This.Parameters.MaxYearlyDecrease}: "
            + string.Join(" | ", This.Associations.Select(a => $"{a.Code} F={a.SupportMeasure} P={a.WorkingAgePopulation} prev={a.PreviousAllocation} eq={a.ForecastEquity} ask={a.AskedAmount}"));
    }

    public sealed record Change(bool Keep, long Support, int Population, int EquityPermille, bool HasEquity, int AskPermille, bool HasAsk);

    private static readonly Gen<(long Support, int Population)> Statistics =
        from support in Gen.Choose(0, 2_000_000)
        from population in Gen.Choose(1, 400_000)
        select ((long)support, population);

    private static readonly Gen<Change> Changes =
        from keep in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
        from stats in Statistics
        from equity in Gen.Choose(-200, 1500)
        from hasEquity in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
        from ask in Gen.Choose(500, 1500)
        from hasAsk in Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false)))
        select new Change(keep, stats.Item1, stats.Item2, equity, hasEquity, ask, hasAsk);

    /// <param name="withBounds">Whether this year has previous allocations, a decrease protection, equity and asks.</param>
    /// <param name="onlyFrame">Whether the statistics and the associations stay as they were.</param>
    private static Gen<YearPair> Pairs(bool withBounds, bool onlyFrame = false) =>
        from n in Gen.Choose(1, 8)
        from stats in Statistics.ArrayOf(n)
        from changes in Changes.ArrayOf(n)
        from newcomer in Statistics
        from hasNewcomer in Gen.Elements(true, false)
        from dropLast in Gen.Elements(true, false)
        from baseAmount in Gen.Elements(0L, 123_457L, 400_000L)
        from lastExtra in Gen.Choose(0, 60_000_000)
        from factorPercent in Gen.Choose(85, 130)
        from otherBase in Gen.Elements(true, false)
        from d in Gen.Elements<decimal?>(null, 0.10m, 0.25m)
        select Make(stats, changes, newcomer, hasNewcomer && !onlyFrame, dropLast && n > 1 && !onlyFrame, baseAmount, lastExtra,
            factorPercent, otherBase && !onlyFrame, withBounds ? d : null, withBounds, onlyFrame);

    private static YearPair Make(
        (long Support, int Population)[] stats, Change[] changes, (long Support, int Population) newcomer, bool hasNewcomer, bool dropLast,
        long g, int lastExtra, int factorPercent, bool otherBase, decimal? d, bool withBounds, bool onlyFrame)
    {
        var last = stats.Select((s, i) => new AssociationInput { Code = $"SF{i:00}", Name = $"Förbund {i}", SupportMeasure = s.Support / 100m, WorkingAgePopulation = s.Population }).ToArray();
        var lastParameters = new AllocationParameters { Year = 2026, Frame = Sek.FromKronor((last.Length * g) + lastExtra), BaseAmount = Sek.FromKronor(g) };
        var lastResult = AllocationEngine.Compute(lastParameters, last).Value!;

        var now = new List<AssociationInput>();
        for (var i = 0; i < last.Length - (dropLast ? 1 : 0); i++)
        {
            var c = changes[i];
            var previous = lastResult.Associations[i].Amount;
            var perAssociation = previous.WholeKronor;
            now.Add(last[i] with
            {
                SupportMeasure = c.Keep || onlyFrame ? last[i].SupportMeasure : c.Support / 100m,
                WorkingAgePopulation = c.Keep || onlyFrame ? last[i].WorkingAgePopulation : c.Population,
                PreviousAllocation = withBounds ? previous : null,
                ForecastEquity = withBounds && c.HasEquity ? Sek.FromKronor(perAssociation * c.EquityPermille / 1000) : null,
                AskedAmount = withBounds && c.HasAsk && i > 0 ? Sek.FromKronor(perAssociation * c.AskPermille / 1000) : null,
            });
        }

        if (hasNewcomer)
        {
            now.Add(new AssociationInput { Code = "SF99", Name = "Nytt förbund", SupportMeasure = newcomer.Support / 100m, WorkingAgePopulation = newcomer.Population });
        }

        var thisG = otherBase ? g / 2 : g;
        var thisFrame = Math.Max((lastParameters.Frame.WholeKronor * factorPercent / 100) + lastExtra % 997, now.Count * thisG);
        var thisParameters = new AllocationParameters { Year = 2027, Frame = Sek.FromKronor(thisFrame), BaseAmount = Sek.FromKronor(thisG), MaxYearlyDecrease = d };
        var thisOutcome = AllocationEngine.Compute(thisParameters, now);
        return new YearPair(
            new ModelYear(lastParameters, last), lastResult, new ModelYear(thisParameters, now), thisOutcome.IsSuccess ? thisOutcome.Value : null);
    }

    /// <summary>Every association in both years: its decomposition, or null when this year's run was infeasible.</summary>
    private static IEnumerable<ChangeDecomposition> Decompositions(YearPair pair)
    {
        if (pair.ThisResult is null)
        {
            yield break;
        }

        foreach (var now in pair.ThisResult.Associations)
        {
            var before = pair.LastResult.Associations.FirstOrDefault(a => a.Code == now.Code);
            if (before is null)
            {
                continue;
            }

            var d = ChangeDecomposer.Decompose(pair.Last, pair.This, now.Code, before.Amount, now.Amount);
            Assert.NotNull(d);
            yield return d;
        }
    }

    [Property(MaxTest = Cases)]
    public Property The_four_parts_sum_exactly_to_the_change_for_every_association() =>
        Prop.ForAll(Pairs(withBounds: true).ToArbitrary(), pair =>
        {
            foreach (var d in Decompositions(pair))
            {
                Assert.Equal(d.Current - d.Previous, Sek.Sum(d.Parts));
                Assert.All(d.Parts, p => Assert.True(p.IsWholeKronor, $"{p} is not whole kronor"));
                Assert.Equal(d.ModelShareCurrent - d.ModelSharePrevious, d.Frame + d.OwnStatistics + d.OtherStatistics);
            }
        });

    /// <summary>The properties skip a pair whose second year is infeasible; most pairs must not be skipped.</summary>
    [Fact]
    public void Most_random_pairs_of_years_are_feasible_so_the_properties_are_not_vacuous()
    {
        var pairs = Pairs(withBounds: true).Sample(200);
        Assert.Equal(200, pairs.Length);
        var feasible = pairs.Count(p => p.ThisResult is not null);
        Assert.True(feasible >= 150, $"{feasible} of 200 feasible");
    }

    [Property(MaxTest = Cases)]
    public Property Without_floors_or_ceilings_in_either_year_the_last_part_is_only_rounding() =>
        Prop.ForAll(Pairs(withBounds: false).ToArbitrary(), pair =>
        {
            // Nothing binds (floors are G, model amounts are ≥ G, no ceilings), so each amount is within a krona of its
            // model share and the last part is at most two kronor either way.
            foreach (var d in Decompositions(pair))
            {
                Assert.True(Math.Abs(d.Bounds.WholeKronor) <= 2, $"bounds part {d.Bounds}");
            }
        });

    [Property(MaxTest = Cases)]
    public Property When_only_the_frame_changes_the_statistics_parts_are_zero() =>
        Prop.ForAll(Pairs(withBounds: true, onlyFrame: true).ToArbitrary(), pair =>
        {
            foreach (var d in Decompositions(pair))
            {
                Assert.Equal(Sek.Zero, d.OwnStatistics);
                Assert.Equal(Sek.Zero, d.OtherStatistics);
            }
        });
}
