using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Registry.AddMember;

[RequirePermission(RegistryPermissions.Manage)]
public sealed class AddModel(AddMemberHandler handler, AppDbContext db, TimeProvider clock) : FormPage<AddModel.AddInput>
{
    public Guid AssociationId { get; private set; }

    public IReadOnlyList<SelectListItem> Candidates { get; private set; } = [];

    public sealed class AddInput
    {
        public string? OrganisationCode { get; set; }

        public string? EffectiveDate { get; set; }

        public string? DecisionDate { get; set; }

        public string? Reference { get; set; }
    }

    public async Task OnGetAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        await LoadAsync(associationId, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        var parse = new ValidationErrors();
        var request = new AddMemberRequest(
            Input.OrganisationCode,
            FormFields.Date(parse, "effectiveDate", "Medlem från", Input.EffectiveDate),
            FormFields.Date(parse, "decisionDate", "Beslutsdatum", Input.DecisionDate),
            Input.Reference);
        if (await this.SubmitAsync(
                parse.Merge(AddMemberHandler.Validate(request)),
                () => handler.HandleAsync(associationId, request, ct),
                _ => ("Den nya medlemmen är registrerad.", $"/forbund/{associationId}/medlemmar?asOf={FormFields.Text(request.EffectiveDate)}")) is { } saved)
        {
            return saved;
        }

        await LoadAsync(associationId, ct);
        return Page();
    }

    /// <summary>Every region, municipality and district that is not a member today.</summary>
    private async Task LoadAsync(Guid associationId, CancellationToken ct)
    {
        var today = SwedishCulture.Today(clock);
        var current = await db.Set<Membership>().AsNoTracking()
            .Where(m => m.AssociationId == associationId).NotEndedBefore(today)
            .Select(m => m.OrganisationId).ToListAsync(ct);
        var organisations = await db.Set<Organisation>().AsNoTracking().Where(o => !current.Contains(o.Id)).ToListAsync(ct);
        Candidates = organisations
            .OrderBy(o => o.Kind).ThenBy(o => o.Name, StringComparer.Create(SwedishCulture.Instance, false))
            .Select(o => new SelectListItem($"{o.Name} ({o.Code})", o.Code))
            .ToList();
    }
}
