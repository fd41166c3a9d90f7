namespace Samordna.Web.Features.Compliance.CompliancePanel;

/// <summary>The compliance report of an association on a date. The API endpoint of this use case; the area file lists it.</summary>
internal static class CompliancePanelEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/associations/{associationId:guid}/compliance", GetCompliance)
            .WithTags("Regelefterlevnad")
            .Declare(CompliancePermissions.View, "GetCompliance", "Förbundet prövat mot alla registrerade regler ett visst datum (asOf, standard i dag): brister och varningar med regelkälla.");

    private static async Task<Results<Ok<ComplianceReport>, ProblemHttpResult>> GetCompliance(
        Guid associationId, DateOnly? asOf, RunComplianceHandler handler, TimeProvider clock, CancellationToken ct) =>
        ApiResults.OkOrNotFound(await handler.HandleAsync(associationId, asOf ?? SwedishCulture.Today(clock), ct), ComplianceErrors.AssociationNotFound);
}
