namespace Samordna.Web.Features.Allocation.ReproduceRun;

/// <summary>Reproduce a saved run from its pinned inputs. The API endpoints of this use case; <see cref="AllocationArea"/> lists them.</summary>
internal static class ReproduceRunEndpoints
{
    public static void Map(RouteGroupBuilder allocation)
    {
        allocation.MapGet("/runs/{runId:guid}/reproduction", Reproduce)
            .Declare(AllocationPermissions.ViewNational, "ReproduceAllocationRun", "Räknar om körningen från dess låsta underlag och jämför med det sparade resultatet.");
    }

    private static async Task<Results<Ok<ReproductionReport>, ValidationProblem, ProblemHttpResult>> Reproduce(Guid runId, ReproduceRunHandler handler, CancellationToken ct)
    {
        return ApiResults.From(await handler.HandleAsync(runId, ct), TypedResults.Ok);
    }
}
