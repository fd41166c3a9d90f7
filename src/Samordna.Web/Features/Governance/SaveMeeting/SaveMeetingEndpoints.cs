namespace Samordna.Web.Features.Governance.SaveMeeting;

/// <summary>Record or change a meeting. The API endpoints of this use case; the area file lists them.</summary>
internal static class SaveMeetingEndpoints
{
    public static void Map(RouteGroupBuilder meetings)
    {
        meetings.MapPost("", CreateMeeting)
            .Declare(GovernancePermissions.Manage, "CreateMeeting", "Registrera ett sammanträde.");
        meetings.MapPut("/{meetingId:guid}", UpdateMeeting)
            .Declare(GovernancePermissions.Manage, "UpdateMeeting", "Ändra ett sammanträde, till exempel när protokollet är justerat. 409 vid gammal version.");
    }

    private static Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> CreateMeeting(
        Guid associationId, MeetingRequest request, SaveMeetingHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(SaveMeetingHandler.Validate(request, isUpdate: false), () => handler.CreateAsync(associationId, request, ct), saved => TypedResults.Created($"/api/v1/associations/{associationId}/meetings/{saved.Id}", saved));

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> UpdateMeeting(
        Guid associationId, Guid meetingId, MeetingRequest request, SaveMeetingHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(SaveMeetingHandler.Validate(request, isUpdate: true), () => handler.UpdateAsync(associationId, meetingId, request, ct), TypedResults.Ok);
}
