namespace Samordna.Web.Features.Registry.ListAssociations;

/// <summary>List the associations. The API endpoints of this use case; the area file lists them.</summary>
internal static class ListAssociationsEndpoints
{
    public static void Map(RouteGroupBuilder associations)
    {
        associations.MapGet("", ListAssociations)
            .RequireAuthorization()
            .WithName("ListAssociations")
            .WithSummary("Förbund som användaren får se (alla för nationella roller), med antal medlemmar ett visst datum (asOf, standard i dag).");
    }

    private static async Task<Ok<IReadOnlyList<AssociationListItem>>> ListAssociations(DateOnly? asOf, ListAssociationsHandler handler, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(asOf ?? SwedishCulture.Today(clock), ct));
}
