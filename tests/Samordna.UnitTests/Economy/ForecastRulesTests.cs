using Samordna.Web.Domain;
using Samordna.Web.Features.Economy;
using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Economy.Forecasts;

namespace Samordna.UnitTests.Economy;

/// <summary>The tertial forecast's rows, proposal and sums to the öre, and the tertials' configuration.</summary>
public sealed class ForecastRulesTests
{
    private static readonly Guid Job = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Bridge = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid Gone = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    private static Sek Ore(long ore) => new(ore);

    private static readonly Dictionary<Guid, string> Names = new() { [Job] = "Jobbspåret", [Bridge] = "Bryggan" };

    private static IReadOnlyList<ForecastRules.BudgetAmount> Budget() =>
    [
        new(BudgetCategory.MemberContribution, null, "Försäkringskassan", Ore(50_000_000)),
        new(BudgetCategory.MemberContribution, null, "Region", Ore(25_000_000)),
        new(BudgetCategory.MemberContribution, null, "Kommunen", Ore(25_000_000)),
        new(BudgetCategory.Administration, null, "Kansli", Ore(30_000_001)),
        new(BudgetCategory.Intervention, Job, "Jobbspåret", Ore(40_000_000)),
        new(BudgetCategory.Intervention, null, "Insats som tagits bort", Ore(5_000_000)),
    ];

    [Fact]
    public void The_proposal_is_the_budget_unless_the_books_already_show_more()
    {
        Assert.Equal(Ore(100), ForecastRules.Propose(Ore(100), Ore(99)));
        Assert.Equal(Ore(101), ForecastRules.Propose(Ore(100), Ore(101)));
        Assert.Equal(Ore(7), ForecastRules.Propose(Sek.Zero, Ore(7)));
    }

    [Fact]
    public void Rows_put_members_together_give_each_intervention_its_own_row_and_keep_what_has_no_intervention()
    {
        var actualByCategory = new Dictionary<BudgetCategory, Sek>
        {
            [BudgetCategory.MemberContribution] = Ore(100_000_000),
            [BudgetCategory.Administration] = Ore(12_345_678),
            [BudgetCategory.Intervention] = Ore(20_000_003),
        };
        // Bryggan is only in the books; 3 öre of intervention costs are booked without an intervention.
        var actualByIntervention = new Dictionary<Guid, Sek> { [Job] = Ore(15_000_000), [Bridge] = Ore(5_000_000) };
        var rows = ForecastRules.Rows(Budget(), actualByCategory, actualByIntervention, Names, new Dictionary<(BudgetCategory, Guid?), Sek>());

        Assert.Equal(
            ["Medlemsbidrag", "Övriga intäkter", "Styrelse", "Administration (kansli)", "Revision", "Jobbspåret", "Bryggan", "Insatser utan angiven insats"],
            rows.Select(r => r.Label));
        Assert.Equal(Enumerable.Range(1, rows.Count), rows.Select(r => r.Position));
        Assert.All(rows, r => Assert.True(r.IsProposed));
        var members = rows[0];
        Assert.Equal((Ore(100_000_000), Ore(100_000_000), Ore(100_000_000)), (members.Budget, members.Actual, members.YearEnd));
        var bridge = rows.Single(r => r.InterventionId == Bridge);
        Assert.Equal((Sek.Zero, Ore(5_000_000), Ore(5_000_000)), (bridge.Budget, bridge.Actual, bridge.YearEnd));
        Assert.Null(bridge.DeviationShare);
        var without = rows[^1];
        Assert.Equal((BudgetCategory.Intervention, (Guid?)null, Ore(5_000_000), Ore(3)), (without.Category, without.InterventionId, without.Budget, without.Actual));

        // Exact sums: costs 30 000 001 + 40 000 000 + 5 000 000 + 5 000 000 (Bryggan proposed at its books) öre.
        var totals = ForecastRules.Totals(rows);
        Assert.Equal(Ore(100_000_000), totals.Income.Budget);
        Assert.Equal(Ore(75_000_001), totals.Costs.Budget);
        Assert.Equal(Ore(80_000_001), totals.Costs.YearEnd);
        Assert.Equal(Ore(32_345_681), totals.Costs.Actual);
        Assert.Equal(Ore(24_999_999), totals.Result.Budget);
        Assert.Equal(Ore(19_999_999), totals.Result.YearEnd);
        Assert.Equal(Ore(-5_000_000), totals.Result.Deviation);
        Assert.Equal(Sek.Sum(rows.Where(r => !r.IsIncome).Select(r => r.Deviation)), totals.Costs.Deviation);
    }

    [Fact]
    public void A_saved_amount_replaces_the_proposal_and_a_saved_row_of_a_removed_intervention_stays()
    {
        var saved = new Dictionary<(BudgetCategory, Guid?), Sek>
        {
            [(BudgetCategory.Administration, null)] = Ore(33_000_001),
            [(BudgetCategory.Intervention, Gone)] = Ore(1_000),
        };
        var rows = ForecastRules.Rows(Budget(), new Dictionary<BudgetCategory, Sek>(), new Dictionary<Guid, Sek>(), Names, saved);
        var office = rows.Single(r => r.Category == BudgetCategory.Administration);
        Assert.False(office.IsProposed);
        Assert.Equal(Ore(3_000_000), office.Deviation);
        Assert.Equal(3_000_000m / 30_000_001m, office.DeviationShare);
        var gone = rows.Single(r => r.InterventionId == Gone);
        Assert.Equal(("Insats som inte längre finns", Ore(1_000), false), (gone.Label, gone.YearEnd, gone.IsProposed));
        Assert.True(rows.Single(r => r.InterventionId == Job).IsProposed);
    }

    [Theory]
    [InlineData("04-30,08-31", 2)]
    [InlineData("04-30, 09-30", 2)]
    [InlineData("03-31,06-30,09-30", 3)]
    [InlineData("08-31,04-30", 0)]
    [InlineData("04-31", 0)]
    [InlineData("4/30", 0)]
    [InlineData("", 0)]
    public void Tertial_ends_are_read_in_order_or_not_at_all(string setting, int count)
    {
        var options = new EconomyOptions { ForecastTertialEnds = setting };
        Assert.Equal(count, options.TertialEnds().Count);
    }

    [Fact]
    public void A_tertial_end_is_a_day_of_the_year_and_there_is_no_third_by_default()
    {
        var options = new EconomyOptions();
        Assert.Equal(new DateOnly(2035, 4, 30), options.TertialEnd(2035, 1));
        Assert.Equal(new DateOnly(2035, 8, 31), options.TertialEnd(2035, 2));
        Assert.Null(options.TertialEnd(2035, 3));
        Assert.Null(options.TertialEnd(2035, 0));
    }
}
