using Microsoft.AspNetCore.Http.HttpResults;
using Samordna.Web.Domain;
using Samordna.Web.Features.Governance.SaveAuditor;
using Samordna.Web.Features.Governance.ViewAuditors;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Governance;

public sealed partial class GovernanceArea
{
    private static void MapAuditors(RouteGroupBuilder auditors)
    {
        auditors.MapGet("", async (Guid associationId, DateOnly? asOf, ListAuditorsHandler h, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(associationId, asOf ?? SwedishCulture.Today(clock), ct)))
            .RequirePermission(GovernancePermissions.View)
            .WithName("ListAuditors")
            .WithSummary("Förbundets revisorer, med regelkontroll för ett datum (asOf, standard i dag).");
        auditors.MapPost("", CreateAuditor)
            .RequirePermission(GovernancePermissions.Manage)
            .WithName("CreateAuditor")
            .WithSummary("Registrera en revisor utsedd av en medlem, eller statens revisor utsedd av Försäkringskassan.");
        auditors.MapGet("/{auditorId:guid}", async (Guid associationId, Guid auditorId, ListAuditorsHandler h, TimeProvider clock, CancellationToken ct) =>
                Found(await h.OneAsync(associationId, auditorId, SwedishCulture.Today(clock), ct), GovernanceErrors.AuditorNotFound))
            .RequirePermission(GovernancePermissions.View)
            .WithName("GetAuditor")
            .WithSummary("En revisor.");
        auditors.MapPut("/{auditorId:guid}", UpdateAuditor)
            .RequirePermission(GovernancePermissions.Manage)
            .WithName("UpdateAuditor")
            .WithSummary("Ändra en revisor. Skicka den version du läste; 409 om någon annan hunnit ändra.");
    }

    private static async Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> CreateAuditor(
        Guid associationId, AuditorRequest request, SaveAuditorHandler handler, CancellationToken ct)
    {
        var errors = SaveAuditorHandler.Validate(request, isUpdate: false);
        return errors.IsValid
            ? CreatedOrError(await handler.CreateAsync(associationId, request, ct), $"/api/v1/associations/{associationId}/auditors")
            : ApiResults.Validation(errors);
    }

    private static async Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> UpdateAuditor(
        Guid associationId, Guid auditorId, AuditorRequest request, SaveAuditorHandler handler, CancellationToken ct)
    {
        var errors = SaveAuditorHandler.Validate(request, isUpdate: true);
        return errors.IsValid ? OkOrError(await handler.UpdateAsync(associationId, auditorId, request, ct)) : ApiResults.Validation(errors);
    }
}
