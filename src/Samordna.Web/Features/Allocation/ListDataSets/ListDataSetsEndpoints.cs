namespace Samordna.Web.Features.Allocation.ListDataSets;

/// <summary>List the imported statistics data sets. The API endpoints of this use case; <see cref="AllocationArea"/> lists them.</summary>
internal static class ListDataSetsEndpoints
{
    public static void Map(RouteGroupBuilder allocation)
    {
        allocation.MapGet("/data-sets", async (ListDataSetsHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .Declare(AllocationPermissions.ViewNational, "ListAllocationDataSets", "Inlästa statistikunderlag, nyast först.");
    }
}
