using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.Rules;

namespace Samordna.Web.Features.Registry.AssociationOverview;

public sealed record AssociationDetails(
    Guid Id,
    string Code,
    string Name,
    string OrganisationNumber,
    string SeatMunicipalityCode,
    string Seat,
    DateOnly FormedOn,
    DateOnly? EndedOn,
    DateOnly? LiquidationFrom,
    long Version,
    DateOnly AsOf,
    IReadOnlyList<MemberItem> Members,
    AssociationContact Contact);

public sealed record MemberItem(
    Guid MembershipId,
    Guid OrganisationId,
    string OrganisationCode,
    string Name,
    OrganisationKind Kind,
    string KindName,
    DateOnly ValidFrom,
    DateOnly? ValidTo);

/// <summary>An association with its members on a given date. The context's scope filter confines it to the request's association.</summary>
public sealed class GetAssociationHandler(AppDbContext db)
{
    public async Task<AssociationDetails?> HandleAsync(Guid associationId, DateOnly asOf, CancellationToken ct)
    {
        var a = await db.Set<Association>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == associationId, ct);
        if (a is null)
        {
            return null;
        }

        var seat = await db.Set<Municipality>().AsNoTracking().Where(m => m.Code == a.SeatMunicipalityCode).Select(m => m.Name).FirstOrDefaultAsync(ct);
        var members = await MembersAsync(associationId, asOf, ct);
        return new AssociationDetails(a.Id, a.Code, a.Name, OrganisationNumber.Parse(a.OrganisationNumber).ToString(), a.SeatMunicipalityCode,
            seat ?? a.SeatMunicipalityCode, a.FormedOn, a.EndedOn, a.LiquidationFrom, a.Version, asOf, members,
            new AssociationContact(a.PublicEmail, a.Phone, a.PostalAddress, a.Website));
    }

    public async Task<IReadOnlyList<MemberItem>> MembersAsync(Guid associationId, DateOnly asOf, CancellationToken ct)
    {
        var rows = await db.Set<Membership>().AsNoTracking()
            .Where(m => m.AssociationId == associationId).ActiveOn(asOf)
            .Select(m => new { m.Id, m.OrganisationId, m.Organisation!.Code, m.Organisation.Name, m.Organisation.Kind, m.ValidFrom, m.ValidTo })
            .ToListAsync(ct);
        return rows
            .Select(r => new MemberItem(r.Id, r.OrganisationId, r.Code, r.Name, r.Kind, Organisation.SwedishKind(r.Kind), r.ValidFrom, r.ValidTo))
            .OrderBy(r => r.Kind)
            .ThenBy(r => r.Name, StringComparer.Create(SwedishCulture.Instance, false))
            .ToList();
    }
}
