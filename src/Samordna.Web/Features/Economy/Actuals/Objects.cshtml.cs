using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.Economy.Actuals;

public sealed class ObjectInput
{
    public string? Dimension { get; set; }

    public string? Number { get; set; }

    public Guid? InterventionId { get; set; }

    /// <summary>The intervention as stored when read (a hidden field; not the proposal), so a save changes only the rows the user changed and sees a concurrent edit.</summary>
    public Guid? ReadInterventionId { get; set; }
}

public sealed class ObjectsInput
{
    public List<ObjectInput> Objects { get; set; } = [];
}

/// <summary>Which intervention each project and cost centre of the books counts for (kept between imports); an untied object is proposed the intervention of the same name.</summary>
[RequirePermission(EconomyPermissions.ManageBudget)]
// Four fields a row, up to 2 000 rows: more than the 1 024 form values a page takes by default.
[RequestFormLimits(ValueCountLimit = 16384)]
public sealed class ObjectsModel(MapObjectsHandler handler, AppDbContext db) : FormPage<ObjectsInput>, IFormWithLists
{
    public Guid AssociationId { get; private set; }

    public IReadOnlyList<ObjectMappingView> Objects { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Interventions { get; private set; } = [];

    public async Task OnGetAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        await LoadListsAsync(ct);
        Input.Objects = Objects.Select(o => new ObjectInput { Dimension = o.Dimension, Number = o.Number, InterventionId = o.InterventionId ?? o.ProposedInterventionId, ReadInterventionId = o.InterventionId }).ToList();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        await LoadListsAsync(ct);
        var request = new ObjectMappingsRequest(Input.Objects.Select(o => new ObjectMappingRequest(o.Dimension, o.Number, o.InterventionId, new ObjectMappingRead(o.ReadInterventionId))).ToList());
        return await this.SubmitAsync(MapObjectsHandler.Validate(request).PerRow(), () => handler.SaveAsync(associationId, request, ct),
            changed => ($"Kopplingen är sparad ({SwedishCulture.Count(changed, "ändrat objekt", "ändrade objekt")}).", $"/forbund/{associationId}/ekonomi/objekt")) ?? Page();
    }

    public async Task LoadListsAsync(CancellationToken ct)
    {
        Objects = await handler.ListAsync(AssociationId, ct);
        var interventions = await db.Set<Intervention>().AsNoTracking().Where(i => i.AssociationId == AssociationId)
            .Select(i => new { i.Id, i.Name }).ToListAsync(ct);
        // Sorted here, in Swedish (Å before Ä before Ö): SQLite orders text by its bytes.
        Interventions =
        [
            new("Ingen (kontots koppling gäller)", string.Empty),
            .. interventions.OrderBy(i => i.Name, StringComparer.Create(SwedishCulture.Instance, false)).Select(i => new SelectListItem(i.Name, i.Id.ToString())),
        ];
    }
}
