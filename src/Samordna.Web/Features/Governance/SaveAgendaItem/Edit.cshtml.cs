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
        return await ShowAsync(item, i => new AgendaItemInput { Position = i.Position, Title = i.Title, Description = i.Description, Version = i.Version }, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid meetingId, Guid agendaItemId, CancellationToken ct)
    {
        AssociationId = associationId;
        MeetingId = meetingId;
        return await SaveAsync(agendaItemId, () => ("Punkten är sparad.", $"/forbund/{associationId}/sammantraden/{meetingId}"), ct);
    }
}
