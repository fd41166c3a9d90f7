using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Registry.ListAssociations;

public sealed record AssociationListItem(Guid Id, string Code, string Name, string OrganisationNumber, string Seat, DateOnly FormedOn, DateOnly? EndedOn, int MemberCount);

/// <summary>The associations the user may see: all for national roles, otherwise those they hold a role in.</summary>
public sealed class ListAssociationsHandler(AppDbContext db, AccessControl access)
{
    public async Task<IReadOnlyList<AssociationListItem>> HandleAsync(DateOnly asOf, CancellationToken ct)
    {
        var allowed = await access.AssociationsWhereAllowedAsync(RegistryPermissions.View, ct);
        var query = db.Set<Association>().AsNoTracking();
        if (allowed is not null)
        {
            query = query.Where(a => allowed.Contains(a.Id));
        }

        var rows = await query
            .Select(a => new
            {
                a.Id, a.Code, a.Name, a.OrganisationNumber, a.SeatMunicipalityCode, a.FormedOn, a.EndedOn,
                MemberCount = a.Memberships.AsQueryable().Count(MembershipPeriods.ActiveOn(asOf)),
            })
            .ToListAsync(ct);
        var seats = await db.Set<Municipality>().AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Name, ct);
        return rows
            .Select(r => new AssociationListItem(r.Id, r.Code, r.Name, OrganisationNumber.Parse(r.OrganisationNumber).ToString(),
                seats.GetValueOrDefault(r.SeatMunicipalityCode, r.SeatMunicipalityCode), r.FormedOn, r.EndedOn, r.MemberCount))
            .OrderBy(r => r.Name, StringComparer.Create(SwedishCulture.Instance, false))
            .ToList();
    }
}
