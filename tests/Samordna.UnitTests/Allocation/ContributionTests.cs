using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.UnitTests.Allocation;

public sealed class ContributionTests
{
    private static ContributionMember Municipality(string code, decimal population = 0m, decimal support = 0m, decimal? share = null) =>
        new(code, "Kommun " + code, MemberRole.Municipality) { Measures = Measures(population, support), FixedShare = share };

    private static ContributionMember Region(string code, decimal population = 0m, decimal support = 0m, decimal? share = null) =>
        new(code, "Region " + code, MemberRole.Region) { Measures = Measures(population, support), FixedShare = share };

    private static Dictionary<string, decimal> Measures(decimal population, decimal support) => new()
    {
        [SplitMeasures.Population] = population,
        [SplitMeasures.SupportMeasure] = support,
    };

    private static ContributionResult Compute(long kronor, SplitKey key, params ContributionMember[] members)
    {
        var outcome = ContributionCalculator.Compute(new ContributionInput
        {
            AssociationCode = "SF1",
            AssociationName = "Samordningsförbundet Test",
            StateAllocation = Sek.FromKronor(kronor),
            Members = members,
            MunicipalityKey = key,
        });
        Assert.True(outcome.IsSuccess, string.Join(Environment.NewLine, outcome.Errors));
        return outcome.Value;
    }

    private static Sek Ore(long ore) => new(ore);

    private static Sek Kronor(long kronor) => Sek.FromKronor(kronor);

    private static MemberContribution Member(ContributionResult r, string code) => r.Members.Single(m => m.Code == code);

    [Fact]
    public void State_pays_the_allocation_and_regions_and_municipalities_half_each_even_for_an_odd_krona()
    {
        // A = 1 000 001 kr → each half is 500 000.50 kr = 50 000 050 öre. Municipalities by population 1:2:
        // 50 000 050/3 = 16 666 683.33… and 33 333 366.66… öre; one öre is left and goes to the larger remainder (K2).
        var r = Compute(1_000_001, SplitKey.ByPopulation, Municipality("K1", 1), Municipality("K2", 2), Region("R1", 3));

        Assert.Equal(Kronor(1_000_001), r.StateShare);
        Assert.Equal(Ore(50_000_050), r.RegionsTotal);
        Assert.Equal(Ore(50_000_050), r.MunicipalitiesTotal);
        Assert.Equal(Kronor(2_000_002), r.Total);
        Assert.Equal(Ore(16_666_683), Member(r, "K1").AsMunicipality);
        Assert.Equal(Ore(33_333_367), Member(r, "K2").AsMunicipality);
        Assert.Equal(Ore(50_000_050), Member(r, "R1").AsRegion);
        Assert.Equal(Sek.Zero, Member(r, "R1").AsMunicipality);
    }

    [Fact]
    public void Support_measure_key_splits_in_proportion_to_the_support_measure()
    {
        // Half of 1 200 000 = 600 000; F = 100 : 300 → 150 000 and 450 000. Regions use the same key: 1 : 1 → 300 000 each.
        var r = Compute(1_200_000, SplitKey.BySupportMeasure, Municipality("K1", support: 100), Municipality("K2", support: 300), Region("R1", support: 1), Region("R2", support: 1));

        Assert.Equal(Kronor(150_000), Member(r, "K1").AsMunicipality);
        Assert.Equal(Kronor(450_000), Member(r, "K2").AsMunicipality);
        Assert.Equal(Kronor(300_000), Member(r, "R1").AsRegion);
        Assert.Equal(Kronor(300_000), Member(r, "R2").AsRegion);
    }

    [Fact]
    public void Fixed_shares_work_as_decimals_and_as_parts()
    {
        // 0.6/0.4 and 3/2 parts both give 360 000 and 240 000 of the 600 000 half.
        var decimals = Compute(1_200_000, SplitKey.ByFixedShares, Municipality("K1", share: 0.6m), Municipality("K2", share: 0.4m), Region("R1", share: 1m));
        var parts = Compute(1_200_000, SplitKey.ByFixedShares, Municipality("K1", share: 3m), Municipality("K2", share: 2m), Region("R1", share: 1m));

        Assert.Equal(Kronor(360_000), Member(decimals, "K1").AsMunicipality);
        Assert.Equal(Kronor(240_000), Member(decimals, "K2").AsMunicipality);
        Assert.Equal(Member(decimals, "K1"), Member(parts, "K1"));
        Assert.Equal(Member(decimals, "K2"), Member(parts, "K2"));
    }

