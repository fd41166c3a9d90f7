using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.MoveIntervention;

/// <summary>Move an intervention in its life cycle. The API endpoints of this use case; the area file lists them.</summary>
internal static class MoveInterventionEndpoints
{
    public static void Map(RouteGroupBuilder interventions)
    {
        interventions.MapPost("/{interventionId:guid}/moves", Move)
            .Declare(InterventionsPermissions.Move, "MoveIntervention", "Gör ett steg i insatsens livscykel (move). Ett steg som inte är tillåtet från läget, eller för dig, nekas med en förklaring.");
    }

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> Move(
        Guid associationId, Guid interventionId, MoveRequest request, MoveInterventionHandler handler, InterventionActors actors, CancellationToken ct) =>
        InterventionApi.ChangeAsync(associationId, MoveInterventionHandler.Validate(request), actors, actor => handler.HandleAsync(associationId, interventionId, request, actor, ct), ct);
}
