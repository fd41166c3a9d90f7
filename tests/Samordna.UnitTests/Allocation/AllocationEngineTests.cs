using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.Engine;
using static Samordna.UnitTests.Allocation.Build;

namespace Samordna.UnitTests.Allocation;

public sealed class AllocationEngineTests
{
    [Fact]
    public void Model_amounts_are_the_base_amount_plus_the_weighted_share_of_the_pool()
    {
        // S = 3 000 000, G = 400 000, N = 3 → pool = 3 000 000 − 1 200 000 = 1 800 000.
        // ΣF = 600 + 300 + 100 = 1 000; ΣP = 200 + 200 + 600 = 1 000.
        // A: 0.75·0.6 + 0.25·0.2 = 0.5   → 400 000 + 900 000 = 1 300 000
        // B: 0.75·0.3 + 0.25·0.2 = 0.275 → 400 000 + 495 000 =   895 000
        // C: 0.75·0.1 + 0.25·0.6 = 0.225 → 400 000 + 405 000 =   805 000   (Σ = 3 000 000, so λ = 1)
        var result = Computed(Parameters(3_000_000), [Association("A", 600m, 200), Association("B", 300m, 200), Association("C", 100m, 600)]);

        Assert.Equal(Exact(1_300_000), result.Get("A").ModelAmountExact);
        Assert.Equal(Exact(895_000), result.Get("B").ModelAmountExact);
        Assert.Equal(Exact(805_000), result.Get("C").ModelAmountExact);
        Assert.Equal(Rational.One, result.Lambda);
        Assert.Equal([1_300_000L, 895_000L, 805_000L], result.Associations.Select(x => x.Kronor()));
        Assert.All(result.Associations, x => Assert.Equal(BindingBound.None, x.Binding));
        Assert.Equal(1_000m, result.TotalSupportMeasure);
        Assert.Equal(1_000L, result.TotalWorkingAgePopulation);
    }

    [Fact]
    public void Floor_binds_and_the_rest_share_the_remainder()
    {
        // M = 1 200 000 / 1 000 000 / 800 000. d = 0.10 and C had 1 000 000 last year → floor_C = 900 000 > 800 000.
        // A and B share 3 000 000 − 900 000 = 2 100 000 by M: λ = 2 100 000 / 2 200 000 = 21/22.
        // A = 1 200 000·21/22 = 1 145 454.54…, B = 1 000 000·21/22 = 954 545.45…; floors 1 145 454 + 954 545 + 900 000
        // = 2 999 999, the last krona goes to the larger remainder (A: .54 > B: .45).
        var result = Computed(Parameters(3_000_000, maxDecrease: 0.10m), ThreeSimple(c: x => x with { PreviousAllocation = Money(1_000_000) }));

        Assert.Equal(new Rational(21, 22), result.Lambda);
        Assert.Equal(1_145_455, result.Get("A").Kronor());
        Assert.Equal(954_545, result.Get("B").Kronor());
        Assert.Equal(900_000, result.Get("C").Kronor());
        Assert.Equal(BindingBound.Floor, result.Get("C").Binding);
        Assert.Equal(FloorReason.MaxYearlyDecrease, result.Get("C").FloorReason);
        Assert.Equal(Exact(900_000), result.Get("C").Floor);
        Assert.Equal(new Rational(12_600_000, 11), result.Get("A").ExactAmount);
        Assert.Equal(BindingBound.None, result.Get("A").Binding);
    }

    [Fact]
    public void Asked_amount_binds_and_the_freed_money_is_spread_in_proportion_to_the_model_amounts()
    {
        // A asks 1 000 000 (M_A = 1 200 000): 200 000 is freed. B and C get λ·M with λ = 2 000 000 / 1 800 000 = 10/9:
        // B = 1 111 111.11…, C = 888 888.88…; floors sum to 2 999 999 and C has the larger remainder (.88 > .11).
        var result = Computed(Parameters(3_000_000), ThreeSimple(a: x => x with { AskedAmount = Money(1_000_000) }));

        Assert.Equal(new Rational(10, 9), result.Lambda);
        Assert.Equal(1_000_000, result.Get("A").Kronor());
        Assert.Equal(1_111_111, result.Get("B").Kronor());
        Assert.Equal(888_889, result.Get("C").Kronor());
        Assert.Equal(BindingBound.Ceiling, result.Get("A").Binding);
        Assert.Equal(CeilingReason.AskedAmount, result.Get("A").CeilingReason);
        Assert.Null(result.Get("B").Ceiling);
    }

