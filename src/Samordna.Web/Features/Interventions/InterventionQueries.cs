using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.Interventions;

/// <summary>The one way to load an intervention with the rows that belong to it (parties, places, groups, years).</summary>
public static class InterventionQueries
{
    public static Task<Intervention?> LoadAsync(AppDbContext db, Guid associationId, Guid interventionId, CancellationToken ct) =>
        db.Set<Intervention>()
            .Include(i => i.Parties).Include(i => i.Municipalities).Include(i => i.TargetGroups).Include(i => i.Years)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Id == interventionId && i.AssociationId == associationId, ct);
}
