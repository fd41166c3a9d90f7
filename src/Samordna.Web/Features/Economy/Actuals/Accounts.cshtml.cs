using Samordna.Web.Features.Economy.Budgets;
using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.Economy.Actuals;

public sealed class AccountInput
{
    public string? Account { get; set; }

    public BudgetCategory? Category { get; set; }

    public Guid? InterventionId { get; set; }

    /// <summary>The category as read (a hidden field), so a save changes only the rows the user changed and sees a concurrent edit.</summary>
    public BudgetCategory? ReadCategory { get; set; }

    public Guid? ReadInterventionId { get; set; }
}

public sealed class AccountsInput
{
    public List<AccountInput> Accounts { get; set; } = [];
}

/// <summary>Which budget category each result account of the books counts as (kept between imports).</summary>
[RequirePermission(EconomyPermissions.ManageBudget)]
// Five fields a row, up to 2 000 rows: more than the 1 024 form values a page takes by default.
[RequestFormLimits(ValueCountLimit = 16384)]
public sealed class AccountsModel(MapAccountsHandler handler, AppDbContext db) : PageModel, IFormWithLists
{
    [BindProperty]
    public AccountsInput Input { get; set; } = new();

    public Guid AssociationId { get; private set; }

    public IReadOnlyList<AccountMappingView> Accounts { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Categories { get; } =
        [new("Inte kopplat", string.Empty), .. FormFields.Options<BudgetCategory>(BudgetRules.Name)];

    public IReadOnlyList<SelectListItem> Interventions { get; private set; } = [];

    public async Task OnGetAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        await LoadListsAsync(ct);
        Input.Accounts = Accounts.Select(a => new AccountInput
        {
            Account = a.Account, Category = a.Category, InterventionId = a.InterventionId, ReadCategory = a.Category, ReadInterventionId = a.InterventionId,
        }).ToList();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        await LoadListsAsync(ct);
        var request = new AccountMappingsRequest(Input.Accounts.Select(a => new AccountMappingRequest(a.Account, a.Category, a.InterventionId, new AccountMappingRead(a.ReadCategory, a.ReadInterventionId))).ToList());
        return await this.SubmitAsync(MapAccountsHandler.Validate(request).PerRow(), () => handler.SaveAsync(associationId, request, ct),
            changed => ($"Kopplingen är sparad ({SwedishCulture.Count(changed, "ändrat konto", "ändrade konton")}).", $"/forbund/{associationId}/ekonomi/kontoplan")) ?? Page();
    }

    public async Task LoadListsAsync(CancellationToken ct)
    {
        Accounts = await handler.ListAsync(AssociationId, ct);
        var interventions = await db.Set<Intervention>().AsNoTracking().Where(i => i.AssociationId == AssociationId)
            .OrderBy(i => i.Name).Select(i => new { i.Id, i.Name }).ToListAsync(ct);
        Interventions = [new("Ingen", string.Empty), .. interventions.Select(i => new SelectListItem(i.Name, i.Id.ToString()))];
    }
}
