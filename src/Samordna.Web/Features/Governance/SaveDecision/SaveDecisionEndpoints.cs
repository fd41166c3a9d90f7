namespace Samordna.Web.Features.Governance.SaveDecision;

/// <summary>Record or change a numbered decision. The API endpoints of this use case; the area file lists them.</summary>
internal static class SaveDecisionEndpoints
{
    public static void Map(RouteGroupBuilder meetings, RouteGroupBuilder decisions)
    {
        meetings.MapPost("/{meetingId:guid}/decisions", CreateDecision)
            .Declare(GovernancePermissions.Manage, "CreateDecision", "Registrera ett beslut (§). Utan nummer får beslutet nästa lediga nummer för året.");
        decisions.MapPut("/{decisionId:guid}", UpdateDecision)
            .Declare(GovernancePermissions.Manage, "UpdateDecision", "Ändra ett beslut. Skicka den version du läste; 409 om någon annan hunnit ändra.");
    }

    private static Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> CreateDecision(
        Guid associationId, Guid meetingId, DecisionRequest request, SaveDecisionHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(SaveDecisionHandler.Validate(request, isUpdate: false), () => handler.CreateAsync(associationId, meetingId, request, ct), saved => TypedResults.Created($"/api/v1/associations/{associationId}/decisions/{saved.Id}", saved));

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> UpdateDecision(
        Guid associationId, Guid decisionId, DecisionRequest request, SaveDecisionHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(SaveDecisionHandler.Validate(request, isUpdate: true), () => handler.UpdateAsync(associationId, decisionId, request, ct), TypedResults.Ok);
}
