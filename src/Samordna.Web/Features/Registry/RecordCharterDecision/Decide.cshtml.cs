using Samordna.Web.Features.Registry.CharterVersions;

namespace Samordna.Web.Features.Registry.RecordCharterDecision;

[RequirePermission(RegistryPermissions.Manage)]
public sealed class DecideModel(RecordCharterDecisionHandler handler, GetCharterHandler charter) : FormPage<DecideModel.DecideInput>
{
    public CharterVersionItem? Version { get; private set; }

    public Guid AssociationId { get; private set; }

    public IReadOnlyList<SelectListItem> Undecided { get; private set; } = [];

    public sealed class DecideInput
    {
        public string? OrganisationCode { get; set; }

        public string? DecidedOn { get; set; }

        public string? Reference { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid charterVersionId, CancellationToken ct) =>
        await LoadAsync(associationId, charterVersionId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid charterVersionId, CancellationToken ct)
    {
        var parse = new ValidationErrors();
        var request = new RecordCharterDecisionRequest(Input.OrganisationCode, FormFields.Date(parse, "decidedOn", "Beslutsdatum", Input.DecidedOn), Input.Reference);
        var saved = await this.SubmitAsync(
            parse.Merge(RecordCharterDecisionHandler.Validate(request)),
            () => handler.HandleAsync(associationId, charterVersionId, request, ct),
            decision => (decision.EffectiveFrom is { } from
                ? $"Beslutet är registrerat. Alla medlemmar har beslutat; versionen gäller från {SwedishCulture.Date(from)}."
                : $"Beslutet är registrerat. Beslut saknas från {decision.MissingDecisions} medlem(mar).",
                $"/forbund/{associationId}/forbundsordning/{charterVersionId}"));
        return saved ?? (await LoadAsync(associationId, charterVersionId, ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(Guid associationId, Guid charterVersionId, CancellationToken ct)
    {
        AssociationId = associationId;
        Version = await charter.VersionAsync(associationId, charterVersionId, DateOnly.MaxValue, ct);
        Undecided = Version?.MissingDecisions.Select(m => new SelectListItem(m.Name, m.OrganisationCode)).ToList() ?? [];
        return Version is not null;
    }
}
