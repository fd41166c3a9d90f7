using System.Globalization;
using System.Text;
using Samordna.Web.Features.Economy.Data;

namespace Samordna.Web.Features.Economy;

/// <summary>
/// The demo association's books of the current year as the member municipality's accounting system would export them
/// (SIE 4, read in through the ordinary ledger import), made from the year's adopted budget and the member ledger: each
/// member's contribution booked on the day it was paid, the office's, the board's and the interventions' costs monthly
/// on the 25th (each intervention on its own project), the audit at the end of April and October, interest at each
/// quarter's end; only what is dated up to today. Every row goes through the bank, so the books balance. Costs run a
/// little under or over budget (a fixed percentage per line) so the outcome and the forecast have something to show.
/// </summary>
public static class EconomyDemoBooks
{
    /// <summary>The demo chart of accounts (finsam-law-economics.md §6, suggested chart), with each result account's category.</summary>
    public static readonly IReadOnlyList<(string Account, string Name, BudgetCategory? Category)> Accounts =
    [
        (Bank, "Bank", null),
        (Equity, "Eget kapital", null),
        (Contributions, "Medlemsbidrag", BudgetCategory.MemberContribution),
        (Interventions, "Köp av verksamhet, insatser", BudgetCategory.Intervention),
        (BoardFees, "Arvoden styrelse", BudgetCategory.Board),
        (OfficeSalaries, "Löner och sociala avgifter kansli", BudgetCategory.Administration),
        (OfficePremises, "Lokaler och tjänster kansli", BudgetCategory.Administration),
        (Audit, "Revision", BudgetCategory.Audit),
        (Interest, "Ränteintäkter", BudgetCategory.OtherIncome),
    ];

    public const string Bank = "1930";
    public const string Equity = "2010";
    public const string Contributions = "3010";
    public const string Interventions = "4010";
    public const string BoardFees = "5110";
    public const string OfficeSalaries = "5020";
    public const string OfficePremises = "6310";
    public const string Audit = "6420";
    public const string Interest = "8310";

    /// <summary>The project (SIE dimension 6) an intervention's costs are booked on: P1, P2, … in the order given.</summary>
    public static string Project(int index) => "P" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>One booked row of a voucher: account, project (or none) and amount in öre (debit positive).</summary>
    public sealed record Row(string Account, string? Project, Sek Amount);

    /// <summary>One voucher: date, text and rows that sum to zero.</summary>
    public sealed record Voucher(DateOnly Date, string Text, IReadOnlyList<Row> Rows);

    /// <summary>
    /// The year's vouchers up to <paramref name="today"/>: <paramref name="payments"/> are the members' paid
    /// contributions (date, member, amount), <paramref name="lines"/> the adopted budget's lines, and
    /// <paramref name="interventions"/> the interventions in the order their projects are numbered.
    /// </summary>
    public static List<Voucher> Vouchers(int year, DateOnly today, IEnumerable<BudgetLine> lines, IReadOnlyList<Guid> interventions,
        IEnumerable<(DateOnly PaidOn, string Member, Sek Amount)> payments)
    {
        var vouchers = new List<Voucher>();
        foreach (var p in payments.Where(p => p.PaidOn.Year == year && p.PaidOn <= today).OrderBy(p => p.PaidOn).ThenBy(p => p.Member, StringComparer.Ordinal))
        {
            vouchers.Add(new Voucher(p.PaidOn, $"Medlemsbidrag {year} {p.Member}", [new Row(Bank, null, p.Amount), new Row(Contributions, null, -p.Amount)]));
        }

        var ordered = lines.OrderBy(l => l.Position).ToList();
        for (var month = 1; month <= 12; month++)
        {
            var payday = new DateOnly(year, month, 25);
            if (payday > today)
            {
                break;
            }

            var name = SwedishCulture.Instance.DateTimeFormat.GetMonthName(month);
            foreach (var line in ordered.Where(l => l.Category is BudgetCategory.Board or BudgetCategory.Administration or BudgetCategory.Intervention))
            {
                var percent = Percent(line, interventions);
                var cost = Share(line.Amount, percent, month, 12);
                switch (line.Category)
                {
                    case BudgetCategory.Board:
                        Add(vouchers, payday, $"Arvoden styrelse {name}", BoardFees, null, cost);
                        break;
                    case BudgetCategory.Administration:
                        // Three quarters of the office is salaries, the rest premises and services.
                        var salaries = new Sek(cost.Ore * 3 / 4);
                        Add(vouchers, payday, $"Löner kansli {name}", OfficeSalaries, null, salaries);
                        Add(vouchers, payday, $"Lokaler och tjänster kansli {name}", OfficePremises, null, cost - salaries);
                        break;
                    case BudgetCategory.Intervention when line.InterventionId is { } id && IndexOf(interventions, id) is >= 0 and var index:
                        Add(vouchers, payday, $"{line.Label} {name}", Interventions, Project(index), cost);
                        break;
                }
            }

            if (month is 4 or 10 && new DateOnly(year, month, 30) <= today)
            {
                foreach (var line in ordered.Where(l => l.Category == BudgetCategory.Audit))
                {
                    Add(vouchers, new DateOnly(year, month, 30), "Revision, delfaktura", Audit, null, Share(line.Amount, 100, month / 6 + 1, 2));
                }
            }

            if (month % 3 == 0 && new DateOnly(year, month, 1).AddMonths(1).AddDays(-1) is var quarterEnd && quarterEnd <= today)
            {
                foreach (var line in ordered.Where(l => l.Category == BudgetCategory.OtherIncome))
                {
                    Add(vouchers, quarterEnd, "Ränta på bankmedel", Interest, null, -Share(line.Amount, 100, month / 3, 4));
                }
            }
        }

        return vouchers.OrderBy(v => v.Date).ToList();
    }

