using Samordna.Web.Features.Governance.Data;

namespace Samordna.Web.Features.Governance.SaveMeeting;

[RequirePermission(GovernancePermissions.Manage)]
public sealed class NewModel(SaveMeetingHandler handler) : MeetingFormPage(handler)
{
    public void OnGet(Guid associationId)
    {
        AssociationId = associationId;
        Input.Kind = MeetingKind.Ordinary;
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        return await SaveAsync(() => ("Sammanträdet är registrerat.", $"/forbund/{associationId}/sammantraden"), ct);
    }
}
