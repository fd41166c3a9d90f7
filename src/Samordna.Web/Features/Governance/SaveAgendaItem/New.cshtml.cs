using Microsoft.AspNetCore.Mvc;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Governance.SaveAgendaItem;

[RequirePermission(GovernancePermissions.Manage)]
public sealed class NewModel(SaveAgendaItemHandler handler) : AgendaItemFormPage(handler)
{
    public void OnGet(Guid associationId, Guid meetingId)
    {
        AssociationId = associationId;
        MeetingId = meetingId;
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
