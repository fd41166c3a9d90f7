namespace Samordna.Web.Features.Economy.Actuals;

public static class ActualsRules
{
    public const int MaxAccountLength = 20;

    /// <summary>The longest object number kept (cost centre or project); a longer one is cut, as the voucher series is.</summary>
    public const int MaxObjectLength = 40;

    /// <summary>The SIE dimension of cost centres (kostnadsställe / resultatenhet), reserved by the format.</summary>
    public const string CostCentreDimension = "1";

    /// <summary>The SIE dimension of projects, reserved by the format.</summary>
    public const string ProjectDimension = "6";

    /// <summary>Cost accounts (classes 4–7): the rows an object tied to an intervention moves to that intervention.</summary>
    public static bool IsCostAccount(string account) => account.Length > 0 && account[0] is >= '4' and <= '7';

    /// <summary>
    /// The intervention a row counts for by its objects: its project's, else its cost centre's, else none (then its
    /// account's mapping decides). Only cost rows are moved; income stays where its account puts it.
    /// </summary>
    public static Guid? InterventionByObject(string account, string? project, string? costCentre, IReadOnlyDictionary<(string Dimension, string Number), Guid> objects) =>
        !IsCostAccount(account) ? null
        : project is not null && objects.TryGetValue((ProjectDimension, project), out var p) ? p
        : costCentre is not null && objects.TryGetValue((CostCentreDimension, costCentre), out var c) ? c
        : null;

    /// <summary>
    /// Accounts of the result (income and costs) by the first digit of a BAS or Kommun-Bas number: 3 income, 4–8 costs.
    /// Only these are mapped to budget categories; balance accounts (1–2) are not outcome.
    /// </summary>
    public static bool IsResultAccount(string account) => account.Length > 0 && account[0] is >= '3' and <= '8';
}
