using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Registry.UpdateAssociation;

[RequirePermission(RegistryPermissions.Manage)]
public sealed class EditModel(UpdateAssociationHandler handler, AppDbContext db) : FormPage<EditModel.EditInput>, IFormWithLists
{
    public Guid AssociationId { get; private set; }

    public IReadOnlyList<SelectListItem> Municipalities { get; private set; } = [];

    public sealed class EditInput
    {
        public string? Name { get; set; }

        public string? Code { get; set; }

        public string? OrganisationNumber { get; set; }

        public string? SeatMunicipalityCode { get; set; }

        public string? FormedOn { get; set; }

        public string? PublicEmail { get; set; }

        public string? Phone { get; set; }

        public string? PostalAddress { get; set; }

        public string? Website { get; set; }

        public long? Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        var a = await db.Set<Association>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == associationId, ct);
        if (a is null)
        {
            return NotFound();
        }

        Input = new EditInput
        {
            Name = a.Name,
            Code = a.Code,
            OrganisationNumber = OrganisationNumber.Parse(a.OrganisationNumber).ToString(),
            SeatMunicipalityCode = a.SeatMunicipalityCode,
            FormedOn = FormFields.Text(a.FormedOn),
            PublicEmail = a.PublicEmail,
            Phone = a.Phone,
            PostalAddress = a.PostalAddress,
            Website = a.Website,
            Version = a.Version,
        };
        await LoadListsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        await LoadListsAsync(ct);
        var errors = new ValidationErrors();
        var request = new UpdateAssociationRequest(Input.Name, Input.Code, Input.OrganisationNumber, Input.SeatMunicipalityCode,
            FormFields.Date(errors, "formedOn", "Bildat", Input.FormedOn), Input.Version, Input.PublicEmail, Input.Phone, Input.PostalAddress, Input.Website);
        return await this.SubmitAsync(
            errors.Merge(UpdateAssociationHandler.Validate(request)),
            () => handler.HandleAsync(associationId, request, ct),
            _ => ("Förbundets uppgifter är sparade.", $"/forbund/{associationId}"))
            ?? Page();
    }

    public async Task LoadListsAsync(CancellationToken ct) => Municipalities = await SeatOptions.LoadAsync(db, ct);
}
