using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Registry.CreateAssociation;

[RequirePermission(RegistryPermissions.ManageNational)]
public sealed class CreateModel(CreateAssociationHandler handler, AppDbContext db) : PageModel
{
    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Seats { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Regions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Municipalities { get; private set; } = [];

    public sealed class CreateInput
    {
        public string? Name { get; set; }

        public string? Code { get; set; }

        public string? OrganisationNumber { get; set; }

        public string? SeatMunicipalityCode { get; set; }

        public string? FormedOn { get; set; }

        public List<string> RegionCodes { get; set; } = [];

        /// <summary>Municipalities and municipal districts; named like the API field so its errors land here.</summary>
        public List<string> MemberCodes { get; set; } = [];
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadListsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var parse = new ValidationErrors();
        var formedOn = FormFields.Date(parse, "formedOn", "Bildat datum", Input.FormedOn);
        var request = new CreateAssociationRequest(Input.Name, Input.Code, Input.OrganisationNumber, Input.SeatMunicipalityCode, formedOn,
            [.. Input.RegionCodes, .. Input.MemberCodes]);
        if (await this.SubmitAsync(
                parse.Merge(CreateAssociationHandler.Validate(request)),
                () => handler.HandleAsync(request, ct),
                id => ($"Förbundet {request.Name!.Trim()} är registrerat.", $"/forbund/{id}")) is { } saved)
        {
            return saved;
        }

        await LoadListsAsync(ct);
        return Page();
    }

    private async Task LoadListsAsync(CancellationToken ct)
    {
        var sv = StringComparer.Create(SwedishCulture.Instance, false);
        Seats = await SeatOptions.LoadAsync(db, ct);
        var organisations = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Region || o.Kind == OrganisationKind.Municipality || o.Kind == OrganisationKind.MunicipalDistrict)
            .ToListAsync(ct);
        Regions = organisations.Where(o => o.Kind == OrganisationKind.Region).OrderBy(o => o.Name, sv)
            .Select(o => new SelectListItem(o.Name, o.Code, Input.RegionCodes.Contains(o.Code))).ToList();
        Municipalities = organisations.Where(o => o.Kind != OrganisationKind.Region).OrderBy(o => o.Name, sv)
            .Select(o => new SelectListItem($"{o.Name} ({o.Code})", o.Code, Input.MemberCodes.Contains(o.Code))).ToList();
    }
}
