namespace Samordna.Web.Features.Allocation.EditParameters;

/// <summary>A year's parameters: list, read, create or change. The API endpoints of this use case; <see cref="AllocationArea"/> lists them.</summary>
internal static class EditParametersEndpoints
{
    public static void Map(RouteGroupBuilder allocation)
    {
        allocation.MapGet("/parameters", async (EditParametersHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .Declare(AllocationPermissions.ViewNational, "ListAllocationParameters", "Sparade parametrar per år.");
        allocation.MapGet("/parameters/{year:int}", GetParameters)
            .Declare(AllocationPermissions.ViewNational, "GetAllocationParameters", "Ett års parametrar (forskningens standardvärden om inga är sparade, med isStored = false) och hur väl standardvärdena är belagda.");
        allocation.MapPut("/parameters/{year:int}", PutParameters)
            .Declare(AllocationPermissions.ManageNational, "PutAllocationParameters", "Skapar eller ändrar ett års parametrar. Vid ändring skickas den version du läste; 409 om någon annan hunnit ändra.");
    }

    private static async Task<Results<Ok<YearParametersResponse>, ValidationProblem>> GetParameters(int year, EditParametersHandler handler, CancellationToken ct) =>
        year is < 2016 or > 2100
            ? ApiResults.Validation("year", "Året måste vara 2016 eller senare.")
            : TypedResults.Ok(await handler.GetAsync(year, ct));

    private static Task<Results<Ok<VersionResponse>, ValidationProblem, ProblemHttpResult>> PutParameters(int year, YearParametersRequest request, EditParametersHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(EditParametersHandler.Validate(year, request), () => handler.HandleAsync(year, request, ct), value => TypedResults.Ok(new VersionResponse(value)));
}
