using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Rules;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.UnitTests.Governance;

/// <summary>Small builders for board snapshots: members, appointments in the 2023–2027 period, auditors.</summary>
internal static class BoardBuilders
{
    public static readonly DateOnly PeriodStart = new(2023, 4, 1);
    public static readonly DateOnly PeriodEnd = new(2027, 3, 31);
    public static readonly DateOnly Today = new(2025, 6, 1);

    public static BoardMemberOrg Fk { get; } = new(Guid.NewGuid(), "Försäkringskassan", OrganisationKind.SocialInsuranceAgency);

    public static BoardMemberOrg Af { get; } = new(Guid.NewGuid(), "Arbetsförmedlingen", OrganisationKind.EmploymentService);

    public static BoardMemberOrg Region(string name = "Region Jönköpings län") => new(Guid.NewGuid(), name, OrganisationKind.Region);

    public static BoardMemberOrg Municipality(string name) => new(Guid.NewGuid(), name, OrganisationKind.Municipality);

    public static SeatHolding BoardMember(BoardMemberOrg member, BoardOffice office = BoardOffice.None, DateOnly? start = null, DateOnly? end = null, string? name = null) =>
        new(Guid.NewGuid(), member.OrganisationId, name ?? "Ledamot för " + member.Name, BoardRole.BoardMember, null, office, start ?? PeriodStart, end ?? PeriodEnd);

    public static SeatHolding Substitute(BoardMemberOrg member, int order = 1, DateOnly? start = null, DateOnly? end = null, string? name = null) =>
        new(Guid.NewGuid(), member.OrganisationId, name ?? $"Ersättare {order} för " + member.Name, BoardRole.Substitute, order, BoardOffice.None, start ?? PeriodStart, end ?? PeriodEnd);

    /// <summary>One ledamot and one ersättare for each member, the first region's ledamot chair and the first municipality's vice chair.</summary>
    public static List<SeatHolding> FullBoard(IReadOnlyList<BoardMemberOrg> members)
    {
        var holdings = new List<SeatHolding>();
        var chair = members.First(m => m.Kind == OrganisationKind.Region);
        var vice = members.First(m => m.Kind == OrganisationKind.Municipality);
        foreach (var m in members)
        {
            var office = m == chair ? BoardOffice.Chair : m == vice ? BoardOffice.ViceChair : BoardOffice.None;
            holdings.Add(BoardMember(m, office));
            holdings.Add(Substitute(m));
        }

        return holdings;
    }

    public static List<AuditorHolding> FullAudit(IReadOnlyList<BoardMemberOrg> members) =>
        members.Where(m => !m.IsStateMember)
            .Select(m => new AuditorHolding(Guid.NewGuid(), "Revisor för " + m.Name, AuditorKind.MemberAuditor, m.OrganisationId, new DateOnly(2023, 1, 1), null))
            .Append(new AuditorHolding(Guid.NewGuid(), "Statens revisor", AuditorKind.StateAuditor, Fk.OrganisationId, new DateOnly(2023, 1, 1), null))
            .ToList();

    public static BoardSnapshot Snapshot(
        IReadOnlyList<BoardMemberOrg> members,
        IReadOnlyList<SeatHolding> appointments,
        IReadOnlyList<AuditorHolding>? auditors = null,
        DateOnly? date = null,
        int seatsPerMember = 1,
        IEnumerable<BoardMemberOrg>? formerMembers = null) =>
        new(
            date ?? Today,
            members,
            new BoardSeatRules(seatsPerMember, 1),
            appointments,
            auditors ?? FullAudit(members),
            members.Concat(formerMembers ?? []).ToDictionary(m => m.OrganisationId, m => m.Name));

    /// <summary>FK, AF, one region and the given municipalities.</summary>
    public static List<BoardMemberOrg> Members(params string[] municipalities) =>
        [Fk, Af, Region(), .. municipalities.Select(Municipality)];
}
