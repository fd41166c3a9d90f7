using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Snapshot;

namespace Samordna.Web.Features.Governance.SaveAuditor;

public sealed class AuditorInput
{
    public string? PersonName { get; set; }

    public string? Firm { get; set; }

    public AuditorKind? Kind { get; set; }

    public Guid? AppointedByOrganisationId { get; set; }

    public string? DecisionDate { get; set; }

    public string? TermStart { get; set; }

    public string? TermEnd { get; set; }

    public long? Version { get; set; }
}

/// <summary>What the new and edit pages of an auditor share.</summary>
public abstract class AuditorFormPage(SaveAuditorHandler handler, BoardSnapshotLoader loader) : GovernanceFormPage<AuditorInput>
{
    public IReadOnlyList<SelectListItem> Members { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Kinds { get; } = FormFields.Options<AuditorKind>(GovernanceNames.Of);

    public override async Task LoadListsAsync(CancellationToken ct)
    {
        var members = await loader.MembersDuringAsync(AssociationId, DateOnly.MinValue, DateOnly.MaxValue, ct);
        Members = members.Where(m => m.Kind != Registry.Data.OrganisationKind.EmploymentService)
            .Select(m => new SelectListItem(m.Name, m.OrganisationId.ToString())).ToList();
    }

    protected Task<IActionResult> SaveAsync(Guid? auditorId, Func<(string Status, string Address)> saved, CancellationToken ct) =>
        SaveAsync(
            handler,
            auditorId,
            errors => new AuditorRequest(
                Input.PersonName, Input.Firm, Input.Kind, Input.AppointedByOrganisationId,
                FormFields.Date(errors, "decisionDate", "Beslutsdatum", Input.DecisionDate),
                FormFields.Date(errors, "termStart", "Uppdraget från", Input.TermStart),
                FormFields.Date(errors, "termEnd", "Uppdraget till", Input.TermEnd),
                Input.Version),
            saved,
            ct);
}
