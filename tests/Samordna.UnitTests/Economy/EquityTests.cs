using Samordna.UnitTests.Allocation;
using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.Engine;
using Samordna.Web.Features.Economy.Equity;

namespace Samordna.UnitTests.Economy;

/// <summary>
/// The equity roll-forward from the books to the öre, and the allocation area's equity rule (the one the economy area
/// calls) at the edges of the tiers. The tiers are the illustrative defaults: size ≤ 4 MSEK 20 %, ≤ 8 MSEK 15 %, above 10 %.
/// </summary>
public sealed class EquityRollForwardTests
{
    private static readonly string[] Prefixes = ["20"];
    private static readonly string[] Transfer = ["8999"];

    private static Sek Ore(long ore) => new(ore);

    private static AccountAmount Row(string account, long ore) => new(account, Ore(ore));

    /// <summary>
    /// The year of LedgerTests: members pay 1 000 000,00; board 100 000,25, office 549 999,25, audit 50 000,00,
    /// an intervention 150 000,00: costs 849 999,50, result 150 000,50. Equity 2010 goes from 500 000,00 to 650 000,50.
    /// </summary>
    private static readonly AccountAmount[] Year =
    [
        Row("1930", 100_000_000), Row("3010", -100_000_000),
        Row("4010", 10_000_025), Row("1930", -10_000_025),
        Row("5010", 54_999_925), Row("1930", -54_999_925),
        Row("6010", 5_000_000), Row("1930", -5_000_000),
        Row("7010", 15_000_000), Row("1930", -15_000_000),
    ];

    [Fact]
    public void Opening_plus_income_less_costs_is_the_closing_equity_to_the_ore()
    {
        var roll = EquityCalculator.RollForward(
            [new("1930", Ore(50_000_000), Ore(65_000_050)), new("2010", Ore(-50_000_000), Ore(-65_000_050))], Year, Prefixes, Transfer);

        Assert.Equal(Ore(50_000_000), roll.Opening);
        Assert.Equal(Ore(100_000_000), roll.Income);
        Assert.Equal(Ore(84_999_950), roll.Costs);
        Assert.Equal(Ore(15_000_050), roll.Result);
        Assert.Equal(Ore(65_000_050), roll.ComputedClosing);
        Assert.Equal(Ore(65_000_050), roll.Closing);
        Assert.Equal(Ore(0), roll.Difference);
    }

    [Fact]
    public void The_result_booked_to_equity_on_8999_is_neither_income_nor_cost()
    {
        // Closing entry: 8999 debit 150 000,50, 2099 credit 150 000,50. Equity 2010 + 2099 = 500 000 + 150 000,50.
        var rows = Year.Concat([Row("8999", 15_000_050), Row("2099", -15_000_050)]);
        var roll = EquityCalculator.RollForward(
            [new("2010", Ore(-50_000_000), Ore(-50_000_000)), new("2099", null, Ore(-15_000_050))], rows, Prefixes, Transfer);

        Assert.Equal(Ore(15_000_050), roll.Result);
        Assert.Equal(Ore(65_000_050), roll.Closing);
        Assert.Equal(Ore(0), roll.Difference);
    }

    [Fact]
    public void When_the_books_disagree_the_difference_is_a_line_of_its_own()
    {
        // The result is not yet booked to equity: 2010 closes at its opening 500 000,00. Computed 650 000,50, so the
        // difference is −150 000,50 and the closing equity shown is the books' own.
        var roll = EquityCalculator.RollForward([new("2010", Ore(-50_000_000), Ore(-50_000_000))], Year, Prefixes, Transfer);

        Assert.Equal(Ore(65_000_050), roll.ComputedClosing);
        Assert.Equal(Ore(-15_000_050), roll.Difference);
        Assert.Equal(Ore(50_000_000), roll.Closing);
        Assert.Equal(roll.Closing, roll.Opening + roll.Income - roll.Costs + roll.Difference!.Value);
    }

    [Fact]
    public void Class_8_counts_by_its_sign_other_balance_accounts_are_not_equity_and_no_closing_balances_means_computed()
    {
        // 8310 interest income credit 1 234,56; 8410 interest cost debit 0,01; 2440 (suppliers) is not equity.
        // Income 1 234,56, costs 0,01, result 1 234,55; opening 0,01 (2069 only); no closing balance → computed 1 234,56.
        var roll = EquityCalculator.RollForward(
            [new("2069", Ore(-1), null), new("2440", Ore(-99_999), Ore(-5))],
            [Row("8310", -123_456), Row("1930", 123_456), Row("8410", 1), Row("1930", -1)], Prefixes, Transfer);

        Assert.Equal(Ore(1), roll.Opening);
        Assert.Equal(Ore(123_456), roll.Income);
        Assert.Equal(Ore(1), roll.Costs);
        Assert.Null(roll.BooksClosing);
        Assert.Null(roll.Difference);
        Assert.Equal(Ore(123_456), roll.Closing);
    }

    [Fact]
    public void The_roll_forward_always_adds_up_with_the_difference_line()
    {
        var random = new Random(20261201);
        for (var i = 0; i < 500; i++)
        {
            var rows = Enumerable.Range(0, 20).Select(_ => Row(random.Next(3, 9).ToString(System.Globalization.CultureInfo.InvariantCulture) + "010", random.NextInt64(-10_000_000, 10_000_000))).ToList();
            var roll = EquityCalculator.RollForward([new("2010", Ore(random.NextInt64(-10_000_000, 0)), Ore(random.NextInt64(-10_000_000, 0)))], rows, Prefixes, Transfer);

            Assert.Equal(roll.Closing, roll.Opening + roll.Income - roll.Costs + roll.Difference!.Value);
            Assert.Equal(Sek.Zero - Sek.Sum(rows.Select(r => r.Amount)), roll.Result);
        }
    }
}

