using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Registry.EndAssociation;

[RequirePermission(RegistryPermissions.ManageLifecycle)]
public sealed class EndModel(EndAssociationHandler handler, AppDbContext db) : FormPage<EndModel.EndInput>
{
    public Association? Association { get; private set; }

    public sealed class EndInput
    {
        public EndKind? Kind { get; set; }

        public string? EffectiveDate { get; set; }

        public string? DecisionDate { get; set; }

        public string? Reference { get; set; }

        public string? Note { get; set; }

        public long? Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid associationId, CancellationToken ct)
    {
        Association = await db.Set<Association>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == associationId, ct);
        if (Association is null)
        {
            return NotFound();
        }

        Input.Version = Association.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, CancellationToken ct)
    {
        Association = await db.Set<Association>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == associationId, ct);
        var parse = new ValidationErrors();
        var request = new EndAssociationRequest(
            Input.Kind,
            FormFields.Date(parse, "effectiveDate", "Datum", Input.EffectiveDate),
            FormFields.Date(parse, "decisionDate", "Beslutsdatum", Input.DecisionDate),
            Input.Reference,
            Input.Note,
            Input.Version);
        return await this.SubmitAsync(
            parse.Merge(EndAssociationHandler.Validate(request)),
            () => handler.HandleAsync(associationId, request, ct),
            _ => (request.Kind == EndKind.Liquidation ? "Likvidationen är registrerad." : "Upplösningen är registrerad.", $"/forbund/{associationId}"))
            ?? Page();
    }
}
