namespace Samordna.Web.Features.FollowUp.RecordParticipation;

/// <summary>The participant officer's API: the records of their own organisation's interventions, and nobody else's.</summary>
internal static class RecordParticipationEndpoints
{
    public static void Map(RouteGroupBuilder participations)
    {
        participations.MapGet("", List)
            .Declare(FollowUpPermissions.Record, "ListParticipations",
                "Deltagandena i en insats som den egna organisationen driver (bara för dess deltagaransvariga).");
        participations.MapPost("", Enrol)
            .Declare(FollowUpPermissions.Record, "EnrolParticipant",
                "Registrera en deltagare (inregistrering). Svaret innehåller den slumpade koden att anteckna i den egna akten.");
        participations.MapPut("/{participationId:guid}/exit", Exit)
            .Declare(FollowUpPermissions.Record, "ExitParticipant",
                "Avsluta ett deltagande (utregistrering); exitReason = felregistrering tar bort det ur alla sammanställningar.");
        participations.MapPut("/{participationId:guid}", Correct)
            .Declare(FollowUpPermissions.Record, "CorrectParticipation", "Rätta ett deltagande; de tidigare värdena sparas i historiken.");
    }

    private static async Task<Results<Ok<IReadOnlyList<ParticipationView>>, ProblemHttpResult>> List(
        Guid associationId, Guid interventionId, RecordParticipationHandler handler, FollowUpActors actors, CancellationToken ct)
    {
        var rows = await handler.ListAsync(associationId, interventionId, await actors.ForAsync(associationId, ct), ct);
        return rows is null ? ApiResults.Problem(FollowUpErrors.InterventionNotFound) : TypedResults.Ok(rows);
    }

    private static async Task<Results<Ok<ParticipationSaved>, ValidationProblem, ProblemHttpResult>> Enrol(
        Guid associationId, EnrolRequest request, RecordParticipationHandler handler, FollowUpActors actors, CancellationToken ct)
    {
        var actor = await actors.ForAsync(associationId, ct);
        return await ApiResults.ValidateThen(handler.Validate(request), () => handler.EnrolAsync(associationId, request, actor, ct), TypedResults.Ok);
    }

    private static async Task<Results<Ok<ParticipationSaved>, ValidationProblem, ProblemHttpResult>> Exit(
        Guid associationId, Guid participationId, ExitRequest request, RecordParticipationHandler handler, FollowUpActors actors, CancellationToken ct)
    {
        var actor = await actors.ForAsync(associationId, ct);
        return await ApiResults.ValidateThen(handler.Validate(request), () => handler.ExitAsync(associationId, participationId, request, actor, ct), TypedResults.Ok);
    }

    private static async Task<Results<Ok<ParticipationSaved>, ValidationProblem, ProblemHttpResult>> Correct(
        Guid associationId, Guid participationId, CorrectRequest request, RecordParticipationHandler handler, FollowUpActors actors, CancellationToken ct)
    {
        var actor = await actors.ForAsync(associationId, ct);
        return await ApiResults.ValidateThen(handler.Validate(request), () => handler.CorrectAsync(associationId, participationId, request, actor, ct), TypedResults.Ok);
    }
}
