using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Governance.Rules;

/// <summary>How one member's seats are filled on a date.</summary>
public sealed record MemberSeats(BoardMemberOrg Member, int Required, int BoardMembers, int Substitutes)
{
    public bool LacksBoardMember => BoardMembers == 0;

    public bool LacksSubstitute => Substitutes == 0;

    public bool IsUnequal => BoardMembers != Substitutes;

    public bool IsShortOfSeats => BoardMembers < Required;

    public bool IsOverSeats => BoardMembers > Required;
}

/// <summary>
/// Board composition, 10 § lag (2003:1210): every member appoints at least one ledamot and as many ersättare as
/// ledamöter; a member appoints only to its own seats (one municipality cannot represent another). Municipalities
/// and regions appoint the number of ledamöter the charter gives; FK and AF each appoint the configured number.
/// </summary>
public static class BoardCompositionRule
{
    public const string Source = "10 § lag (2003:1210)";

    public static int RequiredBoardMembers(OrganisationKind kind, BoardSeatRules rules) =>
        kind is OrganisationKind.SocialInsuranceAgency or OrganisationKind.EmploymentService
            ? Math.Max(1, rules.StateMemberSeats)
            : Math.Max(1, rules.CharterSeatsPerMember);

    /// <summary>The board's seats (ledamöter) on a date: the basis for quorum.</summary>
    public static int TotalSeats(IEnumerable<BoardMemberOrg> members, BoardSeatRules rules) =>
        members.Sum(m => RequiredBoardMembers(m.Kind, rules));

    /// <summary>Counts each member's ledamöter and ersättare among <paramref name="active"/> (appointments in force on the date).</summary>
    public static IReadOnlyList<MemberSeats> Count(IEnumerable<BoardMemberOrg> members, IEnumerable<SeatHolding> active, BoardSeatRules rules)
    {
        var byMember = active.ToLookup(a => a.OrganisationId);
        return members
            .Select(m => new MemberSeats(
                m,
                RequiredBoardMembers(m.Kind, rules),
                byMember[m.OrganisationId].Count(a => a.Role == BoardRole.BoardMember),
                byMember[m.OrganisationId].Count(a => a.Role == BoardRole.Substitute)))
            .ToList();
    }

    /// <summary>Appointments in force for organisations that are not members on the date.</summary>
    public static IReadOnlyList<SeatHolding> HeldForNonMembers(IEnumerable<BoardMemberOrg> members, IEnumerable<SeatHolding> active)
    {
        var ids = members.Select(m => m.OrganisationId).ToHashSet();
        return active.Where(a => !ids.Contains(a.OrganisationId)).ToList();
    }

    /// <summary>A seat belongs to the member that appoints to it. Returns a Swedish message when another body appoints.</summary>
    public static string? CheckRepresentation(Guid seatMemberId, Guid appointedById) =>
        seatMemberId == appointedById
            ? null
            : "En medlem kan bara utse ledamöter och ersättare till sina egna platser. En kommun kan inte representera en annan (" + Source + ").";
}
