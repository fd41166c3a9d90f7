using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Registry.MergeAssociations;

[RequirePermission(RegistryPermissions.ManageNational)]
public sealed class MergeModel(MergeAssociationsHandler handler, AppDbContext db) : FormPage<MergeModel.MergeInput>
{
    public IReadOnlyList<SelectListItem> Associations { get; private set; } = [];

    public sealed class MergeInput
    {
        public Guid? ContinuingAssociationId { get; set; }

        public Guid? AbsorbedAssociationId { get; set; }

        public string? EffectiveDate { get; set; }

        public string? EquitySettled { get; set; }

        public string? DecisionDate { get; set; }

        public string? Reference { get; set; }

        public string? NewName { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var parse = new ValidationErrors();
        Sek? equity = null;
        if (!string.IsNullOrWhiteSpace(Input.EquitySettled))
        {
            if (Sek.TryParse(Input.EquitySettled, out var amount))
            {
                equity = amount;
            }
            else
            {
                parse.Add("equitySettled", "Reglerat eget kapital ska vara ett belopp i kronor med högst två decimaler, till exempel 1 250 000 eller 0.");
            }
        }

        var request = new MergeAssociationsRequest(
            Input.ContinuingAssociationId,
            Input.AbsorbedAssociationId,
            FormFields.Date(parse, "effectiveDate", "Sammanslagningen gäller från", Input.EffectiveDate),
            equity,
            FormFields.Date(parse, "decisionDate", "Beslutsdatum", Input.DecisionDate),
            Input.Reference,
            Input.NewName);
        if (await this.SubmitAsync(
                parse.Merge(MergeAssociationsHandler.Validate(request)),
                () => handler.HandleAsync(request, ct),
                merged => ($"Sammanslagningen är registrerad. {merged.MembersMoved} medlemmar flyttade till det förbund som består.",
                    $"/forbund/{merged.ContinuingAssociationId}/medlemmar")) is { } saved)
        {
            return saved;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await db.Set<Association>().AsNoTracking().Where(a => a.EndedOn == null).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        Associations = rows.OrderBy(a => a.Name, StringComparer.Create(SwedishCulture.Instance, false))
            .Select(a => new SelectListItem(a.Name, a.Id.ToString())).ToList();
    }
}
