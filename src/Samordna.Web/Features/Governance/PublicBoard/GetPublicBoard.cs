using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Governance.PublicBoard;

/// <summary>The board facts the association publishes to anyone: the chair's name and appointing member. Nothing else (see README, Privacy).</summary>
public sealed record PublicBoardFacts(string? ChairName, string? ChairMember);

public sealed class GetPublicBoardHandler(AppDbContext db)
{
    public async Task<PublicBoardFacts> HandleAsync(Guid associationId, DateOnly date, CancellationToken ct)
    {
        var chair = await db.Set<BoardAppointment>().AsNoTracking()
            .Where(a => a.AssociationId == associationId && a.Office == BoardOffice.Chair && a.Role == BoardRole.BoardMember
                        && a.TermStart <= date && a.TermEnd >= date)
            .OrderByDescending(a => a.TermStart)
            .Select(a => new { a.PersonName, a.OrganisationId })
            .FirstOrDefaultAsync(ct);
        if (chair is null)
        {
            return new PublicBoardFacts(null, null);
        }

        var member = await db.Set<Organisation>().AsNoTracking().Where(o => o.Id == chair.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        return new PublicBoardFacts(chair.PersonName, member);
    }
}
