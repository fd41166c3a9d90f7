namespace Samordna.Web.Features.Governance.ViewMeeting;

/// <summary>One meeting with agenda, decisions and attendance. The API endpoints of this use case; the area file lists them.</summary>
internal static class ViewMeetingEndpoints
{
    public static void Map(RouteGroupBuilder meetings)
    {
        meetings.MapGet("/{meetingId:guid}", async (Guid associationId, Guid meetingId, GetMeetingHandler h, CancellationToken ct) =>
                ApiResults.OkOrNotFound(await h.HandleAsync(associationId, meetingId, ct), GovernanceErrors.MeetingNotFound))
            .Declare(GovernancePermissions.View, "GetMeeting", "Ett sammanträde med dagordning, beslut, närvaro och beslutförhet (mer än hälften av platserna).");
    }
}
