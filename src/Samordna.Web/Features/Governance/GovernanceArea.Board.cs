using Microsoft.AspNetCore.Http.HttpResults;
using Samordna.Web.Domain;
using Samordna.Web.Features.Governance.SaveAppointment;
using Samordna.Web.Features.Governance.ViewBoard;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Governance;

public sealed partial class GovernanceArea
{
    private static void MapBoard(RouteGroupBuilder board)
    {
        board.MapGet("", async (Guid associationId, DateOnly? asOf, GetBoardHandler h, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(associationId, asOf ?? SwedishCulture.Today(clock), ct)))
            .RequirePermission(GovernancePermissions.View)
            .WithName("GetBoard")
            .WithSummary("Styrelsen ett visst datum (asOf, standard i dag): platser per medlem, beslutförhet, ordförande och regelkontroll.");
        board.MapGet("/appointments", async (Guid associationId, GetBoardHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.AllAsync(associationId, ct)))
            .RequirePermission(GovernancePermissions.View)
            .WithName("ListBoardAppointments")
            .WithSummary("Alla uppdrag i styrelsen, tidigare, nuvarande och kommande.");
        board.MapPost("/appointments", CreateAppointment)
            .RequirePermission(GovernancePermissions.Manage)
            .WithName("CreateBoardAppointment")
            .WithSummary("Registrera en ledamot eller ersättare. Utan mandattid gäller mandatperioden enligt lag och förbundsordning.");
        board.MapGet("/appointments/{appointmentId:guid}", async (Guid associationId, Guid appointmentId, GetBoardHandler h, CancellationToken ct) =>
                Found(await h.OneAsync(associationId, appointmentId, ct), GovernanceErrors.AppointmentNotFound))
            .RequirePermission(GovernancePermissions.View)
            .WithName("GetBoardAppointment")
            .WithSummary("Ett uppdrag i styrelsen.");
        board.MapPut("/appointments/{appointmentId:guid}", UpdateAppointment)
            .RequirePermission(GovernancePermissions.Manage)
            .WithName("UpdateBoardAppointment")
            .WithSummary("Ändra ett uppdrag. Skicka den version du läste; 409 om någon annan hunnit ändra.");
    }

    private static async Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> CreateAppointment(
        Guid associationId, AppointmentRequest request, SaveAppointmentHandler handler, CancellationToken ct)
    {
        var errors = SaveAppointmentHandler.Validate(request, isUpdate: false);
        return errors.IsValid
            ? CreatedOrError(await handler.CreateAsync(associationId, request, ct), $"/api/v1/associations/{associationId}/board/appointments")
            : ApiResults.Validation(errors);
    }

    private static async Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> UpdateAppointment(
        Guid associationId, Guid appointmentId, AppointmentRequest request, SaveAppointmentHandler handler, CancellationToken ct)
    {
        var errors = SaveAppointmentHandler.Validate(request, isUpdate: true);
        return errors.IsValid ? OkOrError(await handler.UpdateAsync(associationId, appointmentId, request, ct)) : ApiResults.Validation(errors);
    }
}
