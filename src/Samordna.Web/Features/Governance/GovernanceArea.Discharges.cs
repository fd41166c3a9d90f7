using Microsoft.AspNetCore.Http.HttpResults;
using Samordna.Web.Domain;
using Samordna.Web.Features.Governance.ListDischarges;
using Samordna.Web.Features.Governance.SaveDischarge;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Governance;

public sealed partial class GovernanceArea
{
    private static void MapDischarges(RouteGroupBuilder discharges)
    {
        discharges.MapGet("", async (Guid associationId, int? year, ListDischargesHandler h, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(associationId, year ?? SwedishCulture.Today(clock).Year - 1, ct)))
            .RequirePermission(GovernancePermissions.View)
            .WithName("ListDischarges")
            .WithSummary("Ansvarsfrihet ett räkenskapsår (year, standard förra året): varje medlems beslut.");
        discharges.MapPost("", CreateDischarge)
            .RequirePermission(GovernancePermissions.Manage)
            .WithName("CreateDischarge")
            .WithSummary("Registrera en medlems beslut om ansvarsfrihet för ett år.");
        discharges.MapGet("/{dischargeId:guid}", async (Guid associationId, Guid dischargeId, ListDischargesHandler h, CancellationToken ct) =>
                Found(await h.OneAsync(associationId, dischargeId, ct), GovernanceErrors.DischargeNotFound))
            .RequirePermission(GovernancePermissions.View)
            .WithName("GetDischarge")
            .WithSummary("En medlems beslut om ansvarsfrihet.");
        discharges.MapPut("/{dischargeId:guid}", UpdateDischarge)
            .RequirePermission(GovernancePermissions.Manage)
            .WithName("UpdateDischarge")
            .WithSummary("Ändra en medlems beslut om ansvarsfrihet. 409 vid gammal version.");
    }

    private static async Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> CreateDischarge(
        Guid associationId, DischargeRequest request, SaveDischargeHandler handler, CancellationToken ct)
    {
        var errors = SaveDischargeHandler.Validate(request, isUpdate: false);
        return errors.IsValid
            ? CreatedOrError(await handler.CreateAsync(associationId, request, ct), $"/api/v1/associations/{associationId}/discharges")
            : ApiResults.Validation(errors);
    }

    private static async Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> UpdateDischarge(
        Guid associationId, Guid dischargeId, DischargeRequest request, SaveDischargeHandler handler, CancellationToken ct)
    {
        var errors = SaveDischargeHandler.Validate(request, isUpdate: true);
        return errors.IsValid ? OkOrError(await handler.UpdateAsync(associationId, dischargeId, request, ct)) : ApiResults.Validation(errors);
    }
}
