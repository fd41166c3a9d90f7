using Samordna.Web.Features.Allocation.RunAllocation;

namespace Samordna.Web.Features.Allocation.ComputeAllocation;

/// <summary>Compute an allocation on figures sent in, saving nothing. The API endpoints of this use case; <see cref="AllocationArea"/> lists them.</summary>
internal static class ComputeAllocationEndpoints
{
    public static void Map(RouteGroupBuilder allocation)
    {
        allocation.MapPost("/compute", Compute)
            .Declare(AllocationPermissions.Compute, "ComputeAllocation", "Beräknar en fördelning på inskickade uppgifter utan att spara något. Belopp i kronor; 400 för felaktiga uppgifter, 422 när gränserna inte går att uppfylla.");
    }

    private static Results<Ok<AllocationResponse>, ValidationProblem, ProblemHttpResult> Compute(ComputeRequest request)
    {
        var errors = ComputeAllocationHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var outcome = ComputeAllocationHandler.Handle(request);
        return outcome.IsSuccess
            ? TypedResults.Ok(AllocationResponse.From(outcome.Value))
            : AllocationProblems.Infeasible(outcome.Errors);
    }
}
