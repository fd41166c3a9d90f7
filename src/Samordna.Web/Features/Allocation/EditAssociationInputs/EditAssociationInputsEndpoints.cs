namespace Samordna.Web.Features.Allocation.EditAssociationInputs;

/// <summary>An association's inputs to a year's allocation. The API endpoints of this use case; <see cref="AllocationArea"/> lists them.</summary>
internal static class EditAssociationInputsEndpoints
{
    public static void Map(RouteGroupBuilder association)
    {
        association.MapGet("/allocation-inputs", GetInputs)
            .Declare(AllocationPermissions.EditInputs, "GetAllocationInputs", "Förbundets uppgifter till ett års medelstilldelning (year).");
        association.MapPut("/allocation-inputs", PutInputs)
            .Declare(AllocationPermissions.EditInputs, "PutAllocationInputs", "Sparar förbundets uppgifter för ett år. Föregående tilldelning och skäligt eget kapital får bara nationella roller ändra.");
    }

    private static async Task<Results<Ok<AssociationInputsResponse>, ValidationProblem, ProblemHttpResult>> GetInputs(Guid associationId, int? year, EditAssociationInputsHandler handler, CancellationToken ct)
    {
        if (year is not { } y || y is < 2016 or > 2100)
        {
            return ApiResults.Validation("year", "Ange tilldelningsåret (year), 2016 eller senare.");
        }

        var response = await handler.GetAsync(associationId, y, ct);
        return response is null ? ApiResults.Problem(AllocationErrors.AssociationNotFound) : TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<VersionResponse>, ValidationProblem, ProblemHttpResult>> PutInputs(Guid associationId, int? year, AssociationInputsRequest request, EditAssociationInputsHandler handler, AccessControl access, CancellationToken ct)
    {
        if (year is not { } y)
        {
            return ApiResults.Validation("year", "Ange tilldelningsåret (year).");
        }

        var errors = EditAssociationInputsHandler.Validate(y, request).Merge(await handler.CheckAsync(associationId, y, request, ct));
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var national = await access.IsAllowedAsync(AllocationPermissions.ManageNational, null, ct);
        var result = await handler.HandleAsync(associationId, y, request, national, ct);
        return result.IsSuccess ? TypedResults.Ok(new VersionResponse(result.Value)) : ApiResults.Failure<Ok<VersionResponse>>(result.Error!);
    }
}
