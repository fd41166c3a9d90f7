using Samordna.Web.Features.Economy.Data;

namespace Samordna.Web.Features.Economy.Budgets;

/// <summary>An adopted budget as the association's public page shows it: the sums per category and the result, in whole öre.</summary>
public sealed record PublicBudget(int Year, int Number, DateOnly? AdoptedOn, IReadOnlyList<(string Category, bool IsIncome, Sek Amount)> Categories, Sek Income, Sek Costs, Sek Result);

/// <summary>
/// The adopted budget in force for this year and, once adopted, next year's, on the association's public page: a
/// public budget figure (23 § lag 2003:1210). Per category only, so a line's words (an intervention not yet
/// published, say) are never shown.
/// </summary>
public sealed class PublicBudgetViewComponent(AppDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid associationId)
    {
        var year = SwedishCulture.Today(clock).Year;
        var adopted = await db.Set<Budget>().AsNoTracking().Include(b => b.Lines)
            .Where(b => b.AssociationId == associationId && b.State == BudgetState.Adopted && (b.Year == year || b.Year == year + 1))
            .ToListAsync(HttpContext.RequestAborted);
        var budgets = adopted.GroupBy(b => b.Year).Select(g => g.MaxBy(b => b.Number)!).OrderBy(b => b.Year).Select(b =>
        {
            var categories = Enum.GetValues<BudgetCategory>()
                .Select(c => (BudgetRules.Name(c), BudgetRules.IsIncome(c), Sek.Sum(b.Lines.Where(l => l.Category == c).Select(l => l.Amount))))
                .Where(c => c.Item3 != Sek.Zero).ToList();
            var income = Sek.Sum(categories.Where(c => c.Item2).Select(c => c.Item3));
            var costs = Sek.Sum(categories.Where(c => !c.Item2).Select(c => c.Item3));
            return new PublicBudget(b.Year, b.Number, b.AdoptedOn, categories, income, costs, income - costs);
        }).ToList();
        return View("~/Features/Economy/Budgets/_PublicBudget.cshtml", budgets);
    }
}
