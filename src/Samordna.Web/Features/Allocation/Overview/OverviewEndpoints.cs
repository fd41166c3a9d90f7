namespace Samordna.Web.Features.Allocation.Overview;

/// <summary>The year overview. The API endpoints of this use case; <see cref="AllocationArea"/> lists them.</summary>
internal static class OverviewEndpoints
{
    public static void Map(RouteGroupBuilder allocation)
    {
        allocation.MapGet("/years/{year:int}", async (int year, YearOverviewHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(year, ct)))
            .Declare(AllocationPermissions.ViewNational, "GetAllocationYear", "Årets parametrar, förbunden med områden och uppgifter enligt registret, och årets körningar.");
    }
}
