using Microsoft.Extensions.Options;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Interventions.Catalogue;

/// <summary>
/// Keeps <see cref="Intervention.SearchTerms"/> up to date: the stemmed words of everything the catalogue shows
/// about the intervention. The database indexes that column (a generated tsvector on PostgreSQL, an FTS5 table kept
/// by triggers on SQLite), so every save that changes the public text goes through here.
/// </summary>
public sealed class CatalogueIndex(AppDbContext db, IOptions<InterventionsOptions> options)
{
    public async Task UpdateAsync(Intervention i, CancellationToken ct)
    {
        var o = options.Value;
        var codes = i.Municipalities.Select(m => m.MunicipalityCode).ToList();
        var places = await db.Set<Municipality>().AsNoTracking().Where(m => codes.Contains(m.Code)).Select(m => m.Name).ToListAsync(ct);
        var owner = await db.Set<Organisation>().AsNoTracking().Where(x => x.Id == i.OwnerOrganisationId).Select(x => x.Name).FirstOrDefaultAsync(ct);
        i.SearchTerms = Terms(i, o, owner, places);
    }

    public static string Terms(Intervention i, InterventionsOptions o, string? owner, IEnumerable<string> places) =>
        SwedishSearchText.IndexTerms(
        [
            i.Name, i.Description, InterventionNames.Of(i.Orientation), o.OrientationName(i.Orientation, i.PreciseOrientation),
            .. i.TargetGroups.Select(t => o.TargetGroupName(t.Code)), owner, .. places,
        ]);
}
