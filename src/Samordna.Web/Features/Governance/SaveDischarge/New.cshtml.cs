using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Snapshot;

namespace Samordna.Web.Features.Governance.SaveDischarge;

[RequirePermission(GovernancePermissions.Manage)]
public sealed class NewModel(SaveDischargeHandler handler, BoardSnapshotLoader loader, TimeProvider clock) : DischargeFormPage(handler, loader)
{
    public async Task OnGetAsync(Guid associationId, int? ar, Guid? medlem, CancellationToken ct)
    {
        AssociationId = associationId;
        Input.Year = ar ?? SwedishCulture.Today(clock).Year - 1;
        Input.OrganisationId = medlem;
        Input.Outcome = DischargeOutcome.Pending;
        await LoadListsAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        return await SaveAsync(() => ("Beslutet om ansvarsfrihet är registrerat.", $"/forbund/{associationId}/ansvarsfrihet?ar={Input.Year}"), ct);
    }
}
