using Samordna.Web.Features.Economy.Equity;

namespace Samordna.Web.Features.Economy.AnnualReports;

/// <summary>
/// Resultaträkning in the municipal format. Every line is signed as its effect on the result: income positive, costs
/// negative (so verksamhetens kostnader and avskrivningar are negative amounts).
/// </summary>
public sealed record IncomeStatement(Sek OperatingIncome, Sek OperatingCosts, Sek Depreciation, Sek FinancialIncome, Sek FinancialCosts)
{
    /// <summary>Verksamhetens nettokostnader: intäkter + kostnader + avskrivningar.</summary>
    public Sek NetOperatingCosts => OperatingIncome + OperatingCosts + Depreciation;

    /// <summary>Årets resultat: nettokostnader + finansiella intäkter + finansiella kostnader.</summary>
    public Sek Result => NetOperatingCosts + FinancialIncome + FinancialCosts;
}

/// <summary>
/// Balansräkning: assets positive, equity and liabilities positive. Equity is opening equity + the year's result
/// + <see cref="EquityDifference"/>, the change of equity in the books that is not the year's result (a booking straight
/// to equity): a named line, never hidden. <see cref="Difference"/> is assets less equity and liabilities, a named line
/// when the books do not balance. Accounts of class 1 or 2 outside every configured line are "other" assets or liabilities.
/// </summary>
public sealed record BalanceSheet(
    Sek FixedAssets,
    Sek Receivables,
    Sek Cash,
    Sek OtherAssets,
    Sek OpeningEquity,
    Sek Result,
    Sek EquityDifference,
    Sek Provisions,
    Sek LongTermLiabilities,
    Sek ShortTermLiabilities,
    Sek OtherLiabilities)
{
    /// <summary>Omsättningstillgångar: fordringar + kassa och bank.</summary>
    public Sek CurrentAssets => Receivables + Cash;

    public Sek TotalAssets => FixedAssets + CurrentAssets + OtherAssets;

    /// <summary>Eget kapital at the year's end, årets resultat included.</summary>
    public Sek Equity => OpeningEquity + Result + EquityDifference;

    public Sek Liabilities => LongTermLiabilities + ShortTermLiabilities;

    public Sek TotalEquityAndLiabilities => Equity + Provisions + Liabilities + OtherLiabilities;

    /// <summary>Summa tillgångar − summa eget kapital och skulder: zero when the books balance.</summary>
    public Sek Difference => TotalAssets - TotalEquityAndLiabilities;

    public bool Balances => Difference == Sek.Zero;
}

/// <summary>One year's statements, and the accounts that fit no line (listed, left out of the lines, so nothing is silently moved).</summary>
public sealed record AnnualStatements(IncomeStatement IncomeStatement, BalanceSheet BalanceSheet, bool ClosingComputed, IReadOnlyList<string> UnclassifiedAccounts);

/// <summary>
/// The pure arithmetic of the annual report's figures from one year's books (balances as SIE writes them: debit
/// positive, credit negative). Exact in öre. Each account belongs to the configured line with its longest matching
/// prefix (<see cref="AnnualReportOptions"/>, equity by <see cref="EconomyOptions.EquityAccountPrefixes"/>).
/// <list type="bullet">
/// <item>Income statement: each result account's rows of the year, the closing entry's accounts
/// (<see cref="EconomyOptions.ResultTransferAccounts"/>) left out; a line's amount is −net (income positive, costs
/// negative); a financial account is income when its net is a credit, else a cost.</item>
/// <item>Balance sheet: each balance account's closing balance (#UB; without one, #IB + the year's rows, and
/// <see cref="AnnualStatements.ClosingComputed"/> says so); assets +UB, equity and liabilities −UB.</item>
/// <item>Equity = the books' closing equity + the part of the year's result not yet booked to equity (result − the
/// closing entry's net), so the sheet shows equity with the year's result whether or not the closing entry is made.
/// What is left after opening equity + result is <see cref="BalanceSheet.EquityDifference"/>, as
/// <see cref="EquityCalculator"/> shows a difference.</item>
/// </list>
/// </summary>
public static class AnnualReportCalculator
{
    private enum Line
    {
        OperatingIncome,
        OperatingCosts,
        Depreciation,
        Financial,
        FixedAssets,
        Receivables,
        Cash,
        Equity,
        Provisions,
        LongTermLiabilities,
        ShortTermLiabilities,
    }