    [Fact]
    public void Equal_shares_give_the_spare_ore_to_the_lowest_member_code()
    {
        // A = 2 kr → each half is 1 kr = 100 öre; three municipalities get 33 öre each and the spare öre goes to K1 (ordinal first).
        var r = Compute(2, SplitKey.ByEqualShares, Municipality("K3"), Municipality("K1"), Municipality("K2"), Region("R1"));

        Assert.Equal(Ore(34), Member(r, "K1").AsMunicipality);
        Assert.Equal(Ore(33), Member(r, "K2").AsMunicipality);
        Assert.Equal(Ore(33), Member(r, "K3").AsMunicipality);
    }

    [Fact]
    public void Weighted_mix_combines_the_shares_of_each_measure()
    {
        // 0.5·population + 0.5·support measure. K1: pop 100 of 400, F 100 of 200 → 0.5·0.25 + 0.5·0.5 = 0.375 → 225 000.
        // K2: 0.5·0.75 + 0.5·0.5 = 0.625 → 375 000 (of the 600 000 half).
        var key = SplitKey.WeightedMixOf(new(SplitMeasures.Population, 0.5m), new(SplitMeasures.SupportMeasure, 0.5m));
        var r = Compute(1_200_000, key, Municipality("K1", 100, 100), Municipality("K2", 300, 100), Region("R1", 1, 1));

        Assert.Equal(new Rational(3, 8), r.MunicipalitySplit.Shares.Single(s => s.Code == "K1").Share);
        Assert.Equal(Kronor(225_000), Member(r, "K1").AsMunicipality);
        Assert.Equal(Kronor(375_000), Member(r, "K2").AsMunicipality);
    }

    [Fact]
    public void Gotland_pays_both_the_municipal_and_the_regional_half()
    {
        var gotland = new ContributionMember("0980", "Gotlands kommun", MemberRole.MunicipalityAndRegion) { Measures = new Dictionary<string, decimal> { [SplitMeasures.Population] = 35_000m } };

        var r = Compute(1_500_000, SplitKey.ByPopulation, gotland);

        var g = Member(r, "0980");
        Assert.Equal(Kronor(750_000), g.AsMunicipality);
        Assert.Equal(Kronor(750_000), g.AsRegion);
        Assert.Equal(Kronor(1_500_000), g.Total);
        Assert.Contains(r.MunicipalitySplit.Shares, s => s.Code == "0980");
        Assert.Contains(r.RegionSplit.Shares, s => s.Code == "0980");
    }

    [Fact]
    public void Gotland_takes_its_key_share_in_each_part_when_it_shares_an_association()
    {
        // A = 1 000 000; halves 500 000. Municipalities: Gotland 3 : K 1 → 375 000 / 125 000.
        // Regions: Gotland 3 : R 1 → 375 000 / 125 000. Gotland pays 750 000 in all.
        var gotland = new ContributionMember("0980", "Gotlands kommun", MemberRole.MunicipalityAndRegion) { Measures = Measures(3, 0) };

        var r = Compute(1_000_000, SplitKey.ByPopulation, gotland, Municipality("K", 1), Region("R", 1));

        Assert.Equal(Kronor(375_000), Member(r, "0980").AsMunicipality);
        Assert.Equal(Kronor(375_000), Member(r, "0980").AsRegion);
        Assert.Equal(Kronor(125_000), Member(r, "K").AsMunicipality);
        Assert.Equal(Kronor(125_000), Member(r, "R").AsRegion);
    }

    [Fact]
    public void Region_key_can_differ_from_the_municipality_key()
    {
        var outcome = ContributionCalculator.Compute(new ContributionInput
        {
            AssociationCode = "SF1",
            AssociationName = "Test",
            StateAllocation = Kronor(1_200_000),
            Members = [Municipality("K1", 1), Municipality("K2", 3), Region("R1", 1), Region("R2", 3)],
            MunicipalityKey = SplitKey.ByPopulation,
            RegionKey = SplitKey.ByEqualShares,
        });

        Assert.Equal(Kronor(150_000), Member(outcome.ValueOrThrow(), "K1").AsMunicipality);
        Assert.Equal(Kronor(300_000), Member(outcome.ValueOrThrow(), "R1").AsRegion);
    }

