using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.Web.Features.Economy.Equity;

/// <summary>
/// A year's equity from the books: opening equity + income − costs = closing equity. Income and costs are the result
/// accounts' transactions (class 3 income; classes 4–7 costs; a class 8 account by the sign of its net: financial income
/// or cost), leaving out the account the year's result is booked to equity with (<see cref="EconomyOptions.ResultTransferAccounts"/>).
/// When the books' closing equity differs from the computed one, the difference is a line of its own, never hidden.
/// Amounts are positive when the association has equity, income or costs.
/// </summary>
public sealed record EquityRollForward(
    Sek Opening,
    Sek Income,
    Sek Costs,
    Sek? BooksClosing)
{
    /// <summary>Income − costs.</summary>
    public Sek Result => Income - Costs;

    /// <summary>Opening + income − costs.</summary>
    public Sek ComputedClosing => Opening + Result;

    /// <summary>The books' closing equity less the computed one (other changes of equity, or a result not yet booked to equity); null when the books have no closing balances.</summary>
    public Sek? Difference => BooksClosing is { } closing ? closing - ComputedClosing : null;

    /// <summary>The closing equity: the books' when they have it, else the computed one.</summary>
    public Sek Closing => BooksClosing ?? ComputedClosing;
}

/// <summary>One account's balances in the books (as SIE writes them: debit positive, credit negative).</summary>
public sealed record AccountBalance(string Account, Sek? Opening, Sek? Closing);

/// <summary>One transaction row (debit positive, credit negative).</summary>
public sealed record AccountAmount(string Account, Sek Amount);

/// <summary>How the equity compares with the reasonable level, by the allocation area's own <see cref="EquityRule"/>.</summary>
public sealed record EquityTest(Sek Equity, bool IsAboveReasonableLevel, Sek Excess, Sek Cap, Sek Reduction);

/// <summary>
/// The reasonable equity level for the year's end, as next year's state allocation would assess it: the size
/// (2 × this year's allocation), the tier (or the association's override) and the level, with the model amount
/// the cap is taken from (this year's allocation, as an estimate of next year's model amount).
/// </summary>
public sealed record EquityLevel(
    int AllocationYear,
    bool ParametersStored,
    Sek Allocation,
    string AllocationSource,
    Sek Size,
    bool IsOverride,
    EquityTier? Tier,
    Sek ReasonableLevel,
    Sek ModelAmountEstimate,
    Sek BaseAmount,
    decimal EquityReductionShare);

/// <summary>The pure arithmetic of the equity page: the roll-forward and the level test through the shared rule.</summary>
public static class EquityCalculator
{
    public static bool IsEquityAccount(string account, IReadOnlyList<string> prefixes) =>
        prefixes.Any(p => account.StartsWith(p, StringComparison.Ordinal));

    /// <summary>Opening and closing equity from the equity accounts' balances, income and costs from the result accounts' rows.</summary>
    public static EquityRollForward RollForward(
        IEnumerable<AccountBalance> balances,
        IEnumerable<AccountAmount> rows,
        IReadOnlyList<string> equityPrefixes,
        IReadOnlyList<string> resultTransferAccounts)
    {
        var equity = balances.Where(b => IsEquityAccount(b.Account, equityPrefixes)).ToList();
        var opening = Sek.Zero - Sek.Sum(equity.Select(b => b.Opening ?? Sek.Zero));
        var closings = equity.Where(b => b.Closing is not null).Select(b => b.Closing!.Value).ToList();
        Sek? booksClosing = closings.Count == 0 ? null : Sek.Zero - Sek.Sum(closings);

        var income = Sek.Zero;
        var costs = Sek.Zero;
        foreach (var account in rows
                     .Where(r => Actuals.ActualsRules.IsResultAccount(r.Account) && !resultTransferAccounts.Contains(r.Account, StringComparer.Ordinal))
                     .GroupBy(r => r.Account, StringComparer.Ordinal))
        {
            var net = Sek.Sum(account.Select(r => r.Amount));
            var isIncome = account.Key[0] == '3' || (account.Key[0] == '8' && net.IsNegative);
            if (isIncome)
            {
                income -= net;
            }
            else
            {
                costs += net;
            }
        }

        return new EquityRollForward(opening, income, costs, booksClosing);
    }

    /// <summary>
    /// The level and the test of <paramref name="equity"/> against it, by <see cref="EquityRule.Assess"/> with this
    /// year's allocation as the previous allocation and as the estimate of next year's model amount.
    /// </summary>
    public static (EquityLevel Level, EquityTest? Test) Assess(
        AllocationParameters parameters, bool parametersStored, Sek allocation, string allocationSource, Sek? reasonableOverride, Sek? equity)
    {
        var model = ExactMoney.Kronor(allocation);
        var assessment = EquityRule.Assess(allocation, equity, reasonableOverride, model, parameters);
        var level = new EquityLevel(
            parameters.Year, parametersStored, allocation, allocationSource, ExactMoney.ToDisplaySek(assessment.Size), assessment.IsOverride, assessment.Tier,
            ExactMoney.ToDisplaySek(assessment.ReasonableLevel), allocation, parameters.BaseAmount, parameters.EquityReductionShare);
        EquityTest? test = equity is { } e
            ? new EquityTest(e, assessment.IsAboveReasonableLevel, ExactMoney.ToDisplaySek(assessment.Excess),
                ExactMoney.ToDisplaySek(assessment.Cap ?? model), ExactMoney.ToDisplaySek(EquityRule.Reduction(assessment, model)))
            : null;
        return (level, test);
    }
}
