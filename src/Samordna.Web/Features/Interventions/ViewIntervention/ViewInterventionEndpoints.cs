using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.ViewIntervention;

/// <summary>Read one intervention. The API endpoints of this use case; the area file lists them.</summary>
internal static class ViewInterventionEndpoints
{
    public static void Map(RouteGroupBuilder interventions)
    {
        interventions.MapGet("/{interventionId:guid}", Get)
            .Declare(InterventionsPermissions.View, "GetIntervention", "En insats med parter, ekonomi, rapporter, historik, regelkontroller och de steg du kan ta.");
    }

    private static async Task<Results<Ok<InterventionDetails>, ProblemHttpResult>> Get(
        Guid associationId, Guid interventionId, GetInterventionHandler handler, InterventionActors actors, CancellationToken ct) =>
        ApiResults.OkOrNotFound(await handler.HandleAsync(associationId, interventionId, await actors.ForAsync(associationId, ct), ct), InterventionsErrors.NotFound);
}
