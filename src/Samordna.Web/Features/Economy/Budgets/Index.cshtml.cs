using Samordna.Web.Features.Economy.Data;

namespace Samordna.Web.Features.Economy.Budgets;

/// <summary>
/// A year's budget: the version shown (the latest unless another is chosen), its sums and lines, the members'
/// comments, and links to the moves the user may make on it (each a page of its own, with its own permission).
/// </summary>
[RequirePermission(EconomyPermissions.ViewBudget)]
public sealed class IndexModel(BudgetHandler handler, Actuals.ActualsReader books, AccessControl access, TimeProvider clock) : PageModel
{
    public Guid AssociationId { get; private set; }

    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public BudgetView? Budget { get; private set; }

    public bool CanManage { get; private set; }

    public bool CanComment { get; private set; }

    public bool CanViewMembers { get; private set; }

    public bool CanManageMembers { get; private set; }

    public bool IsLatest { get; private set; }

    /// <summary>The year's outcome from the books, when they are read in.</summary>
    public Actuals.YearActuals? Outcome { get; private set; }

    /// <summary>Whether the year after the one shown has a budget yet (else the office is offered to start it).</summary>
    public bool NextYearHasBudget { get; private set; }

    /// <summary>The amounts' column headings: the budget year and the two plan years.</summary>
    public IReadOnlyList<string> Columns => [$"Budget {Year}", $"Plan {Year + 1}", $"Plan {Year + 2}"];

    public async Task<IActionResult> OnGetAsync(Guid associationId, string? ar, Guid? version, CancellationToken ct)
    {
        AssociationId = associationId;
        var today = SwedishCulture.Today(clock);
        Year = FormFields.Year(ar) ?? BudgetRules.DefaultYear(today);
        Years = Enumerable.Range(today.Year - 3, 6).Reverse().ToList();
        Budget = await handler.GetAsync(associationId, version, version is null ? Year : null, ct);
        if (version is not null && (Budget is null || Budget.Year != Year))
        {
            return NotFound();
        }

        IsLatest = Budget is null || Budget.Versions[^1].Id == Budget.Id;
        CanManage = await access.IsAllowedAsync(EconomyPermissions.ManageBudget, associationId, ct);
        CanComment = await access.IsAllowedAsync(EconomyPermissions.CommentBudget, associationId, ct);
        CanViewMembers = await access.IsAllowedAsync(EconomyPermissions.ViewMemberReport, associationId, ct);
        CanManageMembers = await access.IsAllowedAsync(EconomyPermissions.ManageMemberLedger, associationId, ct);
        Outcome = await books.ReadAsync(associationId, Year, ct);
        NextYearHasBudget = CanManage && Budget is not null && await handler.GetAsync(associationId, null, Year + 1, ct) is not null;
        return Page();
    }
}
