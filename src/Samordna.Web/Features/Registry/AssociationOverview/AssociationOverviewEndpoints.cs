namespace Samordna.Web.Features.Registry.AssociationOverview;

/// <summary>One association on a date. The API endpoints of this use case; the area file lists them.</summary>
internal static class AssociationOverviewEndpoints
{
    public static void Map(RouteGroupBuilder one)
    {
        one.MapGet("", GetAssociation)
            .Declare(RegistryPermissions.View, "GetAssociation", "Ett förbund med dess medlemmar ett visst datum (asOf, standard i dag).");
    }

    private static async Task<Results<Ok<AssociationDetails>, ProblemHttpResult>> GetAssociation(
        Guid associationId, DateOnly? asOf, GetAssociationHandler handler, TimeProvider clock, CancellationToken ct) =>
        ApiResults.OkOrNotFound(await handler.HandleAsync(associationId, asOf ?? SwedishCulture.Today(clock), ct), RegistryErrors.AssociationNotFound);
}
