using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Governance.Data;

namespace Samordna.Web.Features.Economy.Budgets;

public sealed class BudgetInput
{
    public string? Until { get; set; }

    public Guid? OrganisationId { get; set; }

    public string? Text { get; set; }

    public Guid? DecisionId { get; set; }

    public string? AdoptedOn { get; set; }

    public long? Version { get; set; }
}

/// <summary>What the budget's form pages share: the version they act on, and going back to the budget when saved.</summary>
public abstract class BudgetFormPage(BudgetHandler handler) : PageModel, IFormWithLists
{
    [BindProperty]
    public BudgetInput Input { get; set; } = new();

    public Guid AssociationId { get; private set; }

    public BudgetView Budget { get; private set; } = null!;

    public virtual Task LoadListsAsync(CancellationToken ct) => Task.CompletedTask;

    protected BudgetHandler Handler => handler;

    protected async Task<bool> LoadAsync(Guid associationId, Guid budgetId, CancellationToken ct)
    {
        AssociationId = associationId;
        var budget = await handler.GetAsync(associationId, budgetId, null, ct);
        if (budget is null)
        {
            return false;
        }

        Budget = budget;
        Input.Version ??= budget.Version;
        await LoadListsAsync(ct);
        return true;
    }

    /// <summary>Runs the move; back to the budget with <paramref name="done"/>, or this page again with the errors.</summary>
    protected async Task<IActionResult> SaveAsync(ValidationErrors errors, Func<Task<Result<Saved>>> move, string done) =>
        await this.SubmitAsync(errors, move, _ => (done, $"/forbund/{AssociationId}/ekonomi/budget?ar={Budget.Year}")) ?? Page();
}

/// <summary>A new proposal for a year: the first (drafted from what the system knows) or a revision of the adopted budget.</summary>
[RequirePermission(EconomyPermissions.ManageBudget)]
public sealed class ProposeModel(BudgetHandler handler, TimeProvider clock) : PageModel
{
    public Guid AssociationId { get; private set; }

    public int Year { get; private set; }

    public bool IsRevision { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid associationId, string? ar, CancellationToken ct)
    {
        AssociationId = associationId;
        Year = FormFields.Year(ar) ?? BudgetRules.DefaultYear(SwedishCulture.Today(clock));
        IsRevision = await handler.GetAsync(associationId, null, Year, ct) is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid associationId, string? ar, CancellationToken ct)
    {
        AssociationId = associationId;
        Year = FormFields.Year(ar) ?? BudgetRules.DefaultYear(SwedishCulture.Today(clock));
        var request = new CreateBudgetRequest(Year);
        return await this.SubmitAsync(BudgetHandler.Validate(request), () => handler.CreateAsync(associationId, request, ct),
            _ => ("Budgetförslaget är upprättat.", $"/forbund/{associationId}/ekonomi/budget?ar={Year}"), map: _ => string.Empty) ?? Page();
    }
}

/// <summary>The office's moves: send a draft for consultation; record the board's adoption, or take the proposal back to draft.</summary>
[RequirePermission(EconomyPermissions.ManageBudget)]
public sealed class MoveModel(BudgetHandler handler, AppDbContext db, TimeProvider clock) : BudgetFormPage(handler)
{
    public IReadOnlyList<SelectListItem> Decisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid budgetId, CancellationToken ct)
    {
        Input.AdoptedOn = FormFields.Text(SwedishCulture.Today(clock));
        return await LoadAsync(associationId, budgetId, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostConsultAsync(Guid associationId, Guid budgetId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, budgetId, ct))
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        var request = new ConsultationRequest(FormFields.Date(errors, "until", "Sista dag för synpunkter", Input.Until), Input.Version);
        return await SaveAsync(errors.Merge(BudgetHandler.Validate(request)), () => Handler.SendToConsultationAsync(associationId, budgetId, request, ct), "Budgetförslaget är skickat på samråd.");
    }

    public async Task<IActionResult> OnPostAdoptAsync(Guid associationId, Guid budgetId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, budgetId, ct))
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        var request = new AdoptBudgetRequest(Input.DecisionId, FormFields.Date(errors, "adoptedOn", "Fastställd den", Input.AdoptedOn), Input.Version);
        return await SaveAsync(errors.Merge(BudgetHandler.Validate(request)), () => Handler.AdoptAsync(associationId, budgetId, request, ct), "Budgeten är fastställd.");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid associationId, Guid budgetId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, budgetId, ct))
        {
            return NotFound();
        }

        var request = new WithdrawRequest(Input.Version);
        return await SaveAsync(BudgetHandler.Validate(request), () => Handler.WithdrawAsync(associationId, budgetId, request, ct), "Budgetförslaget är ett utkast igen.");
    }

    public override async Task LoadListsAsync(CancellationToken ct)
    {
        var decisions = await (from d in db.Set<BoardDecision>().AsNoTracking()
                               join m in db.Set<BoardMeeting>().AsNoTracking() on d.MeetingId equals m.Id
                               where d.AssociationId == AssociationId && (d.LinkedId == null || d.LinkedId == Budget.Id)
                               orderby m.Date descending, d.Number descending
                               select new { d.Id, d.Number, d.Year, d.Title, m.Date }).Take(50).ToListAsync(ct);
        Decisions = decisions.Select(d => new SelectListItem($"§ {d.Number}/{d.Year} ({SwedishCulture.Date(d.Date)}): {d.Title}", d.Id.ToString(), d.Id == Input.DecisionId)).ToList();
    }
}

/// <summary>A member's comment in the consultation: the representative for their own member, the office for any member.</summary>
[RequirePermission(EconomyPermissions.CommentBudget)]
public sealed class CommentModel(BudgetHandler handler, BudgetCommenter commenter) : BudgetFormPage(handler)
{
    public IReadOnlyList<SelectListItem> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid budgetId, CancellationToken ct) =>
        await LoadAsync(associationId, budgetId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid budgetId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, budgetId, ct))
        {
            return NotFound();
        }

        var request = new BudgetCommentRequest(Input.OrganisationId, Input.Text);
        var onlyFor = await commenter.ForAsync(associationId, ct);
        return await SaveAsync(BudgetHandler.Validate(request), () => Handler.CommentAsync(associationId, budgetId, request, onlyFor, ct), "Synpunkterna är registrerade.");
    }

    public override async Task LoadListsAsync(CancellationToken ct)
    {
        var onlyFor = await commenter.ForAsync(AssociationId, ct);
        Members = (await Handler.MembersAsync(AssociationId, ct)).Where(m => onlyFor is null || onlyFor.Contains(m.Id))
            .Select(m => new SelectListItem(m.Name, m.Id.ToString(), m.Id == Input.OrganisationId)).ToList();
    }
}
