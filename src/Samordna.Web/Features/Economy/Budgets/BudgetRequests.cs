using Samordna.Web.Features.Economy.Data;

namespace Samordna.Web.Features.Economy.Budgets;

/// <summary>Start a budget proposal for a year (the first, or a revision of the adopted one).</summary>
public sealed record CreateBudgetRequest(int? Year);

/// <summary>One line: income or cost category, the member or intervention it is for, its words, and the amounts of the budget year and the two plan years.</summary>
public sealed record BudgetLineRequest(BudgetCategory? Category, Guid? OrganisationId, Guid? InterventionId, string? Label, Sek? Amount, Sek? PlanYear1, Sek? PlanYear2);

/// <summary>Every line of a draft, replacing the ones before.</summary>
public sealed record BudgetLinesRequest(IReadOnlyList<BudgetLineRequest>? Lines, long? Version);

/// <summary>Send the draft to the members for consultation (samråd), with the last day for their comments.</summary>
public sealed record ConsultationRequest(DateOnly? Until, long? Version);

/// <summary>Take a proposal back from consultation to draft (the comments stay).</summary>
public sealed record WithdrawRequest(long? Version);

/// <summary>A member's comment in the consultation.</summary>
public sealed record BudgetCommentRequest(Guid? OrganisationId, string? Text);

/// <summary>The board's adoption: its numbered decision and the day.</summary>
public sealed record AdoptBudgetRequest(Guid? DecisionId, DateOnly? AdoptedOn, long? Version);

public sealed record BudgetLineView(Guid Id, BudgetCategory Category, string CategoryName, Guid? OrganisationId, Guid? InterventionId, string Label, Sek Amount, Sek PlanYear1, Sek PlanYear2);

public sealed record BudgetCommentView(Guid Id, Guid OrganisationId, string Organisation, string Text, DateTime CommentedAt, string CommentedBy);

/// <summary>The sums of a budget: per column (budget year, plan year 1, plan year 2) the income, the costs and the result.</summary>
public sealed record BudgetTotals(IReadOnlyList<Sek> Income, IReadOnlyList<Sek> Costs, IReadOnlyList<Sek> Result)
{
    /// <summary>Exact sums in öre; the result is income minus costs (negative when the budget uses equity).</summary>
    public static BudgetTotals Of(IEnumerable<BudgetLineView> lines)
    {
        var all = lines.ToList();
        Func<BudgetLineView, Sek>[] columns = [l => l.Amount, l => l.PlanYear1, l => l.PlanYear2];
        Sek Sum(bool income, Func<BudgetLineView, Sek> amount) => Sek.Sum(all.Where(l => BudgetRules.IsIncome(l.Category) == income).Select(amount));
        var income = columns.Select(c => Sum(true, c)).ToList();
        var costs = columns.Select(c => Sum(false, c)).ToList();
        return new BudgetTotals(income, costs, income.Zip(costs, (i, c) => i - c).ToList());
    }
}

/// <summary>A version in the list of a year's versions.</summary>
public sealed record BudgetVersionSummary(Guid Id, int Number, BudgetState State, string StateName);

/// <summary>A budget version as everyone who may read the budget sees it.</summary>
public sealed record BudgetView(
    Guid Id,
    int Year,
    int Number,
    BudgetState State,
    string StateName,
    DateOnly? ConsultationUntil,
    Guid? DecisionId,
    string? Decision,
    DateOnly? AdoptedOn,
    long Version,
    IReadOnlyList<BudgetLineView> Lines,
    BudgetTotals Totals,
    IReadOnlyList<BudgetCommentView> Comments,
    IReadOnlyList<BudgetVersionSummary> Versions);
