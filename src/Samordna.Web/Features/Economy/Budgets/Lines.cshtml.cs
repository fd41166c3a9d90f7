using System.Text.RegularExpressions;
using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.Economy.Budgets;

public sealed class BudgetLineInput
{
    public BudgetCategory? Category { get; set; }

    public Guid? OrganisationId { get; set; }

    public Guid? InterventionId { get; set; }

    public string? Label { get; set; }

    public string? Amount { get; set; }

    public string? PlanYear1 { get; set; }

    public string? PlanYear2 { get; set; }
}

public sealed class BudgetLinesInput
{
    public List<BudgetLineInput> Lines { get; set; } = [];

    public long? Version { get; set; }
}

/// <summary>A draft's lines: category, the member or intervention, the words, and the amounts of the budget year and the plan years.</summary>
[RequirePermission(EconomyPermissions.ManageBudget)]
public sealed class LinesModel(BudgetHandler handler, AppDbContext db) : PageModel, IFormWithLists
{
    public const int BlankLines = 4;

    [BindProperty]
    public BudgetLinesInput Input { get; set; } = new();

    public Guid AssociationId { get; private set; }

    public BudgetView Budget { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Categories { get; } = FormFields.Options<BudgetCategory>(BudgetRules.Name);

    public IReadOnlyList<SelectListItem> Members { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Interventions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid budgetId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, budgetId, ct))
        {
            return NotFound();
        }

        Input.Version = Budget.Version;
        Input.Lines = Budget.Lines.Select(l => new BudgetLineInput
        {
            Category = l.Category, OrganisationId = l.OrganisationId, InterventionId = l.InterventionId, Label = l.Label,
            Amount = FormFields.Field(l.Amount), PlanYear1 = FormFields.Field(l.PlanYear1), PlanYear2 = FormFields.Field(l.PlanYear2),
        }).ToList();
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid budgetId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, budgetId, ct))
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        var kept = Input.Lines.Select((l, i) => (l, i))
            .Where(x => !string.IsNullOrWhiteSpace(x.l.Label) || !string.IsNullOrWhiteSpace(x.l.Amount) || !string.IsNullOrWhiteSpace(x.l.PlanYear1) || !string.IsNullOrWhiteSpace(x.l.PlanYear2))
            .ToList();
        // The request holds only the filled rows; its row k is the form's row kept[k].i, where its errors are shown and
        // which its messages name.
        var lines = kept
            .Select((x, k) => new BudgetLineRequest(x.l.Category, x.l.OrganisationId, x.l.InterventionId, x.l.Label,
                FormFields.Money(errors, $"lines[{k}]", $"Budgetrad {x.i + 1}: budgetåret", x.l.Amount),
                FormFields.Money(errors, $"lines[{k}]", $"Budgetrad {x.i + 1}: planår 1", x.l.PlanYear1),
                FormFields.Money(errors, $"lines[{k}]", $"Budgetrad {x.i + 1}: planår 2", x.l.PlanYear2)))
            .ToList();
        string OnForm(string field)
        {
            var m = Regex.Match(field, @"^lines\[(\d+)\]");
            return m.Success && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var k && k < kept.Count
                ? FormErrors.Key($"lines[{kept[k].i}]")
                : FormErrors.Key(field);
        }

        var request = new BudgetLinesRequest(lines, Input.Version);
        var shown = await this.SubmitAsync(errors.Merge(BudgetHandler.Validate(request, kept.Select(x => x.i + 1).ToList())), () => handler.SaveLinesAsync(associationId, budgetId, request, ct),
            _ => ("Budgetraderna är sparade.", $"/forbund/{associationId}/ekonomi/budget?ar={Budget.Year}"), map: OnForm);
        if (shown is not null)
        {
            return shown;
        }

        Pad();
        return Page();
    }

    public async Task LoadListsAsync(CancellationToken ct)
    {
        await LoadAsync(AssociationId, Budget.Id, ct);
        Pad();
    }

    private async Task<bool> LoadAsync(Guid associationId, Guid budgetId, CancellationToken ct)
    {
        AssociationId = associationId;
        var budget = await handler.GetAsync(associationId, budgetId, null, ct);
        if (budget is null)
        {
            return false;
        }

        Budget = budget;
        Members = [new("Ingen (inte medlemsbidrag)", string.Empty), .. (await handler.MembersAsync(associationId, ct)).Select(m => new SelectListItem(m.Name, m.Id.ToString()))];
        var interventions = await db.Set<Intervention>().AsNoTracking().Where(i => i.AssociationId == associationId)
            .OrderBy(i => i.Name).Select(i => new { i.Id, i.Name }).ToListAsync(ct);
        Interventions = [new("Ingen (inte en insats)", string.Empty), .. interventions.Select(i => new SelectListItem(i.Name, i.Id.ToString()))];
        return true;
    }

    private void Pad()
    {
        for (var n = 0; n < BlankLines; n++)
        {
            Input.Lines.Add(new BudgetLineInput { Category = BudgetCategory.Administration });
        }
    }
}
