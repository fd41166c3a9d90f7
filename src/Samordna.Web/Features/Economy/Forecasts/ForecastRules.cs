using Samordna.Web.Features.Economy.Budgets;
using Samordna.Web.Features.Economy.Data;

namespace Samordna.Web.Features.Economy.Forecasts;

/// <summary>
/// The forecast's arithmetic, pure: which rows a tertial's forecast has (the adopted budget's lines with the members'
/// contributions together, each intervention of its own), the budget and the books up to the tertial for each, the
/// proposed year end, and the sums. Exact in öre.
/// </summary>
public static class ForecastRules
{
    public const int MaxCommentLength = 4000;

    public const int MaxLines = 300;

    /// <summary>A budget line as the forecast needs it.</summary>
    public sealed record BudgetAmount(BudgetCategory Category, Guid? InterventionId, string Label, Sek Amount);

    /// <summary>The order of the categories in the report: income first, then the costs as the budget lists them.</summary>
    private static readonly BudgetCategory[] Order =
        [BudgetCategory.MemberContribution, BudgetCategory.OtherIncome, BudgetCategory.Board, BudgetCategory.Administration, BudgetCategory.Audit, BudgetCategory.Intervention];

    /// <summary>
    /// The proposed year end of a line: its budget, or what the books already show up to the tertial when that is more.
    /// Deliberately plain (no extrapolation: a member's contribution paid in January would be counted three times over);
    /// the office changes what it knows better, and the page shows how much of each budget is used so far.
    /// </summary>
    public static Sek Propose(Sek budget, Sek actual) => Sek.Max(budget, actual);

    /// <summary>
    /// The forecast's rows: one per category, and for interventions one per intervention in the budget or in the
    /// books (plus one for intervention costs booked without an intervention, when there are any). Each row has the
    /// budget, the books up to the tertial, and the year end: the saved amount when the forecast has the row, else the
    /// proposal (<see cref="Propose"/>).
    /// </summary>
    public static IReadOnlyList<ForecastRowView> Rows(
        IReadOnlyList<BudgetAmount> budget,
        IReadOnlyDictionary<BudgetCategory, Sek> actualByCategory,
        IReadOnlyDictionary<Guid, Sek> actualByIntervention,
        IReadOnlyDictionary<Guid, string> interventionNames,
        IReadOnlyDictionary<(BudgetCategory, Guid?), Sek> saved)
    {
        var rows = new List<ForecastRowView>();
        void Add(BudgetCategory category, Guid? intervention, string label, Sek budgetAmount, Sek actual)
        {
            var isSaved = saved.TryGetValue((category, intervention), out var yearEndAmount);
            rows.Add(new ForecastRowView(rows.Count + 1, category, BudgetRules.Name(category), intervention, label, budgetAmount, actual,
                isSaved ? yearEndAmount : Propose(budgetAmount, actual), !isSaved));
        }

        foreach (var category in Order.Where(c => c != BudgetCategory.Intervention))
        {
            Add(category, null, BudgetRules.Name(category), Sek.Sum(budget.Where(b => b.Category == category).Select(b => b.Amount)),
                actualByCategory.GetValueOrDefault(category, Sek.Zero));
        }

        // Interventions in the budget's order, then those only in the books (by name), then what has no intervention.
        var interventionLines = budget.Where(b => b.Category == BudgetCategory.Intervention).ToList();
        var ids = interventionLines.Where(b => b.InterventionId is not null).Select(b => b.InterventionId!.Value).Distinct().ToList();
        ids.AddRange(actualByIntervention.Keys.Where(k => !ids.Contains(k))
            .OrderBy(k => interventionNames.GetValueOrDefault(k, string.Empty), StringComparer.Create(SwedishCulture.Instance, false)).ThenBy(k => k));
        ids.AddRange(saved.Keys.Where(k => k.Item1 == BudgetCategory.Intervention && k.Item2 is { } id && !ids.Contains(id)).Select(k => k.Item2!.Value));
        foreach (var id in ids)
        {
            var lines = interventionLines.Where(b => b.InterventionId == id).ToList();
            var label = interventionNames.GetValueOrDefault(id) ?? lines.Select(l => l.Label).FirstOrDefault() ?? "Insats som inte längre finns";
            Add(BudgetCategory.Intervention, id, label, Sek.Sum(lines.Select(l => l.Amount)), actualByIntervention.GetValueOrDefault(id, Sek.Zero));
        }

        var withoutBudget = Sek.Sum(interventionLines.Where(b => b.InterventionId is null).Select(b => b.Amount));
        var withoutActual = actualByCategory.GetValueOrDefault(BudgetCategory.Intervention, Sek.Zero) - Sek.Sum(actualByIntervention.Values);
        if (withoutBudget != Sek.Zero || withoutActual != Sek.Zero || saved.ContainsKey((BudgetCategory.Intervention, null)))
        {
            Add(BudgetCategory.Intervention, null, "Insatser utan angiven insats", withoutBudget, withoutActual);
        }

        return rows;
    }

    /// <summary>Income, costs and result (income − costs) of the rows, for the budget, the books and the year end.</summary>
    public static ForecastTotals Totals(IReadOnlyList<ForecastRowView> rows)
    {
        ForecastSums Sum(bool income)
        {
            var part = rows.Where(r => r.IsIncome == income).ToList();
            return new ForecastSums(Sek.Sum(part.Select(r => r.Budget)), Sek.Sum(part.Select(r => r.Actual)), Sek.Sum(part.Select(r => r.YearEnd)));
        }

        var income = Sum(true);
        var costs = Sum(false);
        return new ForecastTotals(income, costs, new ForecastSums(income.Budget - costs.Budget, income.Actual - costs.Actual, income.YearEnd - costs.YearEnd));
    }

    /// <summary>Part of a whole as a fraction (e.g. 0.25), or null when the whole is zero.</summary>
    public static decimal? Share(Sek part, Sek whole) => whole == Sek.Zero ? null : part.Ore / (decimal)whole.Ore;
}

/// <summary>One row of a forecast: its budget for the year, the books up to the tertial and the year end (saved, or proposed).</summary>
public sealed record ForecastRowView(
    int Position, BudgetCategory Category, string CategoryName, Guid? InterventionId, string Label, Sek Budget, Sek Actual, Sek YearEnd, bool IsProposed)
{
    public bool IsIncome => BudgetRules.IsIncome(Category);

    /// <summary>Year end minus budget: more income or more cost than budgeted is positive.</summary>
    public Sek Deviation => YearEnd - Budget;

    /// <summary>The deviation as a share of the budget, or null without budget.</summary>
    public decimal? DeviationShare => ForecastRules.Share(Deviation, Budget);

    /// <summary>How much of the budget the books show up to the tertial, or null without budget.</summary>
    public decimal? ActualShare => ForecastRules.Share(Actual, Budget);
}

/// <summary>A sum of rows: budget, books up to the tertial, year end.</summary>
public sealed record ForecastSums(Sek Budget, Sek Actual, Sek YearEnd)
{
    public Sek Deviation => YearEnd - Budget;

    public decimal? DeviationShare => ForecastRules.Share(Deviation, Budget);
}

public sealed record ForecastTotals(ForecastSums Income, ForecastSums Costs, ForecastSums Result);
