namespace Samordna.Web.Features.Registry.EndAssociation;

/// <summary>Record a dissolution or liquidation. The API endpoints of this use case; the area file lists them.</summary>
internal static class EndAssociationEndpoints
{
    public static void Map(RouteGroupBuilder one)
    {
        one.MapPost("/end", EndAssociation)
            .Declare(RegistryPermissions.ManageLifecycle, "EndAssociation", "Registrera likvidation (kind=Liquidation) eller upplösning (kind=Dissolution) från effectiveDate. Skicka förbundets version.");
    }

    private static Task<Results<Ok<VersionResponse>, ValidationProblem, ProblemHttpResult>> EndAssociation(
        Guid associationId, EndAssociationRequest request, EndAssociationHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(EndAssociationHandler.Validate(request), () => handler.HandleAsync(associationId, request, ct), value => TypedResults.Ok(new VersionResponse(value)));
}
