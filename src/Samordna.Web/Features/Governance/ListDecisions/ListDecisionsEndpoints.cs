namespace Samordna.Web.Features.Governance.ListDecisions;

/// <summary>The decisions, per year. The API endpoints of this use case; the area file lists them.</summary>
internal static class ListDecisionsEndpoints
{
    public static void Map(RouteGroupBuilder decisions)
    {
        decisions.MapGet("", async (Guid associationId, int? year, ListDecisionsHandler h, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(associationId, year, SwedishCulture.Today(clock).Year, ct)))
            .Declare(GovernancePermissions.View, "ListDecisions", "Styrelsens beslut ett år (year, standard senaste året med beslut), efter paragrafnummer.");
        decisions.MapGet("/{decisionId:guid}", async (Guid associationId, Guid decisionId, ListDecisionsHandler h, CancellationToken ct) =>
                ApiResults.OkOrNotFound(await h.OneAsync(associationId, decisionId, ct), GovernanceErrors.DecisionNotFound))
            .Declare(GovernancePermissions.View, "GetDecision", "Ett beslut med omröstning och koppling.");
    }
}
