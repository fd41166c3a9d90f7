namespace Samordna.Web.Features.Economy.Actuals;

public static class ActualsRules
{
    public const int MaxAccountLength = 20;

    /// <summary>
    /// Accounts of the result (income and costs) by the first digit of a BAS or Kommun-Bas number: 3 income, 4–8 costs.
    /// Only these are mapped to budget categories; balance accounts (1–2) are not outcome.
    /// </summary>
    public static bool IsResultAccount(string account) => account.Length > 0 && account[0] is >= '3' and <= '8';
}
