namespace Samordna.Web.Features.Governance.ViewBoard;

/// <summary>The board on a date and its appointments. The API endpoints of this use case; the area file lists them.</summary>
internal static class ViewBoardEndpoints
{
    public static void Map(RouteGroupBuilder board)
    {
        board.MapGet("", async (Guid associationId, DateOnly? asOf, GetBoardHandler h, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(associationId, asOf ?? SwedishCulture.Today(clock), ct)))
            .Declare(GovernancePermissions.View, "GetBoard", "Styrelsen ett visst datum (asOf, standard i dag): platser per medlem, beslutförhet, ordförande och regelkontroll.");
        board.MapGet("/appointments", async (Guid associationId, GetBoardHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.AllAsync(associationId, ct)))
            .Declare(GovernancePermissions.View, "ListBoardAppointments", "Alla uppdrag i styrelsen, tidigare, nuvarande och kommande.");
        board.MapGet("/appointments/{appointmentId:guid}", async (Guid associationId, Guid appointmentId, GetBoardHandler h, CancellationToken ct) =>
                ApiResults.OkOrNotFound(await h.OneAsync(associationId, appointmentId, ct), GovernanceErrors.AppointmentNotFound))
            .Declare(GovernancePermissions.View, "GetBoardAppointment", "Ett uppdrag i styrelsen.");
    }
}
