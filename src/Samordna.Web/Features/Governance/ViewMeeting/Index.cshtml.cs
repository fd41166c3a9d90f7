namespace Samordna.Web.Features.Governance.ViewMeeting;

[RequirePermission(GovernancePermissions.View)]
public sealed class IndexModel(GetMeetingHandler handler, AccessControl access) : AssociationViewPage(access, GovernancePermissions.Manage)
{
    public MeetingDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid meetingId, CancellationToken ct)
    {
        await ShowAsync(associationId, ct);
        var details = await handler.HandleAsync(associationId, meetingId, ct);
        if (details is null)
        {
            return NotFound();
        }

        Details = details;
        return Page();
    }
}
