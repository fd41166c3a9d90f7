using Samordna.Web.Features.Governance.Data;

namespace Samordna.Web.Features.Governance.SaveAgendaItem;

[RequirePermission(GovernancePermissions.Manage)]
public sealed class EditModel(SaveAgendaItemHandler handler, AppDbContext db) : AgendaItemFormPage(handler)
{
    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid meetingId, Guid agendaItemId, CancellationToken ct)
    {
        AssociationId = associationId;
        MeetingId = meetingId;
        var item = await db.Set<AgendaItem>().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == agendaItemId && a.MeetingId == meetingId && a.AssociationId == associationId, ct);
        if (item is null)
        {
            return NotFound();
        }

        Input = new AgendaItemInput { Position = item.Position, Title = item.Title, Description = item.Description, Version = item.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid meetingId, Guid agendaItemId, CancellationToken ct)
    {
        AssociationId = associationId;
        MeetingId = meetingId;
        return await SaveAsync(agendaItemId, () => ("Punkten är sparad.", $"/forbund/{associationId}/sammantraden/{meetingId}"), ct);
    }
}
