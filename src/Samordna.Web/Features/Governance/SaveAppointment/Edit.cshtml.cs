using Samordna.Web.Features.Governance.Snapshot;
using Samordna.Web.Features.Governance.ViewBoard;

namespace Samordna.Web.Features.Governance.SaveAppointment;

[RequirePermission(GovernancePermissions.Manage)]
public sealed class EditModel(SaveAppointmentHandler handler, GetBoardHandler board, BoardSnapshotLoader loader) : AppointmentFormPage(handler, loader)
{
    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid appointmentId, CancellationToken ct)
    {
        AssociationId = associationId;
        return await ShowAsync(await board.OneAsync(associationId, appointmentId, ct), a => new AppointmentInput
        {
            PersonName = a.PersonName,
            OrganisationId = a.OrganisationId,
            AppointedByOrganisationId = a.AppointedByOrganisationId,
            Role = a.Role,
            SubstituteOrder = a.SubstituteOrder,
            Eligibility = a.Eligibility,
            DecisionDate = FormFields.Text(a.DecisionDate),
            TermStart = FormFields.Text(a.TermStart),
            TermEnd = FormFields.Text(a.TermEnd),
            Office = a.Office,
            Version = a.Version,
        }, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid appointmentId, CancellationToken ct)
    {
        AssociationId = associationId;
        return await SaveAsync(appointmentId, () => ($"Uppdraget för {Input.PersonName} är sparat.", $"/forbund/{associationId}/styrelse"), ct);
    }
}
