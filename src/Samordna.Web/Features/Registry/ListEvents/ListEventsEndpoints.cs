namespace Samordna.Web.Features.Registry.ListEvents;

/// <summary>The membership events. The API endpoints of this use case; the area file lists them.</summary>
internal static class ListEventsEndpoints
{
    public static void Map(RouteGroupBuilder one)
    {
        one.MapGet("/events", ListEvents)
            .Declare(RegistryPermissions.View, "ListMembershipEvents", "Medlemshändelser kända ett visst datum (asOf), senaste först; kommande händelser är markerade isPending.");
    }

    private static async Task<Ok<IReadOnlyList<MembershipEventItem>>> ListEvents(
        Guid associationId, DateOnly? asOf, ListEventsHandler handler, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(associationId, asOf ?? SwedishCulture.Today(clock), ct));
}
