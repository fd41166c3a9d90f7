namespace Samordna.Web.Features.Allocation.CompareRuns;

/// <summary>Two runs side by side. The API endpoints of this use case; <see cref="AllocationArea"/> lists them.</summary>
internal static class CompareRunsEndpoints
{
    public static void Map(RouteGroupBuilder allocation)
    {
        allocation.MapGet("/comparisons", Compare)
            .Declare(AllocationPermissions.ViewNational, "CompareAllocationRuns", "Två körningar sida vid sida (a och b): parametrar och belopp per förbund med skillnaden b − a.");
    }

    private static async Task<Results<Ok<RunComparison>, ValidationProblem, ProblemHttpResult>> Compare(Guid? a, Guid? b, CompareRunsHandler handler, CancellationToken ct)
    {
        if (a is null || b is null)
        {
            var errors = new ValidationErrors();
            errors.Required("a", "Körning a", a);
            errors.Required("b", "Körning b", b);
            return ApiResults.Validation(errors);
        }

        return ApiResults.From(await handler.HandleAsync(a.Value, b.Value, ct), TypedResults.Ok);
    }
}
