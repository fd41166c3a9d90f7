namespace Samordna.Web.Features.Registry.CreateAssociation;

/// <summary>Register an association. The API endpoints of this use case; the area file lists them.</summary>
internal static class CreateAssociationEndpoints
{
    public static void Map(RouteGroupBuilder associations)
    {
        associations.MapPost("", CreateAssociation)
            .Declare(RegistryPermissions.ManageNational, "CreateAssociation", "Registrera ett nytt förbund med grundande medlemmar (memberCodes: regioner och kommuner; FK och AF läggs alltid till).");
    }

    private static Task<Results<Created<CreatedResponse>, ValidationProblem, ProblemHttpResult>> CreateAssociation(
        CreateAssociationRequest request, CreateAssociationHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(CreateAssociationHandler.Validate(request), () => handler.HandleAsync(request, ct), value => TypedResults.Created($"/api/v1/associations/{value}", new CreatedResponse(value)));
}
