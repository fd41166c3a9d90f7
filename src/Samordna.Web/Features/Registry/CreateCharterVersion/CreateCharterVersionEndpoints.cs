namespace Samordna.Web.Features.Registry.CreateCharterVersion;

/// <summary>Record a charter version. The API endpoints of this use case; the area file lists them.</summary>
internal static class CreateCharterVersionEndpoints
{
    public static void Map(RouteGroupBuilder one)
    {
        one.MapPost("/charter", CreateCharterVersion)
            .Declare(RegistryPermissions.Manage, "CreateCharterVersion", "Registrera en ny version av förbundsordningen. Den gäller när alla medlemmar har beslutat om den.");
    }

    private static Task<Results<Created<CreatedResponse>, ValidationProblem, ProblemHttpResult>> CreateCharterVersion(
        Guid associationId, CreateCharterVersionRequest request, CreateCharterVersionHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(CreateCharterVersionHandler.Validate(request), () => handler.HandleAsync(associationId, request, ct), value => TypedResults.Created($"/api/v1/associations/{associationId}/charter/{value}", new CreatedResponse(value)));
}