    [Fact]
    public void Internal_split_divides_a_members_contribution_among_its_districts()
    {
        // Stockholm's 1 000 000 kr by 0.5·population + 0.5·financial assistance:
        // D1: 0.5·100/400 + 0.5·0/400 = 0.125; D2: 0.5·0.25 + 0.5·0.25 = 0.25; D3: 0.5·0.5 + 0.5·0.75 = 0.625.
        SplitParty District(string code, decimal population, decimal assistance) => new(code, "Stadsdel " + code)
        {
            Measures = new Dictionary<string, decimal> { [SplitMeasures.Population] = population, [SplitMeasures.FinancialAssistance] = assistance },
        };
        var key = SplitKey.WeightedMixOf(new(SplitMeasures.Population, 0.5m), new(SplitMeasures.FinancialAssistance, 0.5m));

        var split = ContributionCalculator.SplitInternally(Kronor(1_000_000), key, [District("D1", 100, 0), District("D2", 100, 100), District("D3", 200, 300)], "Stockholms stad").ValueOrThrow();

        Assert.Equal([Kronor(125_000), Kronor(250_000), Kronor(625_000)], split.Shares.Select(s => s.Amount));
    }

    [Fact]
    public void A_mix_measure_that_is_zero_for_everyone_leaves_the_other_measures_to_decide()
    {
        // Financial assistance is 0 everywhere: only the population term (1 : 3) remains → 250 000 / 750 000.
        SplitParty Unit(string code, decimal population) => new(code, code)
        {
            Measures = new Dictionary<string, decimal> { [SplitMeasures.Population] = population, [SplitMeasures.FinancialAssistance] = 0m },
        };
        var key = SplitKey.WeightedMixOf(new(SplitMeasures.Population, 0.5m), new(SplitMeasures.FinancialAssistance, 0.5m));

        var split = KeySplitter.Split(Kronor(1_000_000), key, [Unit("U1", 1), Unit("U2", 3)]).ValueOrThrow();

        Assert.Equal([Kronor(250_000), Kronor(750_000)], split.Shares.Select(s => s.Amount));
    }

    [Fact]
    public void Invalid_contribution_input_reports_every_problem()
    {
        var outcome = ContributionCalculator.Compute(new ContributionInput
        {
            AssociationCode = "SF1",
            AssociationName = "Test",
            StateAllocation = new Sek(100_050),
            Members = [Municipality("K1", 1), Municipality("K1", 2)],
            MunicipalityKey = SplitKey.ByPopulation,
        });

        Assert.Equal(
            [AllocationErrorCodes.ContributionAmountInvalid, AllocationErrorCodes.ContributionDuplicateMember, AllocationErrorCodes.ContributionNoRegion],
            outcome.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Missing_key_values_and_bad_mixes_fail_with_the_member_named()
    {
        var noPopulation = new ContributionMember("K2", "Kommun Utan", MemberRole.Municipality);
        var missing = ContributionCalculator.Compute(new ContributionInput
        {
            AssociationCode = "SF1",
            AssociationName = "Test",
            StateAllocation = Kronor(100),
            Members = [Municipality("K1", 1), noPopulation, Region("R1", 1)],
            MunicipalityKey = SplitKey.ByPopulation,
        });
        var error = Assert.Single(missing.Errors);
        Assert.Equal(AllocationErrorCodes.SplitValueMissing, error.Code);
        Assert.Contains("Kommun Utan (K2)", error.Message, StringComparison.Ordinal);

        var badMix = KeySplitter.Split(Kronor(100), SplitKey.WeightedMixOf(new(SplitMeasures.Population, 0.5m), new(SplitMeasures.SupportMeasure, 0.4m)), [new SplitParty("U", "U")]);
        Assert.Equal(AllocationErrorCodes.SplitKeyInvalid, Assert.Single(badMix.Errors).Code);

        var allZero = KeySplitter.Split(Kronor(100), SplitKey.ByPopulation, [new SplitParty("U", "U") { Measures = new Dictionary<string, decimal> { [SplitMeasures.Population] = 0m } }]);
        Assert.Equal(AllocationErrorCodes.SplitKeyAllZero, Assert.Single(allZero.Errors).Code);
    }
}
