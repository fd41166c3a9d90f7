using Microsoft.AspNetCore.Http.HttpResults;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Registry.CreateAssociation;

/// <summary>Register an association. The API endpoints of this use case; the area file lists them.</summary>
internal static class CreateAssociationEndpoints
{
    public static void Map(RouteGroupBuilder associations)
    {
        associations.MapPost("", CreateAssociation)
            .RequirePermission(RegistryPermissions.ManageNational)
            .WithName("CreateAssociation")
            .WithSummary("Registrera ett nytt förbund med grundande medlemmar (memberCodes: regioner och kommuner; FK och AF läggs alltid till).");
    }

    private static async Task<Results<Created<CreatedResponse>, ValidationProblem, ProblemHttpResult>> CreateAssociation(
        CreateAssociationRequest request, CreateAssociationHandler handler, CancellationToken ct)
    {
        var errors = CreateAssociationHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(request, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/associations/{result.Value}", new CreatedResponse(result.Value))
            : ApiResults.Failure<Created<CreatedResponse>>(result.Error!);
    }
}
