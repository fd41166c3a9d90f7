using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Interventions.MoveIntervention;
using Samordna.Web.Features.Interventions.ViewIntervention;

namespace Samordna.Web.Features.Interventions.ManageMoney;

public sealed class BudgetLineInput
{
    public string? Year { get; set; }

    public BudgetLineKind? Kind { get; set; }

    public string? Amount { get; set; }

    public string? Actual { get; set; }

    public string? Description { get; set; }
}

public sealed class MoneyInput
{
    public List<BudgetLineInput> Lines { get; set; } = [];

    public Guid? DecisionId { get; set; }

    public List<YearAmountInput> Grants { get; set; } = [];

    public string? PlannedOn { get; set; }

    public string? Amount { get; set; }

    public Guid? PaymentId { get; set; }

    public string? PaidOn { get; set; }

    public long? Version { get; set; }
}

/// <summary>
/// What the money pages of an intervention share: the intervention as the user may see it, the decisions to choose
/// from, and saving through <see cref="ManageMoneyHandler"/>. The overview (Index) only reads; the budget, a further
/// decision and the payments each have a page of their own with the permission they need.
/// </summary>
public abstract class MoneyPage(ManageMoneyHandler handler, GetInterventionHandler interventions, InterventionActors actors, AccessControl access, AppDbContext db, TimeProvider clock)
    : FormPage<MoneyInput>, IFormWithLists
{
    public const int BlankLines = 4;

    public InterventionDetails Intervention { get; private set; } = null!;

    public Guid AssociationId { get; private set; }

    public Guid InterventionId { get; private set; }

    public bool CanEditBudget { get; private set; }

    public bool CanManage { get; private set; }

    public IReadOnlyList<SelectListItem> Kinds { get; } = FormFields.Options<BudgetLineKind>(InterventionNames.Of);

    public IReadOnlyList<SelectListItem> Decisions { get; private set; } = [];

    public virtual async Task<IActionResult> OnGetAsync(Guid associationId, Guid interventionId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, interventionId, ct))
        {
            return NotFound();
        }

        Input.Lines = Intervention.Budget.Select(b => new BudgetLineInput
        {
            Year = b.Year.ToString(CultureInfo.InvariantCulture), Kind = b.Kind, Amount = FormFields.Field(b.Amount), Actual = FormFields.Field(b.Actual), Description = b.Description,
        }).ToList();
        Pad();
        return Page();
    }

    protected async Task<IActionResult> PostBudgetAsync(Guid associationId, Guid interventionId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, interventionId, ct))
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        var lines = Input.Lines.Select((l, i) => (l, i))
            .Where(x => !string.IsNullOrWhiteSpace(x.l.Year) || !string.IsNullOrWhiteSpace(x.l.Amount) || !string.IsNullOrWhiteSpace(x.l.Actual) || !string.IsNullOrWhiteSpace(x.l.Description))
            .Select(x => new BudgetLineRequest(
                FormFields.Year(x.l.Year), x.l.Kind,
                FormFields.Money(errors, $"lines[{x.i}]", $"Budgetrad {x.i + 1}: budget", x.l.Amount),
                FormFields.Money(errors, $"lines[{x.i}]", $"Budgetrad {x.i + 1}: utfall", x.l.Actual),
                x.l.Description))
            .ToList();
        var request = new BudgetRequest(lines, Input.Version);
        return await SaveAsync(errors.Merge(ManageMoneyHandler.Validate(request).PerRow()), () => handler.SaveBudgetAsync(associationId, interventionId, request, Actor!, ct), "Budgeten är sparad.", ct);
    }

    protected async Task<IActionResult> PostGrantAsync(Guid associationId, Guid interventionId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, interventionId, ct))
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        var grants = Input.Grants.Select((g, i) => (g, i)).Where(x => !string.IsNullOrWhiteSpace(x.g.Year) || !string.IsNullOrWhiteSpace(x.g.Amount))
            .Select(x => new YearAmountRequest(FormFields.Year(x.g.Year) ?? 0, FormFields.Money(errors, $"grants[{x.i}]", $"Beviljat belopp rad {x.i + 1}", x.g.Amount))).ToList();
        var request = new GrantRequest(Input.DecisionId, grants, Input.Version);
        return await SaveAsync(errors.Merge(ManageMoneyHandler.Validate(request).PerRow()), () => handler.RecordGrantAsync(associationId, interventionId, request, Actor!, ct), "Tilläggsbeslutet är registrerat.", ct);
    }

    protected async Task<IActionResult> PostPaymentAsync(Guid associationId, Guid interventionId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, interventionId, ct))
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        var request = new PaymentRequest(FormFields.Date(errors, "plannedOn", "Planerat datum", Input.PlannedOn), FormFields.Money(errors, "amount", "Belopp", Input.Amount), null, Input.Version);
        return await SaveAsync(errors.Merge(ManageMoneyHandler.Validate(request, isUpdate: false)), () => handler.PlanPaymentAsync(associationId, interventionId, request, Actor!, ct), "Utbetalningen är planerad.", ct);
    }

    protected async Task<IActionResult> PostPaidAsync(Guid associationId, Guid interventionId, CancellationToken ct)
    {
        if (!await LoadAsync(associationId, interventionId, ct))
        {
            return NotFound();
        }

        var errors = new ValidationErrors();
        var paidOn = string.IsNullOrWhiteSpace(Input.PaidOn) ? SwedishCulture.Today(clock) : FormFields.Date(errors, "paidOn", "Utbetalningsdatum", Input.PaidOn);
        var request = new PaymentRequest(null, null, paidOn, Input.Version);
        return await SaveAsync(errors.Merge(ManageMoneyHandler.Validate(request, isUpdate: true)),
            () => handler.MarkPaidAsync(associationId, interventionId, Input.PaymentId ?? Guid.Empty, request, Actor!, ct), "Utbetalningen är markerad som gjord.", ct);
    }

    public async Task LoadListsAsync(CancellationToken ct)
    {
        await LoadAsync(AssociationId, InterventionId, ct);
        Pad();
    }

    protected InterventionActor? Actor { get; private set; }

    protected async Task<IActionResult> SaveAsync(ValidationErrors errors, Func<Task<Result<Saved>>> save, string done, CancellationToken ct)
    {
        if (await this.SubmitAsync(errors, save, _ => (done, $"/forbund/{AssociationId}/insatser/{InterventionId}/ekonomi"), FormFailure.OnFieldOrNotFound) is { } answer)
        {
            return answer;
        }

        await LoadListsAsync(ct);
        return Page();
    }

    protected async Task<bool> LoadAsync(Guid associationId, Guid interventionId, CancellationToken ct)
    {
        AssociationId = associationId;
        InterventionId = interventionId;
        Actor = await actors.ForAsync(associationId, ct);
        var details = await interventions.HandleAsync(associationId, interventionId, Actor, ct);
        if (details is null)
        {
            return false;
        }

        Intervention = details;
        CanManage = await access.IsAllowedAsync(InterventionsPermissions.Manage, associationId, ct) && Actor.IsOffice;
        CanEditBudget = await access.IsAllowedAsync(InterventionsPermissions.Apply, associationId, ct)
            && (Actor.IsOffice || (Actor.OwnOrganisations.Contains(details.Owner.Id) && InterventionLifecycle.IsApplication(details.State)));
        Input.Version ??= details.Version;
        var decisions = await (from d in db.Set<BoardDecision>().AsNoTracking()
                               join m in db.Set<BoardMeeting>().AsNoTracking() on d.MeetingId equals m.Id
                               where d.AssociationId == associationId && (d.LinkedId == null || d.LinkedId == interventionId)
                               orderby m.Date descending, d.Number descending
                               select new { d.Id, d.Number, d.Year, d.Title, m.Date }).Take(50).ToListAsync(ct);
        Decisions = decisions.Select(d => new SelectListItem($"§ {d.Number}/{d.Year} ({SwedishCulture.Date(d.Date)}): {d.Title}", d.Id.ToString())).ToList();
        return true;
    }

    private void Pad()
    {
        for (var n = 0; n < BlankLines; n++)
        {
            Input.Lines.Add(new BudgetLineInput { Kind = BudgetLineKind.Staff });
        }

        while (Input.Grants.Count < 3)
        {
            Input.Grants.Add(new YearAmountInput());
        }
    }
}

