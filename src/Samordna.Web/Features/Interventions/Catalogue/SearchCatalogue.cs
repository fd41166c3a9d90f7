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
        var tokens = Tokens(query);
        var page = Math.Max(1, query.Page);
        var (entries, total) = await ReadPageAsync(tokens, page, ct);
        var last = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (page > last)
        {
            // Asked past the end: the last page instead, as a visitor paging back would expect.
            page = last;
            (entries, total) = await ReadPageAsync(tokens, page, ct);
        }

        return new CataloguePage(entries, total, page, PageSize);
    }

    /// <summary>One published intervention, or null when it is not (or no longer) in the catalogue.</summary>
    public async Task<CatalogueEntry?> GetAsync(Guid id, CancellationToken ct)
    {
        var (entries, _) = await CatalogueReader.ReadAsync(db, options.Value, new CatalogueSlice([], Id: id), ct);
        return entries.Count == 0 ? null : entries[0];
    }

    /// <summary>Every published intervention, described (the open-data feed), in name order.</summary>
    public async Task<IReadOnlyList<CatalogueEntry>> AllAsync(CancellationToken ct) =>
        (await CatalogueReader.ReadAsync(db, options.Value, new CatalogueSlice([]), ct)).Entries;

    private Task<(IReadOnlyList<CatalogueEntry> Entries, int Total)> ReadPageAsync(IReadOnlyList<string> tokens, int page, CancellationToken ct) =>
        CatalogueReader.ReadAsync(db, options.Value, new CatalogueSlice(tokens, Skip: (page - 1) * PageSize, Take: PageSize), ct);

    /// <summary>
    /// What the full-text index must hold for an intervention to match <paramref name="query"/>: the stems of the
    /// free text (at most ten) and one facet token per filter (municipality, target group, orientation;
    /// <see cref="CatalogueIndex.Facet"/>), so that every combination of filters is one index lookup instead of a test
    /// of every published row.
    /// </summary>
    public static IReadOnlyList<string> Tokens(CatalogueQuery query)
    {
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

        return tokens;
    }
}
