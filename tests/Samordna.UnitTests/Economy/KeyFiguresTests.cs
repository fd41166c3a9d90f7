using Samordna.Web.Domain;
using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Economy.KeyFigures;
using Samordna.Web.Features.FollowUp.Disclosure;
using Samordna.Web.Features.Interventions.Data;

namespace Samordna.UnitTests.Economy;

/// <summary>The key figures' arithmetic, hand-computed to the öre: shares, the orientation split and cost per participant with its rounding and suppression.</summary>
public sealed class KeyFiguresTests
{
    private static readonly BudgetCategory[] Administration = [BudgetCategory.Board, BudgetCategory.Administration, BudgetCategory.Audit];

    private static Sek Ore(long ore) => new(ore);

    private static ProtectedCount Shown(int n) => ProtectedCount.Shown(n, 5);

    private static ProtectedCount Small() => ProtectedCount.Hidden(SuppressionReason.Primary, 5);

    [Fact]
    public void Administration_share_is_board_office_and_audit_over_all_costs_and_income_is_not_a_cost()
    {
        // Board 100 000,25 + office 549 999,25 + audit 50 000,00 = 699 999,50 of costs 849 999,50 (intervention 150 000,00):
        // 69 999 950 / 84 999 950 = 0,823529… → 82,4 %.
        var byCategory = new Dictionary<BudgetCategory, Sek>
        {
            [BudgetCategory.MemberContribution] = Ore(100_000_000),
            [BudgetCategory.Board] = Ore(10_000_025),
            [BudgetCategory.Administration] = Ore(54_999_925),
            [BudgetCategory.Audit] = Ore(5_000_000),
            [BudgetCategory.Intervention] = Ore(15_000_000),
        };
        var set = KeyFiguresCalculator.Compute(byCategory, Administration, [(Orientation.Individual, Ore(10_000_000)), (Orientation.Structural, Ore(4_000_000))]);

        Assert.Equal(Ore(84_999_950), set.TotalCosts);
        Assert.Equal(Ore(69_999_950), set.AdministrationCosts);
        Assert.Equal(69_999_950m / 84_999_950m, set.AdministrationShare.Fraction);
        Assert.Equal("82,4 %", set.AdministrationShare.Display);

        // Interventions: 100 000 individual, 40 000 structural, 10 000 booked on no intervention, of 150 000.
        Assert.Equal((Ore(10_000_000), Ore(4_000_000), Ore(1_000_000)), (set.IndividualCosts, set.StructuralCosts, set.UnattributedInterventionCosts));
        Assert.Equal("66,7 %", set.IndividualShare.Display);
        Assert.Equal("26,7 %", set.StructuralShare.Display);
    }

    [Fact]
    public void Without_costs_there_is_no_share_rather_than_a_division_by_zero()
    {
        var set = KeyFiguresCalculator.Compute(new Dictionary<BudgetCategory, Sek> { [BudgetCategory.OtherIncome] = Ore(500) }, Administration, []);

        Assert.Equal(Sek.Zero, set.TotalCosts);
        Assert.Null(set.AdministrationShare.Fraction);
        Assert.Equal("–", set.AdministrationShare.Display);
        Assert.Null(set.IndividualShare.Fraction);
    }

    [Fact]
    public void The_per_cent_is_rounded_to_one_decimal_with_halves_away_from_zero()
    {
        // 1 / 8 = 12,5 % exactly; 1 / 16 = 6,25 % → 6,3 %; 1 / 32 = 3,125 % → 3,1 %.
        Assert.Equal("12,5 %", KeyFiguresCalculator.Share(Ore(1), Ore(8)).Display);
        Assert.Equal("6,3 %", KeyFiguresCalculator.Share(Ore(1), Ore(16)).Display);
        Assert.Equal("3,1 %", KeyFiguresCalculator.Share(Ore(1), Ore(32)).Display);
    }

    [Theory]
    [InlineData(100_000_00, 7, 14_285_71)] // 100 000 / 7 = 14 285,714… → 14 285,71
    [InlineData(1_00, 8, 13)] // 1 kr / 8 = 12,5 öre → 13 öre (half away from zero)
    [InlineData(-1_00, 8, -13)] // a credit: −12,5 öre → −13 öre
    [InlineData(0, 9, 0)] // no cost: 0 kr per participant
    [InlineData(5, 10, 1)] // 0,5 öre → 1 öre
    [InlineData(4, 10, 0)] // 0,4 öre → 0
    public void Cost_per_participant_is_whole_ore_halves_away_from_zero(long ore, int participants, long expected) =>
        Assert.Equal(Ore(expected), KeyFiguresCalculator.PerParticipant(Ore(ore), participants));

    [Fact]
    public void No_cost_per_participant_from_a_suppressed_or_missing_count_or_a_missing_cost()
    {
        Assert.Null(KeyFiguresCalculator.PerParticipant(Ore(100_000), Small()));
        Assert.Null(KeyFiguresCalculator.PerParticipant(Ore(100_000), ProtectedCount.Hidden(SuppressionReason.Secondary, 5)));
        Assert.Null(KeyFiguresCalculator.PerParticipant(Ore(100_000), null));
        Assert.Null(KeyFiguresCalculator.PerParticipant(null, Shown(12)));
        Assert.Equal(Ore(8_333), KeyFiguresCalculator.PerParticipant(Ore(100_000), Shown(12)));
    }

    [Fact]
    public void Per_intervention_and_overall_show_the_protected_display_and_count_interventions_without_costs()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var c = Guid.NewGuid();
        var d = Guid.NewGuid();
        InterventionCost[] costs =
        [
            new(a, "A", Orientation.Individual, Ore(12_345_678), true, Shown(6)), // 123 456,78 / 6 = 20 576,13
            new(b, "B", Orientation.Individual, Ore(1_000_000), true, Small()), // <5: no cost per participant
            new(c, "C", Orientation.Individual, null, true, Shown(5)), // no booked cost
            new(d, "D", Orientation.Structural, Ore(500_000), false, null), // headcount only
        ];
        var per = KeyFiguresCalculator.PerIntervention(costs);

        Assert.Equal(("6", (Sek?)Ore(2_057_613)), (per[0].ParticipantsDisplay, per[0].CostPerParticipant));
        Assert.Equal(("<5", (Sek?)null), (per[1].ParticipantsDisplay, per[1].CostPerParticipant));
        Assert.Equal(("5", (Sek?)null), (per[2].ParticipantsDisplay, per[2].CostPerParticipant));
        Assert.Equal(("–", (Sek?)null), (per[3].ParticipantsDisplay, per[3].CostPerParticipant));

        // Overall: 123 456,78 + 10 000,00 over 15 = 8 897,1186… → 8 897,12; C has no cost in the books.
        var overall = KeyFiguresCalculator.Overall(costs, Shown(15));
        Assert.Equal((Ore(13_345_678), "15", (Sek?)Ore(889_712), 1), (overall.Cost, overall.ParticipantsDisplay, overall.CostPerParticipant, overall.InterventionsWithoutCost));
        Assert.Null(KeyFiguresCalculator.Overall(costs, Small()).CostPerParticipant);
    }
}
