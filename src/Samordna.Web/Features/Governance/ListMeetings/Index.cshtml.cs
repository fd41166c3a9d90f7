namespace Samordna.Web.Features.Governance.ListMeetings;

[RequirePermission(GovernancePermissions.View)]
public sealed class IndexModel(ListMeetingsHandler handler, AccessControl access) : PageModel
{
    public IReadOnlyList<MeetingSummary> Meetings { get; private set; } = [];

    public bool CanManage { get; private set; }

    public Guid AssociationId { get; private set; }

    public async Task OnGetAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        Meetings = await handler.HandleAsync(associationId, ct);
        CanManage = await access.IsAllowedAsync(GovernancePermissions.Manage, associationId, ct);
    }
}
