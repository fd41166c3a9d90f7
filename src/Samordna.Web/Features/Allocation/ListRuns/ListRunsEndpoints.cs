namespace Samordna.Web.Features.Allocation.ListRuns;

/// <summary>List the saved runs. The API endpoints of this use case; <see cref="AllocationArea"/> lists them.</summary>
internal static class ListRunsEndpoints
{
    public static void Map(RouteGroupBuilder allocation)
    {
        allocation.MapGet("/runs", async (int? year, ListRunsHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(year, ct)))
            .Declare(AllocationPermissions.ViewNational, "ListAllocationRuns", "Sparade körningar (valfritt ett år).");
    }
}
