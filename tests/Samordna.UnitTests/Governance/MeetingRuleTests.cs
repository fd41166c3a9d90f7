using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Rules;
using static Samordna.UnitTests.Governance.BoardBuilders;

namespace Samordna.UnitTests.Governance;

public sealed class MeetingRuleTests
{
    [Theory]
    [InlineData(6, 3, false)]
    [InlineData(6, 4, true)]
    [InlineData(7, 3, false)]
    [InlineData(7, 4, true)]
    [InlineData(1, 1, true)]
    [InlineData(0, 0, false)]
    public void The_board_is_quorate_only_with_more_than_half_of_its_seats(int seats, int serving, bool quorate) =>
        Assert.Equal(quorate, QuorumRule.HasQuorum(seats, serving));

    [Fact]
    public void Exactly_half_of_the_seats_is_not_a_quorum()
    {
        Assert.False(QuorumRule.HasQuorum(8, 4));
        Assert.Equal(5, QuorumRule.MinimumServing(8));
        Assert.Equal(4, QuorumRule.MinimumServing(7));
    }

    [Fact]
    public void An_absent_ledamot_is_replaced_by_the_first_present_ersättare_of_the_same_member_in_called_order()
    {
        var gnosjö = Municipality("Gnosjö");
        var ledamot = BoardMember(gnosjö);
        var first = Substitute(gnosjö, 1);
        var second = Substitute(gnosjö, 2);

        var result = AttendanceRule.Resolve([ledamot, first, second], new HashSet<Guid> { second.AppointmentId, first.AppointmentId });

        Assert.Contains(new ServingAssignment(first.AppointmentId, AttendanceCapacity.ServingSubstitute, ledamot.AppointmentId), result);
        Assert.Contains(new ServingAssignment(second.AppointmentId, AttendanceCapacity.NonServingSubstitute, null), result);
        Assert.Equal(1, AttendanceRule.ServingCount(result));
    }

    [Fact]
    public void When_the_first_ersättare_is_away_the_next_in_order_serves()
    {
        var gnosjö = Municipality("Gnosjö");
        var ledamot = BoardMember(gnosjö);
        var first = Substitute(gnosjö, 1);
        var second = Substitute(gnosjö, 2);

        var result = AttendanceRule.Resolve([ledamot, first, second], new HashSet<Guid> { second.AppointmentId });

        Assert.Equal([new ServingAssignment(second.AppointmentId, AttendanceCapacity.ServingSubstitute, ledamot.AppointmentId)], result);
    }

    [Fact]
    public void An_ersättare_of_another_member_does_not_serve_for_an_absent_ledamot()
    {
        var gislaved = Municipality("Gislaved");
        var gnosjö = Municipality("Gnosjö");
        var absent = BoardMember(gnosjö);
        var otherSubstitute = Substitute(gislaved);
        var gislavedLedamot = BoardMember(gislaved);

        var result = AttendanceRule.Resolve([absent, otherSubstitute, gislavedLedamot], new HashSet<Guid> { otherSubstitute.AppointmentId, gislavedLedamot.AppointmentId });

        Assert.Contains(new ServingAssignment(otherSubstitute.AppointmentId, AttendanceCapacity.NonServingSubstitute, null), result);
        Assert.Equal(1, AttendanceRule.ServingCount(result));
    }

    [Fact]
    public void Present_ledamöter_serve_and_their_ersättare_only_attend()
    {
        var värnamo = Municipality("Värnamo");
        var ledamot = BoardMember(värnamo);
        var substitute = Substitute(värnamo);

        var result = AttendanceRule.Resolve([ledamot, substitute], new HashSet<Guid> { ledamot.AppointmentId, substitute.AppointmentId });

        Assert.Contains(new ServingAssignment(ledamot.AppointmentId, AttendanceCapacity.BoardMember, null), result);
        Assert.Contains(new ServingAssignment(substitute.AppointmentId, AttendanceCapacity.NonServingSubstitute, null), result);
    }
}
