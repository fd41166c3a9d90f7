namespace Samordna.Web.Features.Governance.ViewMeeting;

[RequirePermission(GovernancePermissions.View)]
public sealed class IndexModel(GetMeetingHandler handler, AccessControl access) : PageModel
{
    public MeetingDetails Details { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public Guid AssociationId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid meetingId, CancellationToken ct)
    {
        AssociationId = associationId;
        var details = await handler.HandleAsync(associationId, meetingId, ct);
        if (details is null)
        {
            return NotFound();
        }

        Details = details;
        CanManage = await access.IsAllowedAsync(GovernancePermissions.Manage, associationId, ct);
        return Page();
    }
}