public sealed class EquityRuleTests
{
    private static readonly AllocationParameters P = Build.Parameters(3_000_000);

    private static Sek Ore(long ore) => new(ore);

    private static Rational Kronor(long ore) => new(ore, 100);

    [Theory]
    // previous allocation (öre), size (öre), tier rate, reasonable level (exact, in thousandths of a krona)
    [InlineData(200_000_000, 400_000_000, "0.20", 800_000_000)] // size exactly 4 MSEK: still 20 %, 800 000
    [InlineData(200_000_001, 400_000_002, "0.15", 600_000_003)] // 4 000 000,02: 15 %, 600 000,003
    [InlineData(400_000_000, 800_000_000, "0.15", 1_200_000_000)] // exactly 8 MSEK: 15 %, 1 200 000
    [InlineData(400_000_001, 800_000_002, "0.10", 800_000_002)] // 8 000 000,02: 10 %, 800 000,002
    public void The_tier_is_the_first_whose_upper_limit_the_size_does_not_pass(long previous, long size, string rate, long levelMilliKronor)
    {
        var a = EquityRule.Assess(Ore(previous), null, null, Rational.Zero, P);

        Assert.Equal(Kronor(size), a.Size);
        Assert.Equal(EquitySizeBasis.PreviousAllocation, a.SizeBasis);
        Assert.Equal(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), a.Tier!.Rate);
        Assert.Equal(new Rational(levelMilliKronor, 1000), a.ReasonableLevel);
        Assert.False(a.IsAboveReasonableLevel);
    }

    [Fact]
    public void Equity_at_the_level_is_not_above_and_one_ore_more_is_with_half_of_it_taken()
    {
        // Previous 1 500 000 → size 3 000 000 → 20 % → 600 000. Model 1 200 000.
        var at = EquityRule.Assess(Ore(150_000_000), Ore(60_000_000), null, 1_200_000, P);
        Assert.False(at.IsAboveReasonableLevel);
        Assert.Equal(Rational.Zero, at.Excess);
        Assert.Null(at.Cap);
        Assert.Equal(Rational.Zero, EquityRule.Reduction(at, 1_200_000));

        // 600 000,01: excess 0,01, cap 1 200 000 − 0,005, so 0,005 kr (half an öre) is taken, exactly.
        var above = EquityRule.Assess(Ore(150_000_000), Ore(60_000_001), null, 1_200_000, P);
        Assert.True(above.IsAboveReasonableLevel);
        Assert.Equal(Kronor(1), above.Excess);
        Assert.Equal(new Rational(1, 200), EquityRule.Reduction(above, 1_200_000));
        Assert.Equal(1_200_000 - new Rational(1, 200), above.Cap);
    }

    [Fact]
    public void The_cap_stops_at_the_base_amount_and_the_override_wins()
    {
        // Excess 4 600 000: 800 000 − 2 300 000 < G, so the cap is G = 400 000 and the reduction 400 000.
        var big = EquityRule.Assess(Ore(100_000_000), Ore(500_000_000), null, 800_000, P);
        Assert.Equal(Rational.FromInteger(400_000), big.Cap);
        Assert.Equal(Rational.FromInteger(400_000), EquityRule.Reduction(big, 800_000));

        var overridden = EquityRule.Assess(Ore(150_000_000), Ore(100_000_000), Ore(90_000_000), 1_200_000, P);
        Assert.True(overridden.IsOverride);
        Assert.Null(overridden.Tier);
        Assert.Equal(Rational.FromInteger(100_000), overridden.Excess);
    }

    [Fact]
    public void The_engine_uses_exactly_this_rule()
    {
        var inputs = Build.ThreeSimple(
            a: x => x with { PreviousAllocation = Build.Money(1_500_000), ForecastEquity = Build.Money(1_000_000) },
            c: x => x with { ForecastEquity = Build.Money(300_000), ReasonableEquityOverride = Build.Money(100_000) });
        var result = Build.Computed(P, inputs);

        foreach (var (input, line) in inputs.Zip(result.Associations))
        {
            Assert.Equal(EquityRule.Assess(input.PreviousAllocation, input.ForecastEquity, input.ReasonableEquityOverride, line.ModelAmountExact, P), line.Equity);
        }
    }

    [Fact]
    public void The_economy_area_reads_level_excess_cap_and_reduction_from_the_rule_in_whole_ore()
    {
        // Allocation 1 500 000 (also next year's model estimate) → level 600 000; equity 1 000 000 → excess 400 000;
        // cap max(400 000, 1 500 000 − 200 000) = 1 300 000; the reduction is 200 000.
        var (level, test) = EquityCalculator.Assess(P, false, Build.Money(1_500_000), "test", null, Build.Money(1_000_000));
        Assert.Equal(Build.Money(3_000_000), level.Size);
        Assert.Equal(Build.Money(600_000), level.ReasonableLevel);
        Assert.Equal(0.20m, level.Tier!.Rate);
        Assert.Equal(new EquityTest(Build.Money(1_000_000), true, Build.Money(400_000), Build.Money(1_300_000), Build.Money(200_000)), test);

        var (_, none) = EquityCalculator.Assess(P, false, Build.Money(1_500_000), "test", null, null);
        Assert.Null(none);
    }
}
