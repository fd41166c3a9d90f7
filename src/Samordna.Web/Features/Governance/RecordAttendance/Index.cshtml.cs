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

        ModelState.Clear();
        var request = new AttendanceRequest(Input.Present, Input.Version);
        var errors = RecordAttendanceHandler.Validate(request);
        if (errors.IsValid)
        {
            var result = await handler.HandleAsync(associationId, meetingId, request, ct);
            if (result.IsSuccess)
            {
                var q = result.Value!;
                TempData["Status"] = $"Närvaron är registrerad. {q.Serving} av {q.Seats} platser har tjänstgörande ledamöter; styrelsen är {(q.HasQuorum ? "beslutför" : "inte beslutför")}.";
                return Redirect($"/forbund/{associationId}/sammantraden/{meetingId}");
            }

            if (result.Error!.Kind == ErrorKind.NotFound)
            {
                return NotFound();
            }

            this.ShowError(result.Error);
        }

        this.ShowErrors(errors);
        return Page();
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
