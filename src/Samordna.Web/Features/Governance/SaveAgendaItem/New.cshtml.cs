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
        return await SaveAsync(null, () => ("Punkten är tillagd på dagordningen.", $"/forbund/{associationId}/sammantraden/{meetingId}"), ct);
    }
}
