namespace Samordna.Web.Features.Governance.ViewAuditors;

/// <summary>The auditors. The API endpoints of this use case; the area file lists them.</summary>
internal static class ViewAuditorsEndpoints
{
    public static void Map(RouteGroupBuilder auditors)
    {
        auditors.MapGet("", async (Guid associationId, DateOnly? asOf, ListAuditorsHandler h, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(associationId, asOf ?? SwedishCulture.Today(clock), ct)))
            .Declare(GovernancePermissions.View, "ListAuditors", "Förbundets revisorer, med regelkontroll för ett datum (asOf, standard i dag).");
        auditors.MapGet("/{auditorId:guid}", async (Guid associationId, Guid auditorId, ListAuditorsHandler h, TimeProvider clock, CancellationToken ct) =>
                ApiResults.OkOrNotFound(await h.OneAsync(associationId, auditorId, SwedishCulture.Today(clock), ct), GovernanceErrors.AuditorNotFound))
            .Declare(GovernancePermissions.View, "GetAuditor", "En revisor.");
    }
}
