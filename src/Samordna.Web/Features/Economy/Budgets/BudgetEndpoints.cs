using Samordna.Web.Features.Governance;

namespace Samordna.Web.Features.Economy.Budgets;

/// <summary>The budget's API; the area file maps it under <c>/associations/{associationId}/budgets</c>.</summary>
internal static class BudgetEndpoints
{
    public static void Map(RouteGroupBuilder budgets)
    {
        budgets.MapGet("/", ByYear)
            .Declare(EconomyPermissions.ViewBudget, "GetBudgetOfYear",
                "Årets senaste budgetversion (förslaget under arbete, annars den fastställda), med rader, summor, synpunkter och årets versioner; utan år den senaste årets.");
        budgets.MapGet("/{budgetId:guid}", ById)
            .Declare(EconomyPermissions.ViewBudget, "GetBudget", "En budgetversion.");
        budgets.MapPost("/", Create)
            .Declare(EconomyPermissions.ManageBudget, "CreateBudget",
                "Upprätta ett budgetförslag för ett år: det första (med medlemsbidrag och insatsernas medel ifyllda) eller en revidering av den fastställda budgeten.");
        budgets.MapPut("/{budgetId:guid}/lines", Lines)
            .Declare(EconomyPermissions.ManageBudget, "SaveBudgetLines", "Ersätt ett utkasts rader (budgetår och två planår).");
        budgets.MapPost("/{budgetId:guid}/consultation", Consult)
            .Declare(EconomyPermissions.ManageBudget, "SendBudgetToConsultation", "Skicka utkastet på samråd med medlemmarna, med sista dag för synpunkter.");
        budgets.MapPost("/{budgetId:guid}/draft", Withdraw)
            .Declare(EconomyPermissions.ManageBudget, "WithdrawBudgetToDraft", "Ta tillbaka ett förslag från samrådet till utkast (synpunkterna finns kvar).");
        budgets.MapPost("/{budgetId:guid}/comments", Comment)
            .Declare(EconomyPermissions.CommentBudget, "CommentOnBudget",
                "Lämna en medlems synpunkter under samrådet (medlemsrepresentanten för sin medlem, kansliet för vilken medlem som helst).");
        budgets.MapPost("/{budgetId:guid}/adoption", Adopt)
            .Declare(EconomyPermissions.ManageBudget, "AdoptBudget",
                "Registrera att styrelsen fastställt budgeten, med det numrerade beslutet; en tidigare fastställd version av året ersätts.");
    }

    private static async Task<Results<Ok<BudgetView>, ValidationProblem, ProblemHttpResult>> ByYear(Guid associationId, int? year, BudgetHandler handler, CancellationToken ct)
    {
        var errors = new ValidationErrors().Range("year", "År", year, 2000, 2199);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        return await handler.GetAsync(associationId, null, year, ct) is { } view ? TypedResults.Ok(view) : ApiResults.Problem(EconomyErrors.BudgetNotFound);
    }

    private static async Task<Results<Ok<BudgetView>, ProblemHttpResult>> ById(Guid associationId, Guid budgetId, BudgetHandler handler, CancellationToken ct) =>
        ApiResults.OkOrNotFound(await handler.GetAsync(associationId, budgetId, null, ct), EconomyErrors.BudgetNotFound);

    private static Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> Create(Guid associationId, CreateBudgetRequest request, BudgetHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(BudgetHandler.Validate(request), () => handler.CreateAsync(associationId, request, ct),
            saved => TypedResults.Created($"/api/v1/associations/{associationId}/budgets/{saved.Id}", saved));

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> Lines(Guid associationId, Guid budgetId, BudgetLinesRequest request, BudgetHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(BudgetHandler.Validate(request), () => handler.SaveLinesAsync(associationId, budgetId, request, ct), TypedResults.Ok);

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> Consult(Guid associationId, Guid budgetId, ConsultationRequest request, BudgetHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(BudgetHandler.Validate(request), () => handler.SendToConsultationAsync(associationId, budgetId, request, ct), TypedResults.Ok);

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> Withdraw(Guid associationId, Guid budgetId, WithdrawRequest request, BudgetHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(BudgetHandler.Validate(request), () => handler.WithdrawAsync(associationId, budgetId, request, ct), TypedResults.Ok);

    private static async Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> Comment(
        Guid associationId, Guid budgetId, BudgetCommentRequest request, BudgetHandler handler, BudgetCommenter commenter, CancellationToken ct)
    {
        var onlyFor = await commenter.ForAsync(associationId, ct);
        return await ApiResults.ValidateThen(BudgetHandler.Validate(request), () => handler.CommentAsync(associationId, budgetId, request, onlyFor, ct),
            saved => TypedResults.Created($"/api/v1/associations/{associationId}/budgets/{budgetId}", saved));
    }

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> Adopt(Guid associationId, Guid budgetId, AdoptBudgetRequest request, BudgetHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(BudgetHandler.Validate(request), () => handler.AdoptAsync(associationId, budgetId, request, ct), TypedResults.Ok);
}