    /// <summary>The SIE 4 file of the year: chart, the interventions' projects, opening and closing balances, vouchers.</summary>
    public static string Sie(string association, int year, DateOnly today, Sek openingEquity, IReadOnlyList<(Guid Id, string Name)> interventions, IReadOnlyList<Voucher> vouchers)
    {
        var bank = openingEquity + Sek.Sum(vouchers.SelectMany(v => v.Rows).Where(r => r.Account == Bank).Select(r => r.Amount));
        var sie = new StringBuilder();
        void Line(string text) => sie.Append(text).Append('\n');
        Line("#FLAGGA 0");
        Line("#PROGRAM \"Samordna demodata\" 1.0");
        Line("#FORMAT PC8");
        Line($"#GEN {today:yyyyMMdd}");
        Line("#SIETYP 4");
        Line($"#FNAMN \"{association} (demo)\"");
        Line($"#RAR 0 {year}0101 {year}1231");
        foreach (var (account, name, _) in Accounts)
        {
            Line($"#KONTO {account} \"{name}\"");
        }

        Line("#DIM 6 \"Projekt\"");
        for (var i = 0; i < interventions.Count; i++)
        {
            Line($"#OBJEKT 6 \"{Project(i)}\" \"{interventions[i].Name.Replace("\"", "'", StringComparison.Ordinal)}\"");
        }

        Line($"#IB 0 {Bank} {openingEquity.ToInvariantString()}");
        Line($"#IB 0 {Equity} {(-openingEquity).ToInvariantString()}");
        Line($"#UB 0 {Bank} {bank.ToInvariantString()}");
        Line($"#UB 0 {Equity} {(-openingEquity).ToInvariantString()}");
        for (var n = 0; n < vouchers.Count; n++)
        {
            var v = vouchers[n];
            Line($"#VER A {n + 1} {v.Date:yyyyMMdd} \"{v.Text.Replace("\"", "'", StringComparison.Ordinal)}\"");
            Line("{");
            foreach (var r in v.Rows)
            {
                Line($"#TRANS {r.Account} {{{(r.Project is { } p ? $"6 \"{p}\"" : string.Empty)}}} {r.Amount.ToInvariantString()}");
            }

            Line("}");
        }

        return sie.ToString();
    }

    /// <summary>A cost (or, negative, an income) of <paramref name="amount"/> on <paramref name="account"/>, paid from the bank.</summary>
    private static void Add(List<Voucher> vouchers, DateOnly date, string text, string account, string? project, Sek amount)
    {
        if (amount != Sek.Zero)
        {
            vouchers.Add(new Voucher(date, text, [new Row(account, project, amount), new Row(Bank, null, -amount)]));
        }
    }

    /// <summary>
    /// The <paramref name="part"/>-th of <paramref name="parts"/> equal shares of <paramref name="percent"/> % of the
    /// amount, in whole öre: the shares' running sum is rounded down, so all of them add up to the whole exactly.
    /// </summary>
    private static Sek Share(Sek amount, int percent, int part, int parts) =>
        new(amount.Ore * percent * part / (100L * parts) - amount.Ore * percent * (part - 1) / (100L * parts));

    private static int IndexOf(IReadOnlyList<Guid> list, Guid id)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How much of its budget a cost line spends: the board 90 %, the office 98 %, each intervention 94–106 %.</summary>
    private static int Percent(BudgetLine line, IReadOnlyList<Guid> interventions) => line.Category switch
    {
        BudgetCategory.Board => 90,
        BudgetCategory.Administration => 98,
        BudgetCategory.Intervention when line.InterventionId is { } id => 94 + (Math.Max(0, IndexOf(interventions, id)) * 5 % 13),
        _ => 100,
    };
}
