using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.ManageMoney;

/// <summary>Budget, grants, funding and payments of an intervention. The API endpoints of this use case; the area file lists them.</summary>
internal static class ManageMoneyEndpoints
{
    public static void Map(RouteGroupBuilder interventions)
    {
        interventions.MapPut("/{interventionId:guid}/budget", Budget)
            .Declare(InterventionsPermissions.Apply, "SaveInterventionBudget", "Ersätt insatsens budget (rader per år och kostnadsslag, med utfall). Insatsägaren medan det är en ansökan, annars kansliet.");
        interventions.MapPost("/{interventionId:guid}/grants", Grant)
            .Declare(InterventionsPermissions.Manage, "RecordInterventionGrant", "Registrera ett tilläggsbeslut om medel (ett nytt numrerat beslut höjer taket).");
        interventions.MapPut("/{interventionId:guid}/funding", Funding)
            .Declare(InterventionsPermissions.Manage, "SaveInterventionFunding", "Ändra överenskommelsens belopp per år, aldrig över det styrelsen beslutat.");
        interventions.MapPost("/{interventionId:guid}/payments", PlanPayment)
            .Declare(InterventionsPermissions.Manage, "PlanInterventionPayment", "Planera en utbetalning till insatsägaren (sammanlagt aldrig över beslutade medel).");
        interventions.MapPut("/{interventionId:guid}/payments/{paymentId:guid}", MarkPaid)
            .Declare(InterventionsPermissions.Manage, "MarkInterventionPaymentPaid", "Registrera att en planerad utbetalning är gjord.");
    }

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> Budget(
        Guid associationId, Guid interventionId, BudgetRequest request, ManageMoneyHandler handler, InterventionActors actors, CancellationToken ct) =>
        InterventionApi.ChangeAsync(associationId, ManageMoneyHandler.Validate(request), actors, actor => handler.SaveBudgetAsync(associationId, interventionId, request, actor, ct), ct);

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> Grant(
        Guid associationId, Guid interventionId, GrantRequest request, ManageMoneyHandler handler, InterventionActors actors, CancellationToken ct) =>
        InterventionApi.ChangeAsync(associationId, ManageMoneyHandler.Validate(request), actors, actor => handler.RecordGrantAsync(associationId, interventionId, request, actor, ct), ct);

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> Funding(
        Guid associationId, Guid interventionId, FundingRequest request, ManageMoneyHandler handler, InterventionActors actors, CancellationToken ct) =>
        InterventionApi.ChangeAsync(associationId, ManageMoneyHandler.Validate(request), actors, actor => handler.SaveFundingAsync(associationId, interventionId, request, actor, ct), ct);

    private static async Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> PlanPayment(
        Guid associationId, Guid interventionId, PaymentRequest request, ManageMoneyHandler handler, InterventionActors actors, CancellationToken ct)
    {
        var actor = await actors.ForAsync(associationId, ct);
        return await ApiResults.ValidateThen(ManageMoneyHandler.Validate(request, isUpdate: false), () => handler.PlanPaymentAsync(associationId, interventionId, request, actor, ct),
            saved => TypedResults.Created($"/api/v1/associations/{associationId}/interventions/{interventionId}/payments/{saved.Id}", saved));
    }

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> MarkPaid(
        Guid associationId, Guid interventionId, Guid paymentId, PaymentRequest request, ManageMoneyHandler handler, InterventionActors actors, CancellationToken ct) =>
        InterventionApi.ChangeAsync(associationId, ManageMoneyHandler.Validate(request, isUpdate: true), actors, actor => handler.MarkPaidAsync(associationId, interventionId, paymentId, request, actor, ct), ct);
}
