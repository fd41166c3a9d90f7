using Microsoft.Extensions.Options;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Interventions.Catalogue;

/// <summary>What a visitor asks the catalogue: all filters optional.</summary>
public sealed record CatalogueQuery(string? Municipality, string? TargetGroup, Orientation? Orientation, string? Text, int Page = 1);

/// <summary>One published intervention as the public sees it: what it offers, for whom, how to get in, who runs it.</summary>
public sealed record CatalogueEntry(
    Guid Id,
    Guid AssociationId,
    string AssociationName,
    string Name,
    string Description,
    Orientation Orientation,
    string OrientationName,
    string PreciseOrientation,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<string> Municipalities,
    int AgeFrom,
    int AgeTo,
    AccessRoute AccessRoute,
    string Owner,
    DateOnly StartDate,
    DateOnly EndDate,
    string Contact);

public sealed record CataloguePage(IReadOnlyList<CatalogueEntry> Entries, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// Searches every association's published, active interventions. The free text goes through the database's own
/// full-text index (PostgreSQL text search, SQLite FTS5), fed with the same Swedish stems on both (docs/adr/0013).
/// </summary>
public sealed class SearchCatalogueHandler(AppDbContext db, IOptions<InterventionsOptions> options)
{
    public const int PageSize = 25;

    /// <summary>Published and running: the only interventions the public sees.</summary>
    public static IQueryable<Intervention> Published(AppDbContext db) =>
        db.Set<Intervention>().AsNoTracking().Where(i => i.Published && i.State == InterventionState.Active);

    public async Task<CataloguePage> HandleAsync(CatalogueQuery query, CancellationToken ct)
    {
        var found = Filter(db, query);
        var total = await found.CountAsync(ct);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await found.OrderBy(i => i.Name).ThenBy(i => i.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new CataloguePage(await DescribeAsync(rows, ct), total, page, PageSize);
    }

    /// <summary>One published intervention, or null when it is not (or no longer) in the catalogue.</summary>
    public async Task<CatalogueEntry?> GetAsync(Guid id, CancellationToken ct)
    {
        var row = await Published(db).FirstOrDefaultAsync(i => i.Id == id, ct);
        return row is null ? null : (await DescribeAsync([row], ct))[0];
    }

    /// <summary>Every published intervention, described (the open-data feed).</summary>
    public async Task<IReadOnlyList<CatalogueEntry>> AllAsync(CancellationToken ct)
    {
        var rows = await Published(db).OrderBy(i => i.AssociationId).ThenBy(i => i.Name).ToListAsync(ct);
        return await DescribeAsync(rows, ct);
    }

    public static IQueryable<Intervention> Filter(AppDbContext db, CatalogueQuery query)
    {
        var found = Published(db);
        if (!string.IsNullOrWhiteSpace(query.Municipality))
        {
            var code = query.Municipality.Trim();
            found = found.Where(i => db.Set<InterventionMunicipality>().Any(m => m.InterventionId == i.Id && m.MunicipalityCode == code));
        }

        if (!string.IsNullOrWhiteSpace(query.TargetGroup))
        {
            var code = query.TargetGroup.Trim();
            found = found.Where(i => db.Set<InterventionTargetGroup>().Any(t => t.InterventionId == i.Id && t.Code == code));
        }

        if (query.Orientation is { } orientation)
        {
            found = found.Where(i => i.Orientation == orientation);
        }

        var words = SwedishSearchText.Words(query.Text).Distinct(StringComparer.Ordinal).Take(10).ToList();
        if (words.Count > 0)
        {
            var matching = FullTextMatches(db, words);
            found = found.Where(i => matching.Contains(i.Id));
        }

        return found;
    }

    /// <summary>The ids of interventions whose indexed words include every one of <paramref name="stems"/>.</summary>
    private static IQueryable<Guid> FullTextMatches(AppDbContext db, IReadOnlyList<string> stems)
    {
        // The stems are letters and digits only (SwedishSearchText), and they are passed as a parameter all the same.
        if (db.Database.IsNpgsql())
        {
            var terms = string.Join(' ', stems);
            return db.Database.SqlQuery<Guid>(
                $"""SELECT "Id" AS "Value" FROM interventions_intervention WHERE search_vector @@ plainto_tsquery('simple', {terms})""");
        }

        var match = string.Join(' ', stems.Select(s => $"\"{s}\""));
        return db.Database.SqlQuery<Guid>(
            $"""SELECT i."Id" AS "Value" FROM interventions_search s JOIN interventions_intervention i ON i.rowid = s.rowid WHERE interventions_search MATCH {match}""");
    }

    private async Task<IReadOnlyList<CatalogueEntry>> DescribeAsync(IReadOnlyList<Intervention> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var o = options.Value;
        var groups = (await db.Set<InterventionTargetGroup>().AsNoTracking().Where(t => ids.Contains(t.InterventionId)).ToListAsync(ct))
            .ToLookup(t => t.InterventionId, t => o.TargetGroupName(t.Code));
        var places = await (from m in db.Set<InterventionMunicipality>().AsNoTracking()
                            join k in db.Set<Municipality>().AsNoTracking() on m.MunicipalityCode equals k.Code
                            where ids.Contains(m.InterventionId)
                            select new { m.InterventionId, k.Name }).ToListAsync(ct);
        var placesOf = places.ToLookup(p => p.InterventionId, p => p.Name);
        var associationIds = rows.Select(r => r.AssociationId).Distinct().ToList();
        var associations = await db.Set<Association>().AsNoTracking().Where(a => associationIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var ownerIds = rows.Select(r => r.OwnerOrganisationId).Distinct().ToList();
        var owners = await db.Set<Organisation>().AsNoTracking().Where(x => ownerIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        return rows.Select(i => new CatalogueEntry(
            i.Id, i.AssociationId, associations.GetValueOrDefault(i.AssociationId, ""), i.Name, i.Description,
            i.Orientation, InterventionNames.Of(i.Orientation), o.OrientationName(i.Orientation, i.PreciseOrientation),
            groups[i.Id].Order(StringComparer.Create(Domain.SwedishCulture.Instance, false)).ToList(),
            placesOf[i.Id].Order(StringComparer.Create(Domain.SwedishCulture.Instance, false)).ToList(),
            i.AgeFrom, i.AgeTo, i.AccessRoute, owners.GetValueOrDefault(i.OwnerOrganisationId, ""), i.StartDate, i.EndDate, i.PublicContact)).ToList();
    }
}
