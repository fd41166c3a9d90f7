using Samordna.Web.Features.Allocation.ComputeAllocation;
using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.Web.Features.Allocation.RunAllocation;

/// <summary>Run the allocation (what-if or saved). The API endpoints of this use case; <see cref="AllocationArea"/> lists them.</summary>
internal static class RunAllocationEndpoints
{
    public static void Map(RouteGroupBuilder allocation)
    {
        allocation.MapPost("/runs", Run)
            .Declare(AllocationPermissions.ManageNational, "RunAllocation", "Kör årets fördelning på lagrade uppgifter, med valfria ändringar (overrides). save = false räknar utan att spara; save = true sparar körningen med namn och låser dess underlag.");
    }

    private static async Task<Results<Ok<RunResponse>, Created<RunResponse>, ValidationProblem, ProblemHttpResult>> Run(RunAllocationRequest request, RunAllocationHandler handler, CancellationToken ct)
    {
        var errors = RunAllocationHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(request, ct);
        if (!result.IsSuccess)
        {
            return ApiResults.Failure<Ok<RunResponse>, Created<RunResponse>>(result.Error!);
        }

        var (c, runId) = result.Value;
        if (!c.IsSuccess)
        {
            return c.Errors.AreAllAboutFields()
                ? ApiResults.Validation(AllocationProblems.OverrideErrors(c.Errors))
                : AllocationProblems.Infeasible(c.Errors);
        }

        var response = new RunResponse(runId, c.Parameters.Year, request.Save ? request.Name!.Trim() : null, runId is null ? null : AllocationRunStatus.Saved,
            c.DataSet.Id, c.DataSet.ContentHash, c.Parameters, c.Result!.Lambda.ToString(), c.Parameters.Frame, c.Result.TotalAmount,
            c.Rows.Count(r => r.Binding == BindingBound.Floor), c.Rows.Count(r => r.Binding == BindingBound.Ceiling),
            c.Rows.Select(r => AssociationAllocationResponse.From(r) with { ResultId = runId is null ? null : r.Id }).ToArray(), runId is null ? null : 0);
        return runId is { } id ? TypedResults.Created($"/api/v1/allocation/runs/{id}", response) : TypedResults.Ok(response);
    }
}

public sealed record RunResponse(
    Guid? Id,
    int Year,
    string? Name,
    AllocationRunStatus? Status,
    Guid DataSetId,
    string DataSetHash,
    ParameterSnapshot Parameters,
    string Lambda,
    Sek Frame,
    Sek TotalAmount,
    int FloorsBinding,
    int CeilingsBinding,
    IReadOnlyList<AssociationAllocationResponse> Associations,
    long? Version);
