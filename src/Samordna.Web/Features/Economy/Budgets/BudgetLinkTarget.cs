using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.SaveDecision;

namespace Samordna.Web.Features.Economy.Budgets;

/// <summary>A board decision about a budget version (verksamhetsplan och budget) of the same association.</summary>
public sealed class BudgetLinkTarget(AppDbContext db) : IDecisionLinkTarget
{
    public DecisionLinkKind Kind => DecisionLinkKind.Budget;

    public Error NotFound => EconomyErrors.UnknownBudgetLink;

    public async Task<string?> DescribeAsync(Guid associationId, Guid id, CancellationToken ct)
    {
        var budget = await db.Set<Budget>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id && b.AssociationId == associationId, ct);
        return budget is null ? null : $"budget {budget.Year}, version {budget.Number}";
    }
}