    [Fact]
    public void Equity_above_the_reasonable_level_caps_the_amount_and_removes_the_decrease_protection()
    {
        // A: previous 1 500 000 → size 3 000 000 ≤ 4 MSEK → 20 % → reasonable 600 000. Equity 1 000 000 → excess 400 000.
        // Cap = 1 200 000 − 0.5·400 000 = 1 000 000. A is above, so its floor is G (not 0.9·1 500 000 = 1 350 000).
        // B: previous 1 000 000 → size 2 000 000 → reasonable 400 000; equity 150 000 is below → floor 900 000 stays.
        // B and C then get λ = 10/9 as in the asked case: 1 111 111 and 888 889.
        var result = Computed(
            Parameters(3_000_000, maxDecrease: 0.10m),
            ThreeSimple(
                a: x => x with { PreviousAllocation = Money(1_500_000), ForecastEquity = Money(1_000_000) },
                b: x => x with { PreviousAllocation = Money(1_000_000), ForecastEquity = Money(150_000) }));

        var a = result.Get("A");
        Assert.True(a.Equity.IsAboveReasonableLevel);
        Assert.Equal(Exact(3_000_000), a.Equity.Size);
        Assert.Equal(Exact(600_000), a.Equity.ReasonableLevel);
        Assert.Equal(Exact(400_000), a.Equity.Excess);
        Assert.Equal(Exact(1_000_000), a.Ceiling);
        Assert.Equal(CeilingReason.EquityCap, a.CeilingReason);
        Assert.Equal(Exact(400_000), a.Floor);
        Assert.Equal(FloorReason.BaseAmount, a.FloorReason);
        Assert.Equal(1_000_000, a.Kronor());

        var b = result.Get("B");
        Assert.False(b.Equity.IsAboveReasonableLevel);
        Assert.Equal(Exact(900_000), b.Floor);
        Assert.Equal(1_111_111, b.Kronor());
        Assert.Equal(888_889, result.Get("C").Kronor());
    }

    [Fact]
    public void Reasonable_equity_override_wins_over_the_tiers()
    {
        // Tiers would give 600 000 (as above); the override 900 000 gives excess 100 000 → cap 1 200 000 − 50 000 = 1 150 000.
        // B and C share 1 850 000: λ = 37/36 → B = 1 027 777.77…, C = 822 222.22…; the spare krona goes to B (.77 > .22).
        var result = Computed(
            Parameters(3_000_000),
            ThreeSimple(a: x => x with { PreviousAllocation = Money(1_500_000), ForecastEquity = Money(1_000_000), ReasonableEquityOverride = Money(900_000) }));

        var a = result.Get("A");
        Assert.True(a.Equity.IsOverride);
        Assert.Null(a.Equity.Tier);
        Assert.Equal(Exact(900_000), a.Equity.ReasonableLevel);
        Assert.Equal(1_150_000, a.Kronor());
        Assert.Equal(1_027_778, result.Get("B").Kronor());
        Assert.Equal(822_222, result.Get("C").Kronor());
    }

    [Fact]
    public void Association_without_previous_allocation_is_sized_by_twice_its_model_amount()
    {
        // A has no previous allocation: size = 2·1 200 000 = 2 400 000 → 20 % → 480 000. Equity 580 000 → excess 100 000
        // → cap 1 150 000, the same figures as with the override, so B = 1 027 778 and C = 822 222.
        var result = Computed(Parameters(3_000_000), ThreeSimple(a: x => x with { ForecastEquity = Money(580_000) }));

        var a = result.Get("A");
        Assert.Equal(EquitySizeBasis.ModelAmount, a.Equity.SizeBasis);
        Assert.Equal(Exact(2_400_000), a.Equity.Size);
        Assert.Equal(Exact(480_000), a.Equity.ReasonableLevel);
        Assert.Equal(1_150_000, a.Kronor());
        Assert.Equal(1_027_778, result.Get("B").Kronor());
    }

