namespace Samordna.Web.Features.FollowUp.Questions;

/// <summary>The association's extra questions over the API (the area file maps these under <c>/follow-up/questions</c>).</summary>
internal static class FollowUpQuestionsEndpoints
{
    public static void Map(RouteGroupBuilder questions)
    {
        questions.MapGet("", List)
            .Declare(FollowUpPermissions.ViewAggregates, "ListFollowUpQuestions",
                "Förbundets tilläggsfrågor med svarsalternativ (includeRetired = även avslutade). Svaren är alltid slutna: ett deltagande anger bara vilket alternativ som gäller.");
        questions.MapPost("", Create)
            .Declare(FollowUpPermissions.Questions, "CreateFollowUpQuestion",
                "Lägg till en tilläggsfråga (phase = Start eller End) med 2–12 svarsalternativ. Frågan kan inte ändras efteråt, bara avslutas.");
        questions.MapPost("/{questionId:guid}/retire", Retire)
            .Declare(FollowUpPermissions.Questions, "RetireFollowUpQuestion",
                "Avsluta en tilläggsfråga: den ställs inte längre, men svaren räknas i sammanställningarna för de år de gäller.");
    }

    private static async Task<Ok<IReadOnlyList<QuestionView>>> List(Guid associationId, bool? includeRetired, FollowUpQuestionsHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(associationId, includeRetired ?? false, ct));

    private static Task<Results<Ok<QuestionView>, ValidationProblem, ProblemHttpResult>> Create(
        Guid associationId, CreateQuestionRequest request, FollowUpQuestionsHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(FollowUpQuestionsHandler.Validate(request), () => handler.CreateAsync(associationId, request, ct), TypedResults.Ok);

    private static Task<Results<Ok<QuestionView>, ValidationProblem, ProblemHttpResult>> Retire(
        Guid associationId, Guid questionId, RetireQuestionRequest request, FollowUpQuestionsHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(new ValidationErrors().VersionRead(request.Version), () => handler.RetireAsync(associationId, questionId, request, ct), TypedResults.Ok);
}
