using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Governance.PublicBoard;

/// <summary>One elected seat as the public sees it: the person's name, the role (with the office, if any) and the member that appointed them.</summary>
public sealed record PublicBoardSeat(string PersonName, string Role, string Member);

/// <summary>
/// The board the association publishes to anyone on a date: the elected ledamöter and ersättare with their roles and
/// appointing members, the chair first (docs/adr/0205). Nothing else of the appointments (eligibility basis, decision,
/// term) and nothing about auditors.
/// </summary>
public sealed record PublicBoardFacts(string? ChairName, string? ChairMember, IReadOnlyList<PublicBoardSeat> Seats)
{
    public static readonly PublicBoardFacts None = new(null, null, []);
}

public sealed class GetPublicBoardHandler(AppDbContext db)
{
    public async Task<PublicBoardFacts> HandleAsync(Guid associationId, DateOnly date, CancellationToken ct)
    {
        var rows = await db.Set<BoardAppointment>().AsNoTracking()
            .Where(a => a.AssociationId == associationId && a.TermStart <= date && a.TermEnd >= date)
            .Select(a => new { a.PersonName, a.Role, a.Office, a.SubstituteOrder, a.TermStart, a.OrganisationId })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return PublicBoardFacts.None;
        }

        var ids = rows.Select(r => r.OrganisationId).Distinct().ToList();
        var members = await db.Set<Organisation>().AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name, o.Kind }).ToDictionaryAsync(o => o.Id, ct);
        var sv = StringComparer.Create(SwedishCulture.Instance, false);
        // The chair, the vice chairs, then the other ledamöter and last the ersättare, each by member (FK, AF, regions,
        // municipalities, as on the board page) and in their order of call.
        var seats = rows
            .OrderBy(r => r.Office switch { BoardOffice.Chair => 0, BoardOffice.ViceChair => 1, _ => 2 })
            .ThenBy(r => r.Role)
            .ThenBy(r => members.TryGetValue(r.OrganisationId, out var m) ? m.Kind : OrganisationKind.Municipality)
            .ThenBy(r => members.TryGetValue(r.OrganisationId, out var m) ? m.Name : string.Empty, sv)
            .ThenBy(r => r.SubstituteOrder)
            .ThenBy(r => r.PersonName, sv)
            .Select(r => new PublicBoardSeat(
                r.PersonName,
                r.Office == BoardOffice.None ? GovernanceNames.Of(r.Role) : GovernanceNames.Of(r.Office),
                members.TryGetValue(r.OrganisationId, out var m) ? m.Name : string.Empty))
            .ToList();
        var chair = rows.Where(r => r.Office == BoardOffice.Chair && r.Role == BoardRole.BoardMember).OrderByDescending(r => r.TermStart).FirstOrDefault();
        return new PublicBoardFacts(chair?.PersonName, chair is null ? null : members.GetValueOrDefault(chair.OrganisationId)?.Name, seats);
    }
}
