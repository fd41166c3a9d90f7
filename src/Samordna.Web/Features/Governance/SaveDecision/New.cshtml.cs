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

        if (await SaveAsync(null, ct) is { } page)
        {
            return page;
        }

        TempData["Status"] = "Beslutet är registrerat.";
        return Redirect($"/forbund/{associationId}/sammantraden/{meetingId}");
    }
}
