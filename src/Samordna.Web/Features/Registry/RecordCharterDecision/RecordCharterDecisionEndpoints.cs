namespace Samordna.Web.Features.Registry.RecordCharterDecision;

/// <summary>Record a member's decision on a charter version. The API endpoints of this use case; the area file lists them.</summary>
internal static class RecordCharterDecisionEndpoints
{
    public static void Map(RouteGroupBuilder one)
    {
        one.MapPost("/charter/{charterVersionId:guid}/decisions", RecordDecision)
            .Declare(RegistryPermissions.Manage, "RecordCharterDecision", "Registrera en medlems beslut om en version av förbundsordningen.");
    }

    private static Task<Results<Ok<CharterDecisionRecorded>, ValidationProblem, ProblemHttpResult>> RecordDecision(
        Guid associationId, Guid charterVersionId, RecordCharterDecisionRequest request, RecordCharterDecisionHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(RecordCharterDecisionHandler.Validate(request), () => handler.HandleAsync(associationId, charterVersionId, request, ct), value => TypedResults.Ok(value));
}
