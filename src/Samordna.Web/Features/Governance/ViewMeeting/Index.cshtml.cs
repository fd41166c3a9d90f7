namespace Samordna.Web.Features.Governance.ViewMeeting;

[RequirePermission(GovernancePermissions.View)]
public sealed class IndexModel(GetMeetingHandler handler, MeetingDocuments.ManageMeetingDocumentsHandler documents, AccessControl access) : AssociationViewPage(access, GovernancePermissions.Manage)
{
    public MeetingDetails Details { get; private set; } = null!;

    /// <summary>The notice, papers and minutes as files, downloadable by everyone who sees the meeting.</summary>
    public IReadOnlyList<MeetingDocuments.MeetingDocumentInfo> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid meetingId, CancellationToken ct)
    {
        await ShowAsync(associationId, ct);
        var details = await handler.HandleAsync(associationId, meetingId, ct);
        if (details is null)
        {
            return NotFound();
        }

        Details = details;
        Documents = await documents.ListAsync(associationId, meetingId, ct) ?? [];
        return Page();
    }
}
