using Samordna.Web.Features.Registry.AssociationOverview;

namespace Samordna.Web.Features.Registry.ListMembers;

/// <summary>The members on a date. The API endpoints of this use case; the area file lists them.</summary>
internal static class ListMembersEndpoints
{
    public static void Map(RouteGroupBuilder one)
    {
        one.MapGet("/members", ListMembers)
            .Declare(RegistryPermissions.View, "ListMembers", "Förbundets medlemmar ett visst datum (asOf, standard i dag).");
    }

    private static async Task<Ok<IReadOnlyList<MemberItem>>> ListMembers(
        Guid associationId, DateOnly? asOf, GetAssociationHandler handler, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await handler.MembersAsync(associationId, asOf ?? SwedishCulture.Today(clock), ct));
}
