namespace Samordna.Web.Features.Allocation.DecideRun;

/// <summary>Decide a run as the year's allocation. The API endpoints of this use case; <see cref="AllocationArea"/> lists them.</summary>
internal static class DecideRunEndpoints
{
    public static void Map(RouteGroupBuilder allocation)
    {
        allocation.MapPost("/runs/{runId:guid}/decision", Decide)
            .Declare(AllocationPermissions.ManageNational, "DecideAllocationRun", "Gör körningen till årets beslutade tilldelning (skicka version). Medlemsbidragen räknas från den.");
    }

    private static async Task<Results<Ok<VersionResponse>, ValidationProblem, ProblemHttpResult>> Decide(Guid runId, VersionRequest request, DecideRunHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(runId, request.Version, ct);
        return result.IsSuccess ? TypedResults.Ok(new VersionResponse(result.Value)) : ApiResults.Failure<Ok<VersionResponse>>(result.Error!);
    }
}
