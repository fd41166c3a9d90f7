namespace Samordna.Web.Features.Registry.CharterVersions;

/// <summary>The charter versions. The API endpoints of this use case; the area file lists them.</summary>
internal static class CharterVersionsEndpoints
{
    public static void Map(RouteGroupBuilder one)
    {
        one.MapGet("/charter", GetCharter)
            .Declare(RegistryPermissions.View, "GetCharter", "Förbundsordningen i kraft ett visst datum (asOf) och alla versioner med status det datumet.");
        one.MapGet("/charter/{charterVersionId:guid}", GetCharterVersion)
            .Declare(RegistryPermissions.View, "GetCharterVersion", "En version av förbundsordningen med beslut, ett visst datum (asOf).");
    }

    private static async Task<Ok<CharterOverview>> GetCharter(
        Guid associationId, DateOnly? asOf, GetCharterHandler handler, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await handler.OverviewAsync(associationId, asOf ?? SwedishCulture.Today(clock), ct));

    private static async Task<Results<Ok<CharterVersionItem>, ProblemHttpResult>> GetCharterVersion(
        Guid associationId, Guid charterVersionId, DateOnly? asOf, GetCharterHandler handler, TimeProvider clock, CancellationToken ct) =>
        ApiResults.OkOrNotFound(await handler.VersionAsync(associationId, charterVersionId, asOf ?? SwedishCulture.Today(clock), ct), RegistryErrors.CharterVersionNotFound);
}
