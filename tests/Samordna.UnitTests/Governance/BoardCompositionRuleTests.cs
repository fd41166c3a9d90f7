using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Rules;
using Samordna.Web.Features.Registry.Data;
using static Samordna.UnitTests.Governance.BoardBuilders;

namespace Samordna.UnitTests.Governance;

public sealed class BoardCompositionRuleTests
{
    [Fact]
    public void Municipalities_and_regions_appoint_the_charter_s_number_and_FK_and_AF_the_configured_number()
    {
        var rules = new BoardSeatRules(CharterSeatsPerMember: 2, StateMemberSeats: 1);

        Assert.Equal(2, BoardCompositionRule.RequiredBoardMembers(OrganisationKind.Municipality, rules));
        Assert.Equal(2, BoardCompositionRule.RequiredBoardMembers(OrganisationKind.Region, rules));
        Assert.Equal(2, BoardCompositionRule.RequiredBoardMembers(OrganisationKind.MunicipalDistrict, rules));
        Assert.Equal(1, BoardCompositionRule.RequiredBoardMembers(OrganisationKind.SocialInsuranceAgency, rules));
        Assert.Equal(1, BoardCompositionRule.RequiredBoardMembers(OrganisationKind.EmploymentService, rules));
    }

    [Fact]
    public void Every_member_appoints_at_least_one_even_if_a_charter_says_zero() =>
        Assert.Equal(1, BoardCompositionRule.RequiredBoardMembers(OrganisationKind.Municipality, new BoardSeatRules(0, 0)));

    [Fact]
    public void The_board_s_seats_are_the_sum_of_every_member_s_ledamöter()
    {
        var members = Members("Gislaved", "Gnosjö", "Värnamo");

        Assert.Equal(6, BoardCompositionRule.TotalSeats(members, new BoardSeatRules(1, 1)));
        Assert.Equal(10, BoardCompositionRule.TotalSeats(members, new BoardSeatRules(2, 1)));
    }

    [Fact]
    public void Unequal_numbers_of_ledamöter_and_ersättare_are_found()
    {
        var värnamo = Municipality("Värnamo");
        var members = new List<BoardMemberOrg> { Fk, Af, Region(), värnamo };
        var active = new[] { BoardMember(värnamo), BoardMember(värnamo), Substitute(värnamo) };

        var seats = BoardCompositionRule.Count(members, active, new BoardSeatRules(2, 1)).Single(s => s.Member == värnamo);

        Assert.Equal(2, seats.BoardMembers);
        Assert.Equal(1, seats.Substitutes);
        Assert.True(seats.IsUnequal);
        Assert.False(seats.IsShortOfSeats);
    }

    [Fact]
    public void A_member_without_ersättare_is_found()
    {
        var gnosjö = Municipality("Gnosjö");
        var seats = BoardCompositionRule.Count([gnosjö], [BoardMember(gnosjö)], new BoardSeatRules(1, 1)).Single();

        Assert.True(seats.LacksSubstitute);
        Assert.False(seats.LacksBoardMember);
    }

    [Fact]
    public void One_municipality_cannot_represent_another()
    {
        var gislaved = Municipality("Gislaved");
        var gnosjö = Municipality("Gnosjö");

        var error = BoardCompositionRule.CheckRepresentation(gislaved.OrganisationId, gnosjö.OrganisationId);

        Assert.NotNull(error);
        Assert.Contains("10 § lag (2003:1210)", error, StringComparison.Ordinal);
        Assert.Null(BoardCompositionRule.CheckRepresentation(gislaved.OrganisationId, gislaved.OrganisationId));
    }

    [Fact]
    public void A_region_in_several_associations_fills_each_association_s_seats_by_that_charter()
    {
        // Region Jönköpings län sits in two associations: one charter gives two seats per member, the other one.
        var region = Region();
        var inA = new List<BoardMemberOrg> { Fk, Af, region, Municipality("Värnamo") };
        var inB = new List<BoardMemberOrg> { Fk, Af, region, Municipality("Jönköping") };
        var regionOneAndOne = new[] { BoardMember(region), Substitute(region) };

        var inTwoSeatAssociation = BoardCompositionRule.Count(inA, regionOneAndOne, new BoardSeatRules(2, 1)).Single(s => s.Member == region);
        var inOneSeatAssociation = BoardCompositionRule.Count(inB, regionOneAndOne, new BoardSeatRules(1, 1)).Single(s => s.Member == region);

        Assert.True(inTwoSeatAssociation.IsShortOfSeats);
        Assert.False(inOneSeatAssociation.IsShortOfSeats);
        Assert.False(inOneSeatAssociation.IsUnequal);
    }

    [Fact]
    public void Seats_of_an_organisation_that_is_no_longer_a_member_are_found()
    {
        var leaver = Municipality("Gnosjö");
        var members = Members("Gislaved");
        var held = BoardMember(leaver);

        Assert.Equal([held], BoardCompositionRule.HeldForNonMembers(members, [held, BoardMember(members[3])]));
    }
}
