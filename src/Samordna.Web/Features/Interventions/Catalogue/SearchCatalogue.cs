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
        var page = Math.Max(1, query.Page);
        var rows = await PageAsync(found, page, ct);
        int total;
        if (rows.Count is > 0 and < PageSize)
        {
            // The last page, so the count is known without asking the database for it.
            total = ((page - 1) * PageSize) + rows.Count;
        }
        else
        {
            total = await found.CountAsync(ct);
            var last = Math.Max(1, (total + PageSize - 1) / PageSize);
            if (page > last)
            {
                page = last;
                rows = await PageAsync(found, page, ct);
            }
        }

        return new CataloguePage(await DescribeAsync(rows, ct), total, page, PageSize);
    }

    /// <summary>One published intervention, or null when it is not (or no longer) in the catalogue.</summary>
    public async Task<CatalogueEntry?> GetAsync(Guid id, CancellationToken ct)
    {
        var rows = await Rows(Published(db).Where(i => i.Id == id)).ToListAsync(ct);
        return rows.Count == 0 ? null : (await DescribeAsync(rows, ct))[0];
    }

    /// <summary>Every published intervention, described (the open-data feed).</summary>
    public async Task<IReadOnlyList<CatalogueEntry>> AllAsync(CancellationToken ct)
    {
        var rows = await Rows(Published(db)).OrderBy(r => r.AssociationId).ThenBy(r => r.Name).ToListAsync(ct);
        return await DescribeAsync(rows, ct);
    }

    private Task<List<EntryRow>> PageAsync(IQueryable<Intervention> found, int page, CancellationToken ct) =>
        Rows(found).OrderBy(r => r.Name).ThenBy(r => r.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);

    /// <summary>The columns the catalogue shows, with the association's and the owner's names, in one query.</summary>
    private IQueryable<EntryRow> Rows(IQueryable<Intervention> found) =>
        from i in found
        join a in db.Set<Association>() on i.AssociationId equals a.Id
        join o in db.Set<Organisation>() on i.OwnerOrganisationId equals o.Id
        select new EntryRow
        {
            Id = i.Id, AssociationId = i.AssociationId, AssociationName = a.Name, Name = i.Name, Description = i.Description,
            Orientation = i.Orientation, PreciseOrientation = i.PreciseOrientation, AgeFrom = i.AgeFrom, AgeTo = i.AgeTo,
            AccessRoute = i.AccessRoute, Owner = o.Name, StartDate = i.StartDate, EndDate = i.EndDate, Contact = i.PublicContact,
        };

    /// <summary>
    /// The published interventions matching <paramref name="query"/>. Every filter (municipality, target group,
    /// orientation) and the free text become tokens of one full-text lookup (<see cref="CatalogueIndex.Facet"/>), so
    /// the index finds the few matching rows instead of the database testing every published one.
    /// </summary>
    public static IQueryable<Intervention> Filter(AppDbContext db, CatalogueQuery query)
    {
        var found = Published(db);
        var tokens = SwedishSearchText.Words(query.Text).Distinct(StringComparer.Ordinal).Take(10).ToList();
        if (!string.IsNullOrWhiteSpace(query.Municipality))
        {
            tokens.Add(CatalogueIndex.Facet(FacetKind.Municipality, query.Municipality.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(query.TargetGroup))
        {
            tokens.Add(CatalogueIndex.Facet(FacetKind.TargetGroup, query.TargetGroup.Trim()));
        }

        if (query.Orientation is { } orientation)
        {
            tokens.Add(CatalogueIndex.Facet(FacetKind.Orientation, orientation.ToString()));
        }

        if (tokens.Count > 0)
        {
            var matching = FullTextMatches(db, tokens);
            found = found.Where(i => matching.Contains(i.Id));
        }

        return found;
    }

    /// <summary>The ids of interventions whose indexed words include every one of <paramref name="tokens"/>.</summary>
    private static IQueryable<Guid> FullTextMatches(AppDbContext db, IReadOnlyList<string> tokens)
    {
        // The tokens are letters and digits only (SwedishSearchText, CatalogueIndex.Facet), and are passed as a
        // parameter all the same.
        if (db.Database.IsNpgsql())
        {
            var terms = string.Join(' ', tokens);
            return db.Database.SqlQuery<Guid>(
                $"""SELECT "Id" AS "Value" FROM interventions_intervention WHERE search_vector @@ plainto_tsquery('simple', {terms})""");
        }

        // rowid IN (…) lets SQLite take the matching rows straight from the FTS5 table by their row numbers.
        var match = string.Join(' ', tokens.Select(s => $"\"{s}\""));
        return db.Database.SqlQuery<Guid>(
            $"""SELECT i."Id" AS "Value" FROM interventions_intervention i WHERE i.rowid IN (SELECT rowid FROM interventions_search WHERE interventions_search MATCH {match})""");
    }

    private async Task<IReadOnlyList<CatalogueEntry>> DescribeAsync(IReadOnlyList<EntryRow> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var o = options.Value;
        var groups = (await db.Set<InterventionTargetGroup>().AsNoTracking().Where(t => ids.Contains(t.InterventionId)).Select(t => new { t.InterventionId, t.Code }).ToListAsync(ct))
            .ToLookup(t => t.InterventionId, t => o.TargetGroupName(t.Code));
        var places = await (from m in db.Set<InterventionMunicipality>().AsNoTracking()
                            join k in db.Set<Municipality>().AsNoTracking() on m.MunicipalityCode equals k.Code
                            where ids.Contains(m.InterventionId)
                            select new { m.InterventionId, k.Name }).ToListAsync(ct);
        var placesOf = places.ToLookup(p => p.InterventionId, p => p.Name);
        var swedish = StringComparer.Create(Domain.SwedishCulture.Instance, false);
        return rows.Select(i => new CatalogueEntry(
            i.Id, i.AssociationId, i.AssociationName, i.Name, i.Description,
            i.Orientation, InterventionNames.Of(i.Orientation), o.OrientationName(i.Orientation, i.PreciseOrientation),
            groups[i.Id].Order(swedish).ToList(), placesOf[i.Id].Order(swedish).ToList(),
            i.AgeFrom, i.AgeTo, i.AccessRoute, i.Owner, i.StartDate, i.EndDate, i.Contact)).ToList();
    }

    /// <summary>What one catalogue entry is made of, as read in one query.</summary>
    private sealed class EntryRow
    {
        public Guid Id { get; init; }

        public Guid AssociationId { get; init; }

        public string AssociationName { get; init; } = "";

        public string Name { get; init; } = "";

        public string Description { get; init; } = "";

        public Orientation Orientation { get; init; }

        public string PreciseOrientation { get; init; } = "";

        public int AgeFrom { get; init; }

        public int AgeTo { get; init; }

        public AccessRoute AccessRoute { get; init; }

        public string Owner { get; init; } = "";

        public DateOnly StartDate { get; init; }

        public DateOnly EndDate { get; init; }

        public string Contact { get; init; } = "";
    }
}
