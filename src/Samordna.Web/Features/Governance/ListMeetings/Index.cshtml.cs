namespace Samordna.Web.Features.Governance.ListMeetings;

[RequirePermission(GovernancePermissions.View)]
public sealed class IndexModel(ListMeetingsHandler handler, AccessControl access) : AssociationViewPage(access, GovernancePermissions.Manage)
{
    public IReadOnlyList<MeetingSummary> Meetings { get; private set; } = [];

    public async Task OnGetAsync(Guid associationId, CancellationToken ct)
    {
        await ShowAsync(associationId, ct);
        Meetings = await handler.HandleAsync(associationId, ct);
    }
}