    [Fact]
    public void Equity_cap_never_goes_below_the_base_amount()
    {
        // C: previous 1 000 000 → size 2 000 000 → reasonable 400 000; equity 5 000 000 → excess 4 600 000;
        // 800 000 − 2 300 000 < G, so the cap is G = 400 000. A and B share 2 600 000: λ = 13/11,
        // A = 1 418 181.81…, B = 1 181 818.18…; the spare krona goes to A (.81 > .18).
        var result = Computed(Parameters(3_000_000), ThreeSimple(c: x => x with { PreviousAllocation = Money(1_000_000), ForecastEquity = Money(5_000_000) }));

        Assert.Equal(Exact(400_000), result.Get("C").Ceiling);
        Assert.Equal(400_000, result.Get("C").Kronor());
        Assert.Equal(1_418_182, result.Get("A").Kronor());
        Assert.Equal(1_181_818, result.Get("B").Kronor());
    }

    [Fact]
    public void Equity_tiers_are_flat_and_their_upper_limits_are_inclusive()
    {
        // Size exactly 4 000 000 is in the first tier (20 % → 800 000); 4 000 002 is in the second (15 % → 600 000.30).
        var result = Computed(
            Parameters(3_000_000),
            ThreeSimple(
                a: x => x with { PreviousAllocation = Money(2_000_000) },
                b: x => x with { PreviousAllocation = Money(2_000_001) }));

        Assert.Equal(Exact(800_000), result.Get("A").Equity.ReasonableLevel);
        Assert.Equal(0.20m, result.Get("A").Equity.Tier!.Rate);
        Assert.Equal(new Rational(6_000_003, 10), result.Get("B").Equity.ReasonableLevel);
        Assert.Equal(0.15m, result.Get("B").Equity.Tier!.Rate);
        Assert.False(result.Get("A").Equity.IsAboveReasonableLevel);
    }

    [Fact]
    public void Asking_for_less_than_the_floor_lowers_the_floor_to_the_asked_amount()
    {
        // C's floor would be 0.9·1 000 000 = 900 000, but it asks for 300 000 (even below G) and gets exactly that.
        // A and B share 2 700 000: λ = 27/22 → A = 1 472 727.27…, B = 1 227 272.72…; the spare krona goes to B (.72 > .27).
        var result = Computed(
            Parameters(3_000_000, maxDecrease: 0.10m),
            ThreeSimple(c: x => x with { PreviousAllocation = Money(1_000_000), AskedAmount = Money(300_000) }));

        var c = result.Get("C");
        Assert.Equal(FloorReason.LoweredToAskedAmount, c.FloorReason);
        Assert.Equal(Exact(300_000), c.Floor);
        Assert.Equal(300_000, c.Kronor());
        Assert.Equal(BindingBound.Ceiling, c.Binding);
        Assert.Equal(1_472_727, result.Get("A").Kronor());
        Assert.Equal(1_227_273, result.Get("B").Kronor());
    }

