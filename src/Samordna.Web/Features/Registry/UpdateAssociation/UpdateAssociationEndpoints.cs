using Microsoft.AspNetCore.Http.HttpResults;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Registry.UpdateAssociation;

/// <summary>Change an association's facts. The API endpoints of this use case; the area file lists them.</summary>
internal static class UpdateAssociationEndpoints
{
    public static void Map(RouteGroupBuilder one)
    {
        one.MapPut("", UpdateAssociation)
            .RequirePermission(RegistryPermissions.Manage)
            .WithName("UpdateAssociation")
            .WithSummary("Ändra förbundets grunduppgifter. Skicka den version du läste; 409 om någon annan hunnit ändra.");
    }

    private static async Task<Results<Ok<VersionResponse>, ValidationProblem, ProblemHttpResult>> UpdateAssociation(
        Guid associationId, UpdateAssociationRequest request, UpdateAssociationHandler handler, CancellationToken ct)
    {
        var errors = UpdateAssociationHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(associationId, request, ct);
        return result.IsSuccess ? TypedResults.Ok(new VersionResponse(result.Value)) : ApiResults.Failure<Ok<VersionResponse>>(result.Error!);
    }
}
