using Samordna.Web.Features.Governance.ListDischarges;
using Samordna.Web.Features.Governance.Snapshot;

namespace Samordna.Web.Features.Governance.SaveDischarge;

[RequirePermission(GovernancePermissions.Manage)]
public sealed class EditModel(SaveDischargeHandler handler, ListDischargesHandler discharges, BoardSnapshotLoader loader) : DischargeFormPage(handler, loader)
{
    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid dischargeId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, dischargeId, true, ct))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid dischargeId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, dischargeId, false, ct))
        {
            return NotFound();
        }

        return await SaveAsync(() => ($"Beslutet om ansvarsfrihet för {MemberName} är sparat.", $"/forbund/{associationId}/ansvarsfrihet?ar={Input.Year}"), ct);
    }

    private async Task<bool> LoadAsync(Guid associationId, Guid dischargeId, bool fillInput, CancellationToken ct)
    {
        AssociationId = associationId;
        DischargeId = dischargeId;
        var row = await discharges.OneAsync(associationId, dischargeId, ct);
        if (row is null)
        {
            return false;
        }

        MemberName = row.MemberName;
        Input.Year = row.Year;
        Input.OrganisationId = row.OrganisationId;
        if (fillInput)
        {
            Input.Outcome = row.Outcome;
            Input.DecidedOn = FormFields.Text(row.DecidedOn);
            Input.Note = row.Note;
            Input.Version = row.Version;
        }

        await LoadListsAsync(ct);
        return true;
    }
}