    public static AnnualStatements Compute(
        IEnumerable<AccountBalance> balances, IEnumerable<AccountAmount> rows, AnnualReportOptions lines, IReadOnlyList<string> equityPrefixes, IReadOnlyList<string> resultTransferAccounts)
    {
        var prefixes = Prefixes(lines, equityPrefixes);
        var unclassified = new SortedSet<string>(StringComparer.Ordinal);
        var nets = rows.GroupBy(r => r.Account, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Sek.Sum(g.Select(r => r.Amount)), StringComparer.Ordinal);

        // Income statement from the result accounts' rows.
        var amounts = new Dictionary<Line, Sek>();
        Sek financialIncome = Sek.Zero, financialCosts = Sek.Zero, transferred = Sek.Zero;
        foreach (var (account, net) in nets.Where(n => Actuals.ActualsRules.IsResultAccount(n.Key)))
        {
            if (resultTransferAccounts.Contains(account, StringComparer.Ordinal))
            {
                transferred += net;
                continue;
            }

            var line = Classify(account, prefixes);
            switch (line)
            {
                case Line.Financial when net.IsNegative:
                    financialIncome -= net;
                    break;
                case Line.Financial:
                    financialCosts -= net;
                    break;
                case Line.OperatingIncome or Line.OperatingCosts or Line.Depreciation:
                    amounts[line.Value] = amounts.GetValueOrDefault(line.Value, Sek.Zero) - net;
                    break;
                default:
                    unclassified.Add(account);
                    break;
            }
        }

        var income = new IncomeStatement(amounts.GetValueOrDefault(Line.OperatingIncome), amounts.GetValueOrDefault(Line.OperatingCosts),
            amounts.GetValueOrDefault(Line.Depreciation), financialIncome, financialCosts);

        // Balance sheet from the balance accounts' closing balances.
        var balanceAmounts = new Dictionary<Line, Sek>();
        Sek otherAssets = Sek.Zero, otherLiabilities = Sek.Zero, openingEquity = Sek.Zero, booksEquity = Sek.Zero;
        var computed = false;
        var accounts = balances.ToDictionary(b => b.Account, StringComparer.Ordinal);
        foreach (var account in accounts.Keys.Union(nets.Keys, StringComparer.Ordinal).Where(a => !Actuals.ActualsRules.IsResultAccount(a)))
        {
            var balance = accounts.GetValueOrDefault(account);
            var opening = balance?.Opening ?? Sek.Zero;
            Sek closing;
            if (balance?.Closing is { } ub)
            {
                closing = ub;
            }
            else
            {
                closing = opening + nets.GetValueOrDefault(account, Sek.Zero);
                computed |= closing != Sek.Zero;
            }

            var line = Classify(account, prefixes);
            switch (line)
            {
                case Line.Equity:
                    openingEquity -= opening;
                    booksEquity -= closing;
                    break;
                case Line.FixedAssets or Line.Receivables or Line.Cash:
                    balanceAmounts[line.Value] = balanceAmounts.GetValueOrDefault(line.Value, Sek.Zero) + closing;
                    break;
                case Line.Provisions or Line.LongTermLiabilities or Line.ShortTermLiabilities:
                    balanceAmounts[line.Value] = balanceAmounts.GetValueOrDefault(line.Value, Sek.Zero) - closing;
                    break;
                default:
                    if (closing != Sek.Zero || opening != Sek.Zero)
                    {
                        unclassified.Add(account);
                    }

                    if (account.StartsWith('1'))
                    {
                        otherAssets += closing;
                    }
                    else if (account.StartsWith('2'))
                    {
                        otherLiabilities -= closing;
                    }

                    break;
            }
        }

        // The part of the result not yet booked to equity (the closing entry debits 8999 with a profit).
        var untransferred = income.Result - transferred;
        var equity = booksEquity + untransferred;
        var sheet = new BalanceSheet(
            balanceAmounts.GetValueOrDefault(Line.FixedAssets), balanceAmounts.GetValueOrDefault(Line.Receivables), balanceAmounts.GetValueOrDefault(Line.Cash), otherAssets,
            openingEquity, income.Result, equity - openingEquity - income.Result,
            balanceAmounts.GetValueOrDefault(Line.Provisions), balanceAmounts.GetValueOrDefault(Line.LongTermLiabilities), balanceAmounts.GetValueOrDefault(Line.ShortTermLiabilities),
            otherLiabilities);
        return new AnnualStatements(income, sheet, computed, unclassified.ToList());
    }

    private static List<(string Prefix, Line Line)> Prefixes(AnnualReportOptions o, IReadOnlyList<string> equity)
    {
        var list = new List<(string, Line)>();
        void Add(IEnumerable<string> prefixes, Line line) => list.AddRange(prefixes.Where(p => !string.IsNullOrEmpty(p)).Select(p => (p, line)));
        Add(o.OperatingIncome, Line.OperatingIncome);
        Add(o.OperatingCosts, Line.OperatingCosts);
        Add(o.Depreciation, Line.Depreciation);
        Add(o.Financial, Line.Financial);
        Add(o.FixedAssets, Line.FixedAssets);
        Add(o.Receivables, Line.Receivables);
        Add(o.Cash, Line.Cash);
        Add(equity, Line.Equity);
        Add(o.Provisions, Line.Provisions);
        Add(o.LongTermLiabilities, Line.LongTermLiabilities);
        Add(o.ShortTermLiabilities, Line.ShortTermLiabilities);
        return list;
    }

    /// <summary>The line of the longest prefix the account starts with, or null.</summary>
    private static Line? Classify(string account, List<(string Prefix, Line Line)> prefixes)
    {
        (string Prefix, Line Line)? best = null;
        foreach (var p in prefixes)
        {
            if (account.StartsWith(p.Prefix, StringComparison.Ordinal) && (best is null || p.Prefix.Length > best.Value.Prefix.Length))
            {
                best = p;
            }
        }

        return best?.Line;
    }
}
