using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.ViewMeeting;

namespace Samordna.Web.Features.Governance.SaveDecision;

[RequirePermission(GovernancePermissions.Manage)]
public sealed class NewModel(SaveDecisionHandler handler, GetMeetingHandler meetings, AppDbContext db) : DecisionFormPage(handler, meetings, db)
{
    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid meetingId, CancellationToken ct)
    {
        AssociationId = associationId;
        MeetingId = meetingId;
        Input.LinkKind = DecisionLinkKind.None;
        Input.VoteKind = VoteKind.None;
        return await LoadMeetingAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid meetingId, CancellationToken ct)
    {
        AssociationId = associationId;
        MeetingId = meetingId;
        if (!await LoadMeetingAsync(ct))
        {
            return NotFound();
        }

        return await SaveAsync(null, () => ("Beslutet är registrerat.", $"/forbund/{associationId}/sammantraden/{meetingId}"), ct);
    }
}
