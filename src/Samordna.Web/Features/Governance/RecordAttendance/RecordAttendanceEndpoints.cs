namespace Samordna.Web.Features.Governance.RecordAttendance;

/// <summary>Record a meeting's attendance. The API endpoints of this use case; the area file lists them.</summary>
internal static class RecordAttendanceEndpoints
{
    public static void Map(RouteGroupBuilder meetings)
    {
        meetings.MapPut("/{meetingId:guid}/attendance", RecordAttendance)
            .Declare(GovernancePermissions.Manage, "RecordAttendance", "Registrera vilka som var närvarande; tjänstgörande ersättare räknas fram. Skicka sammanträdets version; svaret visar beslutförheten.");
    }

    private static Task<Results<Ok<AttendanceResult>, ValidationProblem, ProblemHttpResult>> RecordAttendance(
        Guid associationId, Guid meetingId, AttendanceRequest request, RecordAttendanceHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(RecordAttendanceHandler.Validate(request), () => handler.HandleAsync(associationId, meetingId, request, ct), TypedResults.Ok);
}
