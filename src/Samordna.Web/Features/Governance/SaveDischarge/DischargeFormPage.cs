using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Snapshot;

namespace Samordna.Web.Features.Governance.SaveDischarge;

public sealed class DischargeInput
{
    public int? Year { get; set; }

    public Guid? OrganisationId { get; set; }

    public DischargeOutcome? Outcome { get; set; }

    public string? DecidedOn { get; set; }

    public string? Note { get; set; }

    public long? Version { get; set; }
}

/// <summary>What the new and edit pages of a discharge decision share.</summary>
public abstract class DischargeFormPage(SaveDischargeHandler handler, BoardSnapshotLoader loader) : GovernanceFormPage<DischargeInput>
{
    public IReadOnlyList<SelectListItem> Members { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Outcomes { get; } = FormFields.Options<DischargeOutcome>(GovernanceNames.Of);

    public Guid? DischargeId { get; protected set; }

    /// <summary>For a change: the member's name (year and member are fixed once recorded).</summary>
    public string? MemberName { get; protected set; }

    public override async Task LoadListsAsync(CancellationToken ct)
    {
        var members = await loader.MembersDuringAsync(AssociationId, DateOnly.MinValue, DateOnly.MaxValue, ct);
        Members = members.Select(m => new SelectListItem(m.Name, m.OrganisationId.ToString())).ToList();
    }

    protected Task<IActionResult> SaveAsync(Func<(string Status, string Address)> saved, CancellationToken ct) =>
        SaveAsync(
            handler,
            DischargeId,
            errors => new DischargeRequest(
                Input.Year, Input.OrganisationId, Input.Outcome,
                FormFields.Date(errors, "decidedOn", "Beslutsdatum", Input.DecidedOn), Input.Note, Input.Version),
            saved,
            ct);
}
