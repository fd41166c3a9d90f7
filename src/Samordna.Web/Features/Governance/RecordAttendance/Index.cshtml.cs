using Samordna.Web.Features.Governance.ViewMeeting;

namespace Samordna.Web.Features.Governance.RecordAttendance;

[RequirePermission(GovernancePermissions.Manage)]
public sealed class IndexModel(RecordAttendanceHandler handler, GetMeetingHandler meetings) : FormPage<IndexModel.AttendanceInput>
{
    public MeetingDetails Details { get; private set; } = null!;

    public Guid AssociationId { get; private set; }

    public sealed class AttendanceInput
    {
        public List<Guid> Present { get; set; } = [];

        public long? Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid meetingId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, meetingId, ct))
        {
            return NotFound();
        }

        Input = new AttendanceInput
        {
            Present = Details.Attendance.Where(a => a.Present).Select(a => a.AppointmentId).ToList(),
            Version = Details.Meeting.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid meetingId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, meetingId, ct))
        {
            return NotFound();
        }

        var request = new AttendanceRequest(Input.Present, Input.Version);
        return await this.SubmitAsync(
            RecordAttendanceHandler.Validate(request),
            () => handler.HandleAsync(associationId, meetingId, request, ct),
            q => ($"Närvaron är registrerad. {q.Serving} av {q.Seats} platser har tjänstgörande ledamöter; styrelsen är {(q.HasQuorum ? "beslutför" : "inte beslutför")}.", $"/forbund/{associationId}/sammantraden/{meetingId}"),
            FormFailure.OnFieldOrNotFound)
            ?? Page();
    }

    private async Task<bool> LoadAsync(Guid associationId, Guid meetingId, CancellationToken ct)
    {
        AssociationId = associationId;
        var details = await meetings.HandleAsync(associationId, meetingId, ct);
        if (details is null)
        {
            return false;
        }

        Details = details;
        return true;
    }
}
