using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.ListInterventions;

/// <summary>List the association's interventions. The API endpoints of this use case; the area file lists them.</summary>
internal static class ListInterventionsEndpoints
{
    public static void Map(RouteGroupBuilder interventions)
    {
        interventions.MapGet("/", List)
            .Declare(InterventionsPermissions.View, "ListInterventions", "Förbundets insatser (en insatsägare ser sin organisations), valfritt i ett visst läge (state).");
    }

    private static async Task<Ok<IReadOnlyList<InterventionRow>>> List(
        Guid associationId, InterventionState? state, ListInterventionsHandler handler, InterventionActors actors, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(associationId, state, await actors.ForAsync(associationId, ct), ct));
}
