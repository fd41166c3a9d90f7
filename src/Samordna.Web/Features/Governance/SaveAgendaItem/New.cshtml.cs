using Samordna.Web.Features.Governance.Data;

namespace Samordna.Web.Features.Governance.SaveAgendaItem;

[RequirePermission(GovernancePermissions.Manage)]
public sealed class NewModel(SaveAgendaItemHandler handler, AppDbContext db) : AgendaItemFormPage(handler)
{
    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid meetingId, CancellationToken ct)
    {
        AssociationId = associationId;
        MeetingId = meetingId;
        return await db.Set<BoardMeeting>().AnyAsync(m => m.Id == meetingId && m.AssociationId == associationId, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid meetingId, CancellationToken ct)
    {
        AssociationId = associationId;
        MeetingId = meetingId;
        if (await SaveAsync(null, ct) is { } page)
        {
            return page;
        }

        TempData["Status"] = "Punkten är tillagd på dagordningen.";
        return Redirect($"/forbund/{associationId}/sammantraden/{meetingId}");
    }
}
