using Samordna.Web.Features.Governance.Snapshot;
using Samordna.Web.Features.Governance.ViewAuditors;

namespace Samordna.Web.Features.Governance.SaveAuditor;

[RequirePermission(GovernancePermissions.Manage)]
public sealed class EditModel(SaveAuditorHandler handler, ListAuditorsHandler auditors, BoardSnapshotLoader loader, TimeProvider clock)
    : AuditorFormPage(handler, loader)
{
    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid auditorId, CancellationToken ct)
    {
        AssociationId = associationId;
        return await ShowAsync(await auditors.OneAsync(associationId, auditorId, SwedishCulture.Today(clock), ct), a => new AuditorInput
        {
            PersonName = a.PersonName,
            Firm = a.Firm,
            Kind = a.Kind,
            AppointedByOrganisationId = a.AppointedByOrganisationId,
            DecisionDate = FormFields.Text(a.DecisionDate),
            TermStart = FormFields.Text(a.TermStart),
            TermEnd = FormFields.Text(a.TermEnd),
            Version = a.Version,
        }, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid auditorId, CancellationToken ct)
    {
        AssociationId = associationId;
        return await SaveAsync(auditorId, () => ($"Revisorn {Input.PersonName} är sparad.", $"/forbund/{associationId}/revisorer"), ct);
    }
}
