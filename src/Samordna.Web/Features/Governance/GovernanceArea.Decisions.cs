using Microsoft.AspNetCore.Http.HttpResults;
using Samordna.Web.Domain;
using Samordna.Web.Features.Governance.ListDecisions;
using Samordna.Web.Features.Governance.SaveDecision;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Governance;

public sealed partial class GovernanceArea
{
    private static void MapDecisions(RouteGroupBuilder decisions)
    {
        decisions.MapGet("", async (Guid associationId, int? year, ListDecisionsHandler h, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(associationId, year, SwedishCulture.Today(clock).Year, ct)))
            .RequirePermission(GovernancePermissions.View)
            .WithName("ListDecisions")
            .WithSummary("Styrelsens beslut ett år (year, standard senaste året med beslut), efter paragrafnummer.");
        decisions.MapGet("/{decisionId:guid}", async (Guid associationId, Guid decisionId, ListDecisionsHandler h, CancellationToken ct) =>
                Found(await h.OneAsync(associationId, decisionId, ct), GovernanceErrors.DecisionNotFound))
            .RequirePermission(GovernancePermissions.View)
            .WithName("GetDecision")
            .WithSummary("Ett beslut med omröstning och koppling.");
        decisions.MapPut("/{decisionId:guid}", UpdateDecision)
            .RequirePermission(GovernancePermissions.Manage)
            .WithName("UpdateDecision")
            .WithSummary("Ändra ett beslut. Skicka den version du läste; 409 om någon annan hunnit ändra.");
    }

    private static async Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> UpdateDecision(
        Guid associationId, Guid decisionId, DecisionRequest request, SaveDecisionHandler handler, CancellationToken ct)
    {
        var errors = SaveDecisionHandler.Validate(request, isUpdate: true);
        return errors.IsValid ? OkOrError(await handler.UpdateAsync(associationId, decisionId, request, ct)) : ApiResults.Validation(errors);
    }
}
