using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.PublishIntervention;

/// <summary>Show an intervention in the public catalogue or not. The API endpoints of this use case; the area file lists them.</summary>
internal static class PublishInterventionEndpoints
{
    public static void Map(RouteGroupBuilder interventions)
    {
        interventions.MapPut("/{interventionId:guid}/published", Publish)
            .Declare(InterventionsPermissions.Manage, "PublishIntervention", "Visa en pågående insats i den öppna insatskatalogen (published = true) eller ta bort den därifrån.");
    }

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> Publish(
        Guid associationId, Guid interventionId, PublishRequest request, PublishInterventionHandler handler, InterventionActors actors, CancellationToken ct) =>
        InterventionApi.ChangeAsync(associationId, PublishInterventionHandler.Validate(request), actors, actor => handler.HandleAsync(associationId, interventionId, request, actor, ct), ct);
}
