using Samordna.Web.Features.Governance.Snapshot;

namespace Samordna.Web.Features.Governance.SaveAppointment;

[RequirePermission(GovernancePermissions.Manage)]
public sealed class NewModel(SaveAppointmentHandler handler, BoardSnapshotLoader loader, TimeProvider clock) : AppointmentFormPage(handler, loader)
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
        return await SaveAsync(null, () => ($"{Input.PersonName} är registrerad i styrelsen.", $"/forbund/{associationId}/styrelse"), ct);
    }
}
