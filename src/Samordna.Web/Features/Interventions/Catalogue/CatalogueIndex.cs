using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Interventions.Catalogue;

/// <summary>
/// Keeps <see cref="Intervention.SearchTerms"/> up to date: the stemmed words of everything the catalogue shows
/// about the intervention. The database indexes that column (a generated tsvector on PostgreSQL, an FTS5 table kept
/// by triggers on SQLite), so every save that changes the public text goes through here. Beside the words it holds one
/// facet token per municipality, target group and orientation (<see cref="Facet"/>), so that every filter of the
/// catalogue is answered by the same index lookup instead of a scan of all published rows (docs/adr/0013).
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
        ]) + " " + string.Join(' ', Facets(i));

    /// <summary>The facet tokens of one intervention: where it is offered, for whom, and its orientation.</summary>
    public static IEnumerable<string> Facets(Intervention i) =>
    [
        .. i.Municipalities.Select(m => Facet(FacetKind.Municipality, m.MunicipalityCode)),
        .. i.TargetGroups.Select(t => Facet(FacetKind.TargetGroup, t.Code)),
        Facet(FacetKind.Orientation, i.Orientation.ToString()),
    ];

    /// <summary>
    /// One filter value as an index token: a Swedish prefix and the code's letters and digits in lower case
    /// ("kommun0683", "malgruppekonomisktbistand", "inriktningindividual"). Both databases' tokenizers keep such a run
    /// of letters and digits as one word, and no Swedish stem begins with these prefixes and ends in a code.
    /// </summary>
    public static string Facet(FacetKind kind, string code)
    {
        var prefix = kind switch
        {
            FacetKind.Municipality => "kommun",
            FacetKind.TargetGroup => "malgrupp",
            _ => "inriktning",
        };
        return prefix + new string(code.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
    }
}

public enum FacetKind
{
    Municipality,
    TargetGroup,
    Orientation,
}