    [Fact]
    public void Floors_that_exceed_the_frame_fail_and_name_the_raised_floors_largest_first()
    {
        // floor_A = 0.9·2 000 000 = 1 800 000, floor_B = 0.9·1 500 000 = 1 350 000, floor_C = G = 400 000:
        // Σ = 3 550 000 > 3 000 000.
        var outcome = AllocationEngine.Compute(
            Parameters(3_000_000, maxDecrease: 0.10m),
            ThreeSimple(
                a: x => x with { PreviousAllocation = Money(1_500_000) },
                b: x => x with { PreviousAllocation = Money(2_000_000) }));

        Assert.False(outcome.IsSuccess);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(AllocationErrorCodes.FloorsExceedFrame, error.Code);
        Assert.Equal(["B", "A"], error.Subjects);
        Assert.Contains("3 550 000 kr", error.Message.Plain(), StringComparison.Ordinal);
        var b = error.Message.Plain().IndexOf("Samordningsförbundet B (B) 1 800 000 kr", StringComparison.Ordinal);
        var a = error.Message.Plain().IndexOf("Samordningsförbundet A (A) 1 350 000 kr", StringComparison.Ordinal);
        Assert.True(b >= 0 && a > b, error.Message);
        Assert.DoesNotContain("Samordningsförbundet C", error.Message.Plain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Base_amounts_alone_exceeding_the_frame_fail_with_the_floor_code()
    {
        // 3·400 000 = 1 200 000 > 1 000 000.
        var outcome = AllocationEngine.Compute(Parameters(1_000_000), ThreeSimple());

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(AllocationErrorCodes.FloorsExceedFrame, error.Code);
        Assert.Empty(error.Subjects);
        Assert.Contains("3 × 400 000 kr", error.Message.Plain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ceilings_below_the_frame_fail_and_name_every_association_with_a_ceiling()
    {
        // Everyone asks: 1 000 000 + 900 000 + 800 000 = 2 700 000 < 3 000 000.
        var outcome = AllocationEngine.Compute(
            Parameters(3_000_000),
            ThreeSimple(
                a: x => x with { AskedAmount = Money(1_000_000) },
                b: x => x with { AskedAmount = Money(900_000) },
                c: x => x with { AskedAmount = Money(800_000) }));

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(AllocationErrorCodes.CeilingsBelowFrame, error.Code);
        Assert.Equal(["A", "B", "C"], error.Subjects);
        Assert.Contains("2 700 000 kr", error.Message.Plain(), StringComparison.Ordinal);
        Assert.Contains("Samordningsförbundet B (B) 900 000 kr (begärt belopp)", error.Message.Plain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rounding_ties_go_to_the_lowest_code_in_ordinal_order()
    {
        // S = 1 200 001, G = 400 000, three equal associations: pool = 1, each exact amount is 400 000⅓.
        // One krona is left after rounding down and all remainders are ⅓: ordinal order "10" < "11" < "9" gives it to "10"
        // (numeric order would have picked "9").
        var result = Computed(Parameters(1_200_001), [Association("9", 1m, 1), Association("10", 1m, 1), Association("11", 1m, 1)]);

        Assert.Equal(new Rational(1_200_001, 3), result.Get("9").ExactAmount);
        Assert.Equal(400_000, result.Get("9").Kronor());
        Assert.Equal(400_001, result.Get("10").Kronor());
        Assert.Equal(400_000, result.Get("11").Kronor());
    }

    [Fact]
    public void A_key_whose_total_is_zero_contributes_nothing_and_lambda_scales_the_rest()
    {
        // ΣF = 0: only 0.25 of the pool is distributed by population (1:1:2), so
        // M = 400 000 + 1 800 000·0.25·(¼, ¼, ½) = 512 500, 512 500, 625 000; ΣM = 1 650 000 < S.
        // λ = 3 000 000 / 1 650 000 = 20/11 → 931 818.18…, 931 818.18…, 1 136 363.63…; the spare krona goes to C (.63).
        var result = Computed(Parameters(3_000_000), [Association("A", 0m, 1), Association("B", 0m, 1), Association("C", 0m, 2)]);

        Assert.Equal(Exact(512_500), result.Get("A").ModelAmountExact);
        Assert.Equal(new Rational(20, 11), result.Lambda);
        Assert.Equal([931_818L, 931_818L, 1_136_364L], result.Associations.Select(x => x.Kronor()));
        Assert.Contains(result.Get("A").Explanation.Select(s => s.Plain()), s => s.Contains("Försörjningsmåttet är 0 för alla förbund", StringComparison.Ordinal));
    }

    [Fact]
    public void Both_keys_zero_fails_with_no_distribution_basis()
    {
        var outcome = AllocationEngine.Compute(Parameters(3_000_000), [Association("A", 0m, 0), Association("B", 0m, 0)]);

        Assert.Equal(AllocationErrorCodes.NoDistributionBasis, Assert.Single(outcome.Errors).Code);
    }

    [Fact]
    public void Zero_frame_and_zero_base_amount_give_everyone_zero()
    {
        var result = Computed(Parameters(0, baseAmount: 0), ThreeSimple());

        Assert.All(result.Associations, x => Assert.Equal(0, x.Kronor()));
        Assert.Equal(Rational.Zero, result.Lambda);
    }

    [Fact]
    public void Change_from_previous_is_given_in_kronor_and_as_a_fraction()
    {
        // As in the floor case: C had 1 000 000 and gets 900 000 → −100 000, −10 %. A had nothing → no change.
        var result = Computed(Parameters(3_000_000, maxDecrease: 0.10m), ThreeSimple(c: x => x with { PreviousAllocation = Money(1_000_000) }));

        Assert.Equal(Money(-100_000), result.Get("C").ChangeFromPrevious);
        Assert.Equal(-0.1m, result.Get("C").ChangeFraction);
        Assert.Null(result.Get("A").ChangeFromPrevious);
        Assert.Null(result.Get("A").ChangeFraction);
    }

    [Fact]
    public void Explanation_walks_through_the_steps_with_the_actual_numbers()
    {
        var result = Computed(
            Parameters(3_000_000, maxDecrease: 0.10m),
            ThreeSimple(
                a: x => x with { PreviousAllocation = Money(1_500_000), ForecastEquity = Money(1_000_000) },
                c: x => x with { PreviousAllocation = Money(1_000_000) }));

        var a = result.Get("A").Explanation.Select(s => s.Plain()).ToList();
        Assert.StartsWith("Modellbelopp: grundtilldelning 400 000 kr", a[0], StringComparison.Ordinal);
        Assert.Contains("= 1 200 000 kr", a[0], StringComparison.Ordinal);
        Assert.Contains("skäligt eget kapital 600 000 kr, dvs. 20 % av storleken 3 000 000 kr (2 × föregående", a[1], StringComparison.Ordinal);
        Assert.Contains("tak 1 000 000 kr", a[1], StringComparison.Ordinal);
        Assert.Contains(a, s => s.StartsWith("Golv: grundtilldelningen 400 000 kr; skyddet mot minskning gäller inte", StringComparison.Ordinal));
        Assert.Contains(a, s => s.Contains("Taket binder", StringComparison.Ordinal));
        Assert.Contains(a, s => s.StartsWith("Jämfört med föregående års tilldelning 1 500 000 kr: −500 000 kr", StringComparison.Ordinal));

        var c = result.Get("C").Explanation.Select(s => s.Plain()).ToList();
        Assert.Contains(c, s => s == "Golv: 90 % av föregående års tilldelning 1 000 000 kr = 900 000 kr (högst 10 % minskning per år).");
        Assert.Contains(c, s => s.Contains("Golvet binder", StringComparison.Ordinal));
    }

    [Fact]
    public void Flat_tiers_can_lower_a_new_association_whose_higher_support_measure_pushes_it_over_a_tier_limit()
    {
        // Documents a consequence of flat tiers (see docs/allocation-model.md). S = 5 000 000, G = 400 000, pool 4 200 000.
        // A: F = 800, P = 8 000 of ΣF = 2 100, ΣP = 21 000 → share 8/21 → M_A = 400 000 + 1 600 000 = 2 000 000; B gets 3 000 000.
        // A has no previous allocation, so its size is 2·M_A = 4 000 000: first tier, 20 % → 800 000, and equity 700 000 is fine.
        // With F_A = 801, M_A ≈ 2 000 927 and size ≈ 4 001 854 falls in the 15 % tier (≈ 600 278): A is now above the
        // level by ≈ 99 722 and is capped at M_A − ½·excess ≈ 1 951 066, about 49 000 kr less than before.
        AssociationInput[] before = [Association("A", 800m, 8_000, equity: 700_000), Association("B", 1_300m, 13_000)];
        AssociationInput[] after = [before[0] with { SupportMeasure = 801m }, before[1]];

        var a0 = Computed(Parameters(5_000_000), before).Get("A");
        var a1 = Computed(Parameters(5_000_000), after).Get("A");

        Assert.Equal(2_000_000, a0.Kronor());
        Assert.False(a0.Equity.IsAboveReasonableLevel);
        Assert.True(a1.Equity.IsAboveReasonableLevel);
        Assert.Equal(0.15m, a1.Equity.Tier!.Rate);
        Assert.InRange(a1.Kronor(), 1_951_000, 1_951_100);
    }

    [Fact]
    public void Research_defaults_apply_the_decrease_protection_only_in_2016_and_2017()
    {
        Assert.Equal(0.10m, AllocationParameters.ResearchDefaults(2017).MaxYearlyDecrease);
        Assert.Null(AllocationParameters.ResearchDefaults(2018).MaxYearlyDecrease);
        Assert.Equal(Money(339_000_000), AllocationParameters.ResearchDefaults(2026).Frame);
    }
}