/// <summary>An intervention's money, read only: budget and outcome, the board's decisions, the payments.</summary>
[RequirePermission(InterventionsPermissions.View)]
public sealed class IndexModel(ManageMoneyHandler handler, GetInterventionHandler interventions, InterventionActors actors, AccessControl access, AppDbContext db, TimeProvider clock)
    : MoneyPage(handler, interventions, actors, access, db, clock);

/// <summary>The budget: lines per year and cost type, with their outcome (the owner while applying, the office after).</summary>
[RequirePermission(InterventionsPermissions.Apply)]
public sealed class BudgetModel(ManageMoneyHandler handler, GetInterventionHandler interventions, InterventionActors actors, AccessControl access, AppDbContext db, TimeProvider clock)
    : MoneyPage(handler, interventions, actors, access, db, clock)
{
    public Task<IActionResult> OnPostAsync(Guid associationId, Guid interventionId, CancellationToken ct) => PostBudgetAsync(associationId, interventionId, ct);
}

/// <summary>A further numbered decision: the only way to raise the ceiling.</summary>
[RequirePermission(InterventionsPermissions.Manage)]
public sealed class GrantModel(ManageMoneyHandler handler, GetInterventionHandler interventions, InterventionActors actors, AccessControl access, AppDbContext db, TimeProvider clock)
    : MoneyPage(handler, interventions, actors, access, db, clock)
{
    public Task<IActionResult> OnPostAsync(Guid associationId, Guid interventionId, CancellationToken ct) => PostGrantAsync(associationId, interventionId, ct);
}

/// <summary>Payments to the owner: plan one, or mark a planned one as paid.</summary>
[RequirePermission(InterventionsPermissions.Manage)]
public sealed class PaymentsModel(ManageMoneyHandler handler, GetInterventionHandler interventions, InterventionActors actors, AccessControl access, AppDbContext db, TimeProvider clock)
    : MoneyPage(handler, interventions, actors, access, db, clock)
{
    public Task<IActionResult> OnPostAsync(Guid associationId, Guid interventionId, CancellationToken ct) => PostPaymentAsync(associationId, interventionId, ct);

    public Task<IActionResult> OnPostPaidAsync(Guid associationId, Guid interventionId, CancellationToken ct) => PostPaidAsync(associationId, interventionId, ct);
}
