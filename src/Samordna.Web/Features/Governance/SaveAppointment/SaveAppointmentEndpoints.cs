namespace Samordna.Web.Features.Governance.SaveAppointment;

/// <summary>Record or change a board appointment. The API endpoints of this use case; the area file lists them.</summary>
internal static class SaveAppointmentEndpoints
{
    public static void Map(RouteGroupBuilder board)
    {
        board.MapPost("/appointments", CreateAppointment)
            .Declare(GovernancePermissions.Manage, "CreateBoardAppointment", "Registrera en ledamot eller ersättare. Utan mandattid gäller mandatperioden enligt lag och förbundsordning.");
        board.MapPut("/appointments/{appointmentId:guid}", UpdateAppointment)
            .Declare(GovernancePermissions.Manage, "UpdateBoardAppointment", "Ändra ett uppdrag. Skicka den version du läste; 409 om någon annan hunnit ändra.");
    }

    private static Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> CreateAppointment(
        Guid associationId, AppointmentRequest request, SaveAppointmentHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(SaveAppointmentHandler.Validate(request, isUpdate: false), () => handler.CreateAsync(associationId, request, ct), saved => TypedResults.Created($"/api/v1/associations/{associationId}/board/appointments/{saved.Id}", saved));

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> UpdateAppointment(
        Guid associationId, Guid appointmentId, AppointmentRequest request, SaveAppointmentHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(SaveAppointmentHandler.Validate(request, isUpdate: true), () => handler.UpdateAsync(associationId, appointmentId, request, ct), TypedResults.Ok);
}
