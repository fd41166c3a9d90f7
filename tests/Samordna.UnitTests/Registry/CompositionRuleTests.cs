using Samordna.Web.Features.Registry.Rules;
using static Samordna.UnitTests.Registry.Members;

namespace Samordna.UnitTests.Registry;

public sealed class CompositionRuleTests
{
    [Fact]
    public void FK_AF_a_region_and_a_municipality_are_enough()
    {
        Assert.Empty(CompositionRule.MissingOn([Fk(), Af(), Region("R06"), Municipality("0683")], Formed));
    }

    [Fact]
    public void Gotland_alone_fills_both_the_municipality_and_the_region_part()
    {
        Assert.Empty(CompositionRule.MissingOn([Fk(), Af(), Gotland()], Formed));
    }

    [Fact]
    public void An_ordinary_municipality_alone_does_not_fill_the_region_part()
    {
        Assert.Equal([CompositionPart.Region], CompositionRule.MissingOn([Fk(), Af(), Municipality("0683")], Formed));
    }

    [Fact]
    public void A_region_alone_does_not_fill_the_municipality_part()
    {
        Assert.Equal([CompositionPart.Municipality], CompositionRule.MissingOn([Fk(), Af(), Region("R06")], Formed));
    }

    [Fact]
    public void A_municipal_district_fills_the_municipality_part()
    {
        Assert.Empty(CompositionRule.MissingOn([Fk(), Af(), Region("R14"), District("1480-HIS")], Formed));
    }

    [Fact]
    public void Without_FK_and_AF_both_are_named_as_missing_with_the_law_section()
    {
        var gap = CompositionRule.FirstGap([Region("R06"), Municipality("0683")], Formed, null);

        Assert.NotNull(gap);
        Assert.Equal([CompositionPart.SocialInsuranceAgency, CompositionPart.EmploymentService], gap.Missing);
        var message = gap.Describe(hypothetical: true);
        Assert.StartsWith("Den 2015-01-01 skulle förbundet sakna Försäkringskassan och Arbetsförmedlingen.", message, StringComparison.Ordinal);
        Assert.Contains("3 § lag (2003:1210)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_association_may_cross_county_lines_and_have_several_regions()
    {
        // Municipalities from Jönköping (06) and Västra Götaland (14) counties, with both regions.
        Assert.Empty(CompositionRule.MissingOn([Fk(), Af(), Region("R06"), Region("R14"), Municipality("0662"), Municipality("1485")], Formed));
        // …or with only one of the regions: the law does not tie each municipality to its own county's region.
        Assert.Empty(CompositionRule.MissingOn([Fk(), Af(), Region("R14"), Municipality("0662"), Municipality("1485")], Formed));
    }

    [Fact]
    public void A_region_that_is_a_member_of_several_associations_satisfies_each()
    {
        var region = Region("R06");
        IReadOnlyList<MemberPeriod> finnveden = [Fk(), Af(), region, Municipality("0662"), Municipality("0617")];
        IReadOnlyList<MemberPeriod> hoglandet = [Fk(), Af(), region, Municipality("0604")];

        Assert.Empty(CompositionRule.MissingOn(finnveden, Formed));
        Assert.Empty(CompositionRule.MissingOn(hoglandet, Formed));
    }

    [Fact]
    public void An_exit_that_leaves_no_municipality_is_a_gap_from_the_first_day_outside()
    {
        // The only municipality's last day is 2026-12-31: from 2027-01-01 the association lacks the municipality part.
        IReadOnlyList<MemberPeriod> members = [Fk(), Af(), Region("R06"), Municipality("0683", to: D(2026, 12, 31))];

        var gap = CompositionRule.FirstGapAfterChange(members, Formed, null, null, D(2027, 1, 1));

        Assert.NotNull(gap);
        Assert.Equal(D(2027, 1, 1), gap.Date);
        Assert.Equal([CompositionPart.Municipality], gap.Missing);
        Assert.Empty(CompositionRule.MissingOn(members, D(2026, 12, 31)));
    }

    [Fact]
    public void An_exit_is_fine_when_another_municipality_joins_the_same_day()
    {
        IReadOnlyList<MemberPeriod> members =
            [Fk(), Af(), Region("R06"), Municipality("0683", to: D(2026, 12, 31)), Municipality("0662", from: D(2027, 1, 1))];

        Assert.Null(CompositionRule.FirstGapAfterChange(members, Formed, null, null, Formed));
    }

    [Fact]
    public void A_gap_of_a_single_day_between_two_memberships_is_found()
    {
        // Region R06 leaves on 2020-06-30 and R14 only joins on 2020-07-02: 2020-07-01 has no region.
        IReadOnlyList<MemberPeriod> members =
            [Fk(), Af(), Municipality("0683"), Region("R06", to: D(2020, 6, 30)), Region("R14", from: D(2020, 7, 2))];

        var gaps = CompositionRule.Gaps(members, Formed, null);

        var gap = Assert.Single(gaps);
        Assert.Equal(D(2020, 7, 1), gap.Date);
    }

    [Fact]
    public void Days_in_liquidation_and_after_the_end_are_not_checked()
    {
        IReadOnlyList<MemberPeriod> members = [Fk(), Af(), Region("R06"), Municipality("0683", to: D(2026, 12, 31))];

        Assert.Null(CompositionRule.FirstGapAfterChange(members, Formed, null, liquidationFrom: D(2027, 1, 1), D(2027, 1, 1)));
        Assert.Null(CompositionRule.FirstGapAfterChange(members, Formed, endedOn: D(2026, 12, 31), null, D(2027, 1, 1)));
        Assert.NotNull(CompositionRule.FirstGapAfterChange(members, Formed, null, liquidationFrom: D(2027, 1, 2), D(2027, 1, 1)));
    }

    [Fact]
    public void Days_before_formation_are_not_checked()
    {
        IReadOnlyList<MemberPeriod> members = [Fk(), Af(), Region("R06"), Municipality("0683")];

        Assert.Null(CompositionRule.FirstGapAfterChange(members, Formed, null, null, D(2010, 1, 1)));
    }
}
