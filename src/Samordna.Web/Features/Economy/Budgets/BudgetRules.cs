using Samordna.Web.Features.Economy.Data;

namespace Samordna.Web.Features.Economy.Budgets;

/// <summary>The budget's limits and words.</summary>
public static class BudgetRules
{
    public const int MaxLabelLength = 200;
    public const int MaxCommentLength = 4000;
    public const int MaxLines = 300;

    /// <summary>No line of an association's budget comes near a billion kronor; more is a typing error.</summary>
    public static readonly Sek MaxAmount = Sek.FromKronor(1_000_000_000);

    /// <summary>The year a budget page opens on: from September the budget being worked on is next year's.</summary>
    public static int DefaultYear(DateOnly today) => today.Month >= 9 ? today.Year + 1 : today.Year;

    public static bool IsIncome(BudgetCategory category) => category is BudgetCategory.MemberContribution or BudgetCategory.OtherIncome;

    public static string Name(BudgetCategory category) => category switch
    {
        BudgetCategory.MemberContribution => "Medlemsbidrag",
        BudgetCategory.OtherIncome => "Övriga intäkter",
        BudgetCategory.Board => "Styrelse",
        BudgetCategory.Administration => "Administration (kansli)",
        BudgetCategory.Audit => "Revision",
        _ => "Insatser",
    };

    public static string Name(BudgetState state) => state switch
    {
        BudgetState.Draft => "Utkast",
        BudgetState.Consultation => "På samråd med medlemmarna",
        BudgetState.Adopted => "Fastställd",
        _ => "Ersatt av en senare version",
    };
}
