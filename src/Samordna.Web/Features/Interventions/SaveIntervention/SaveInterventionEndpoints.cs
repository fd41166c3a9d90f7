using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.SaveIntervention;

/// <summary>Write or change an application. The API endpoints of this use case; the area file lists them.</summary>
internal static class SaveInterventionEndpoints
{
    public static void Map(RouteGroupBuilder interventions)
    {
        interventions.MapPost("/", Create)
            .Declare(InterventionsPermissions.Apply, "CreateIntervention", "Skapa en insats (en idé eller ansökan). Inriktning, uppföljningsmetod och ESF-medfinansiering låses när den skapas.");
        interventions.MapPut("/{interventionId:guid}", Update)
            .Declare(InterventionsPermissions.Apply, "UpdateIntervention", "Ändra en ansökan. Skicka den version du läste; 409 om någon annan hunnit ändra.");
    }

    private static async Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> Create(
        Guid associationId, InterventionRequest request, SaveInterventionHandler handler, InterventionActors actors, IOptions<InterventionsOptions> options, CancellationToken ct)
    {
        var actor = await actors.ForAsync(associationId, ct);
        return await ApiResults.ValidateThen(SaveInterventionHandler.Validate(request, options.Value, isUpdate: false), () => handler.CreateAsync(associationId, request, actor, ct),
            saved => TypedResults.Created($"/api/v1/associations/{associationId}/interventions/{saved.Id}", saved));
    }

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> Update(
        Guid associationId, Guid interventionId, InterventionRequest request, SaveInterventionHandler handler, InterventionActors actors, IOptions<InterventionsOptions> options, CancellationToken ct) =>
        InterventionApi.ChangeAsync(associationId, SaveInterventionHandler.Validate(request, options.Value, isUpdate: true), actors, actor => handler.UpdateAsync(associationId, interventionId, request, actor, ct), ct);
}
