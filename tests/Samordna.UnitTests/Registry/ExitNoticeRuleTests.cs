using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.Rules;
using static Samordna.UnitTests.Registry.Members;

namespace Samordna.UnitTests.Registry;

public sealed class ExitNoticeRuleTests
{
    [Fact]
    public void Without_a_charter_the_notice_period_is_the_law_s_three_years()
    {
        var a = ExitNoticeRule.Assess(OrganisationKind.Municipality, "Tranås kommun", D(2025, 3, 1), null, null);

        Assert.True(a.IsAllowed);
        Assert.Equal(36, a.NoticeMonths);
        Assert.Equal(D(2028, 3, 1), a.EffectiveDate);
    }

    [Fact]
    public void A_charter_may_shorten_the_notice_period()
    {
        var a = ExitNoticeRule.Assess(OrganisationKind.Municipality, "Tranås kommun", D(2025, 3, 1), null, 24);

        Assert.Equal(24, a.NoticeMonths);
        Assert.Equal(D(2027, 3, 1), a.EffectiveDate);
    }

    [Fact]
    public void A_charter_cannot_lengthen_it_beyond_three_years()
    {
        Assert.Equal(36, ExitNoticeRule.NoticeMonths(48));
        Assert.Equal(0, ExitNoticeRule.NoticeMonths(0));
    }

    [Fact]
    public void The_earliest_day_outside_is_exactly_when_the_notice_period_ends()
    {
        var notice = D(2024, 2, 29);
        Assert.Equal(D(2027, 2, 28), ExitNoticeRule.EarliestEffectiveDate(notice, null));

        Assert.True(ExitNoticeRule.Assess(OrganisationKind.Region, "Region X", notice, D(2027, 2, 28), null).IsAllowed);
        var early = ExitNoticeRule.Assess(OrganisationKind.Region, "Region X", notice, D(2027, 2, 27), null);
        Assert.False(early.IsAllowed);
        Assert.Equal("effectiveDate", early.Field);
        Assert.Contains("tidigast från 2027-02-28", early.Error, StringComparison.Ordinal);
        Assert.Contains("lagens tre år", early.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_day_than_the_earliest_is_accepted_as_given()
    {
        var a = ExitNoticeRule.Assess(OrganisationKind.Municipality, "Gnosjö kommun", D(2024, 6, 15), D(2028, 1, 1), 24);

        Assert.Equal(D(2028, 1, 1), a.EffectiveDate);
    }

    [Theory]
    [InlineData(OrganisationKind.SocialInsuranceAgency, "Försäkringskassan")]
    [InlineData(OrganisationKind.EmploymentService, "Arbetsförmedlingen")]
    public void FK_and_AF_can_never_leave(OrganisationKind kind, string name)
    {
        var a = ExitNoticeRule.Assess(kind, name, D(2025, 1, 1), null, 12);

        Assert.False(a.IsAllowed);
        Assert.Null(a.EffectiveDate);
        Assert.StartsWith($"{name} kan inte träda ut", a.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OrganisationKind.Region)]
    [InlineData(OrganisationKind.Municipality)]
    [InlineData(OrganisationKind.MunicipalDistrict)]
    public void Regions_municipalities_and_districts_may_leave(OrganisationKind kind) =>
        Assert.True(ExitNoticeRule.CanLeave(kind));
}
