using Samordna.Web.Features.Governance.Snapshot;

namespace Samordna.Web.Features.Governance.SaveAuditor;

[RequirePermission(GovernancePermissions.Manage)]
public sealed class NewModel(SaveAuditorHandler handler, BoardSnapshotLoader loader, TimeProvider clock) : AuditorFormPage(handler, loader)
{
    public async Task OnGetAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        Input.DecisionDate = SwedishCulture.Date(SwedishCulture.Today(clock));
        await LoadListsAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        return await SaveAsync(null, () => ($"Revisorn {Input.PersonName} är registrerad.", $"/forbund/{associationId}/revisorer"), ct);
    }
}
