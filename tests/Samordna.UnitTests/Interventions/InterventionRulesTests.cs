using Samordna.Web.Features.Interventions;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Interventions.Rules;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.UnitTests.Interventions;

public sealed class InterventionRulesTests
{
    private static readonly InterventionsOptions Options = Defaults();

    private static readonly Guid Fk = Guid.NewGuid();
    private static readonly Guid Varnamo = Guid.NewGuid();
    private static readonly Guid Gislaved = Guid.NewGuid();
    private static readonly Guid Region = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    private static InterventionsOptions Defaults()
    {
        var o = new InterventionsOptions();
        o.ApplyDefaults();
        return o;
    }

    private static InterventionFacts Facts(params (Guid, OrganisationKind)[] parties) =>
        new(InterventionState.Submitted, parties, parties.Length > 0 ? parties[0].Item1 : Other, 18, 64, null, []);

    private static RuleCheck Rule(InterventionFacts facts, string code) => InterventionRules.Check(facts, Options).Single(c => c.Code == code);

    [Fact]
    public void Two_municipalities_alone_are_one_party_and_fail()
    {
        var check = Rule(Facts((Varnamo, OrganisationKind.Municipality), (Gislaved, OrganisationKind.Municipality)), InterventionRules.TwoParties);
        Assert.False(check.Passed);
        Assert.False(check.IsWarning);
        Assert.Contains("Bara en part deltar (kommun)", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_regions_alone_fail_and_a_municipal_district_counts_with_the_municipalities()
    {
        Assert.False(Rule(Facts((Region, OrganisationKind.Region), (Other, OrganisationKind.Region)), InterventionRules.TwoParties).Passed);
        Assert.False(Rule(Facts((Varnamo, OrganisationKind.Municipality), (Other, OrganisationKind.MunicipalDistrict)), InterventionRules.TwoParties).Passed);
    }

    [Theory]
    [InlineData(OrganisationKind.SocialInsuranceAgency)]
    [InlineData(OrganisationKind.EmploymentService)]
    [InlineData(OrganisationKind.Region)]
    public void A_municipality_with_any_other_party_passes(OrganisationKind other)
    {
        Assert.True(Rule(Facts((Varnamo, OrganisationKind.Municipality), (Fk, other)), InterventionRules.TwoParties).Passed);
    }

    [Fact]
    public void The_owner_must_be_one_of_the_parties()
    {
        var facts = Facts((Varnamo, OrganisationKind.Municipality), (Fk, OrganisationKind.SocialInsuranceAgency)) with { OwnerOrganisationId = Region };
        Assert.False(Rule(facts, InterventionRules.OwnerIsParty).Passed);
        Assert.True(Rule(facts with { OwnerOrganisationId = Fk }, InterventionRules.OwnerIsParty).Passed);
    }

    [Theory]
    [InlineData(16, 64, true)]
    [InlineData(18, 29, true)]
    [InlineData(15, 29, false)]
    [InlineData(20, 65, false)]
    public void The_target_group_lies_within_the_configured_working_age(int from, int to, bool passes)
    {
        var facts = Facts((Varnamo, OrganisationKind.Municipality), (Fk, OrganisationKind.SocialInsuranceAgency)) with { AgeFrom = from, AgeTo = to };
        Assert.Equal(passes, Rule(facts, InterventionRules.WorkingAge).Passed);
    }

    [Fact]
    public void The_age_band_is_configuration()
    {
        var options = Defaults();
        options.WorkingAgeTo = 65;
        var facts = Facts((Varnamo, OrganisationKind.Municipality), (Fk, OrganisationKind.SocialInsuranceAgency)) with { AgeFrom = 20, AgeTo = 65 };
        Assert.True(InterventionRules.Check(facts, options).Single(c => c.Code == InterventionRules.WorkingAge).Passed);
    }

    [Fact]
    public void A_running_intervention_without_a_signed_agreement_breaks_the_rule()
    {
        var facts = Facts((Varnamo, OrganisationKind.Municipality), (Fk, OrganisationKind.SocialInsuranceAgency)) with { State = InterventionState.Active };
        Assert.False(Rule(facts, InterventionRules.AgreementBeforeActive).Passed);
        Assert.True(Rule(facts with { AgreementSignedOn = new DateOnly(2025, 1, 10) }, InterventionRules.AgreementBeforeActive).Passed);
    }

    [Fact]
    public void Funding_beyond_the_configured_years_in_a_row_is_a_warning_of_ordinary_running_work()
    {
        var facts = Facts((Varnamo, OrganisationKind.Municipality), (Fk, OrganisationKind.SocialInsuranceAgency));
        Assert.True(Rule(facts with { FundedYears = [2022, 2023, 2024] }, InterventionRules.NotRunningWork).Passed);
        var four = Rule(facts with { FundedYears = [2021, 2022, 2023, 2024] }, InterventionRules.NotRunningWork);
        Assert.False(four.Passed);
        Assert.True(four.IsWarning);
        Assert.True(Rule(facts with { FundedYears = [2019, 2020, 2022, 2023] }, InterventionRules.NotRunningWork).Passed);
        Assert.Empty(InterventionRules.Blocking([four]));
    }

    [Theory]
    [InlineData(new int[0], 0)]
    [InlineData(new[] { 2025 }, 1)]
    [InlineData(new[] { 2027, 2025, 2026, 2026 }, 3)]
    [InlineData(new[] { 2020, 2021, 2023, 2024, 2025 }, 3)]
    public void The_longest_run_of_years_counts_consecutive_calendar_years(int[] years, int expected)
    {
        Assert.Equal(expected, InterventionRules.LongestRun(years));
    }
}
