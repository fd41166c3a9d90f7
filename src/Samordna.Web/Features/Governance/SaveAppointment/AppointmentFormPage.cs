using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Snapshot;

namespace Samordna.Web.Features.Governance.SaveAppointment;

public sealed class AppointmentInput
{
    public string? PersonName { get; set; }

    public Guid? OrganisationId { get; set; }

    public Guid? AppointedByOrganisationId { get; set; }

    public BoardRole? Role { get; set; }

    public int? SubstituteOrder { get; set; }

    public EligibilityBasis? Eligibility { get; set; }

    public string? DecisionDate { get; set; }

    public string? TermStart { get; set; }

    public string? TermEnd { get; set; }

    public BoardOffice? Office { get; set; }

    public long? Version { get; set; }
}

/// <summary>What the new and edit pages of an appointment share: the form fields and the lists.</summary>
public abstract class AppointmentFormPage(SaveAppointmentHandler handler, BoardSnapshotLoader loader) : GovernanceFormPage<AppointmentInput>
{
    public IReadOnlyList<SelectListItem> Members { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Roles { get; } = FormFields.Options<BoardRole>(GovernanceNames.Of);

    public IReadOnlyList<SelectListItem> EligibilityBases { get; } = FormFields.Options<EligibilityBasis>(GovernanceNames.Of);

    public IReadOnlyList<SelectListItem> Offices { get; } =
        FormFields.Options<BoardOffice>(o => o == BoardOffice.None ? "Inget särskilt uppdrag" : GovernanceNames.Of(o));

    public override async Task LoadListsAsync(CancellationToken ct)
    {
        var members = await loader.MembersDuringAsync(AssociationId, DateOnly.MinValue, DateOnly.MaxValue, ct);
        Members = members.Select(m => new SelectListItem(m.Name, m.OrganisationId.ToString())).ToList();
    }

    protected Task<IActionResult> SaveAsync(Guid? appointmentId, Func<(string Status, string Address)> saved, CancellationToken ct) =>
        SaveAsync(
            handler,
            appointmentId,
            errors => new AppointmentRequest(
                Input.PersonName, Input.OrganisationId, Input.AppointedByOrganisationId, Input.Role, Input.SubstituteOrder, Input.Eligibility,
                FormFields.Date(errors, "decisionDate", "Beslutsdatum", Input.DecisionDate),
                FormFields.Date(errors, "termStart", "Mandattid från", Input.TermStart),
                FormFields.Date(errors, "termEnd", "Mandattid till", Input.TermEnd),
                Input.Office, Input.Version),
            saved,
            ct);
}
