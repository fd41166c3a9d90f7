namespace Samordna.Web.Features.Governance.SaveAuditor;

/// <summary>Record or change an auditor. The API endpoints of this use case; the area file lists them.</summary>
internal static class SaveAuditorEndpoints
{
    public static void Map(RouteGroupBuilder auditors)
    {
        auditors.MapPost("", CreateAuditor)
            .Declare(GovernancePermissions.Manage, "CreateAuditor", "Registrera en revisor utsedd av en medlem, eller statens revisor utsedd av Försäkringskassan.");
        auditors.MapPut("/{auditorId:guid}", UpdateAuditor)
            .Declare(GovernancePermissions.Manage, "UpdateAuditor", "Ändra en revisor. Skicka den version du läste; 409 om någon annan hunnit ändra.");
    }

    private static Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> CreateAuditor(
        Guid associationId, AuditorRequest request, SaveAuditorHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(SaveAuditorHandler.Validate(request, isUpdate: false), () => handler.CreateAsync(associationId, request, ct), saved => TypedResults.Created($"/api/v1/associations/{associationId}/auditors/{saved.Id}", saved));

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> UpdateAuditor(
        Guid associationId, Guid auditorId, AuditorRequest request, SaveAuditorHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(SaveAuditorHandler.Validate(request, isUpdate: true), () => handler.UpdateAsync(associationId, auditorId, request, ct), TypedResults.Ok);
}
