using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Infrastructure.Caching;

namespace Samordna.Web.Features.Registry.NationalOverview;

/// <summary>
/// The national overview of the register on a date. Public information: names, members and counts only. Computing
/// it walks every year since 2004, so the result is kept per date until the register changes (<see cref="PublicDataCache"/>).
/// </summary>
public sealed class GetNationalOverviewHandler(AppDbContext db, PublicDataCache cache)
{
    public Task<NationalOverviewResult> HandleAsync(DateOnly asOf, CancellationToken ct) =>
        cache.GetOrCreateAsync(db, $"national-overview:{Domain.SwedishCulture.Date(asOf)}", token => ComputeAsync(asOf, token), ct);

    private async Task<NationalOverviewResult> ComputeAsync(DateOnly asOf, CancellationToken ct)
    {
        var r = await OverviewRegister.LoadAsync(db, ct);
        return OverviewCalculator.Compute(r.Associations, r.Memberships, r.Municipalities, r.Counties, asOf);
    }
}

/// <summary>What the public overview and the municipality search read from the register: public facts only.</summary>
public sealed record OverviewRegister(
    IReadOnlyCollection<OverviewAssociation> Associations,
    IReadOnlyCollection<OverviewMembership> Memberships,
    IReadOnlyCollection<OverviewMunicipality> Municipalities,
    IReadOnlyCollection<OverviewCounty> Counties)
{
    public static async Task<OverviewRegister> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var associations = await db.Set<Association>().AsNoTracking()
            .Select(a => new OverviewAssociation(a.Id, a.Code, a.Name, a.FormedOn, a.EndedOn))
            .ToListAsync(ct);
        var memberships = await db.Set<Membership>().AsNoTracking()
            .Where(m => (m.Organisation!.Kind == OrganisationKind.Municipality || m.Organisation.Kind == OrganisationKind.MunicipalDistrict)
                && m.Organisation.MunicipalityCode != null)
            .Select(m => new OverviewMembership(m.AssociationId, m.Organisation!.MunicipalityCode!, m.ValidFrom, m.ValidTo))
            .ToListAsync(ct);
        var municipalities = await db.Set<Municipality>().AsNoTracking().Select(m => new OverviewMunicipality(m.Code, m.Name, m.CountyCode)).ToListAsync(ct);
        var counties = await db.Set<County>().AsNoTracking().Select(c => new OverviewCounty(c.Code, c.Name)).ToListAsync(ct);
        return new OverviewRegister(associations, memberships, municipalities, counties);
    }
}
