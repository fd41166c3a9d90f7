using Samordna.Web.Domain;
using Samordna.Web.Features.Economy.AnnualReports;
using Samordna.Web.Features.Economy.Equity;

namespace Samordna.UnitTests.Economy;

/// <summary>
/// The annual report's statements from one hand-computed year, to the öre.
/// Opening: equipment 1210 50 000,00 + bank 1930 500 000,00 = equity 2010 450 000,00 + provision 2220 20 000,00
/// + long-term loan 2350 30 000,00 + supplier 2440 50 000,00.
/// The year: members 3010 1 000 000,00 and a fee on account 3020/1510 25 000,50 (income 1 025 000,50); costs 4010
/// 300 000,25, 5010 400 000,00, 6010 10 000,25 on the supplier (−710 000,50); depreciation 7830 10 000,00;
/// net operating 305 000,00; interest 8310 +0,75 and 8410 −1 500,00; result 303 500,75.
/// Closing: 1210 40 000,00 + 1510 25 000,50 + 1930 798 500,50 = 863 501,00 = equity 450 000,00 + 303 500,75
/// + 20 000,00 + 30 000,00 + 2440 60 000,25.
/// </summary>
public sealed class AnnualReportTests
{
    private static readonly string[] Equity = ["20"];
    private static readonly string[] Transfer = ["8999"];

    private static Sek Ore(long ore) => new(ore);

    private static AccountAmount Row(string account, long ore) => new(account, Ore(ore));

    private static AccountBalance Balance(string account, long? opening, long? closing) =>
        new(account, opening is { } o ? Ore(o) : null, closing is { } c ? Ore(c) : null);

    private static readonly AccountAmount[] Rows =
    [
        Row("1930", 100_000_000), Row("3010", -100_000_000),
        Row("1510", 2_500_050), Row("3020", -2_500_050),
        Row("4010", 30_000_025), Row("1930", -30_000_025),
        Row("5010", 40_000_000), Row("1930", -40_000_000),
        Row("6010", 1_000_025), Row("2440", -1_000_025),
        Row("7830", 1_000_000), Row("1210", -1_000_000),
        Row("1930", 75), Row("8310", -75),
        Row("8410", 150_000), Row("1930", -150_000),
    ];

    private static List<AccountBalance> Balances() =>
    [
        Balance("1210", 5_000_000, 4_000_000),
        Balance("1510", null, 2_500_050),
        Balance("1930", 50_000_000, 79_850_050),
        Balance("2010", -45_000_000, -45_000_000),
        Balance("2220", -2_000_000, -2_000_000),
        Balance("2350", -3_000_000, -3_000_000),
        Balance("2440", -5_000_000, -6_000_025),
    ];

    private static AnnualStatements Compute(IEnumerable<AccountBalance> balances, IEnumerable<AccountAmount> rows) =>
        AnnualReportCalculator.Compute(balances, rows, new AnnualReportOptions(), Equity, Transfer);

    [Fact]
    public void The_income_statement_is_signed_as_its_effect_on_the_result_to_the_ore()
    {
        var r = Compute(Balances(), Rows).IncomeStatement;

        Assert.Equal(Ore(102_500_050), r.OperatingIncome);
        Assert.Equal(Ore(-71_000_050), r.OperatingCosts);
        Assert.Equal(Ore(-1_000_000), r.Depreciation);
        Assert.Equal(Ore(30_500_000), r.NetOperatingCosts);
        Assert.Equal((Ore(75), Ore(-150_000)), (r.FinancialIncome, r.FinancialCosts));
        Assert.Equal(Ore(30_350_075), r.Result);
    }

    [Fact]
    public void The_balance_sheet_balances_with_the_years_result_in_equity_before_the_closing_entry()
    {
        var s = Compute(Balances(), Rows);
        var b = s.BalanceSheet;

        Assert.Equal((Ore(4_000_000), Ore(2_500_050), Ore(79_850_050)), (b.FixedAssets, b.Receivables, b.Cash));
        Assert.Equal(Ore(82_350_100), b.CurrentAssets);
        Assert.Equal(Ore(86_350_100), b.TotalAssets);
        Assert.Equal((Ore(45_000_000), Ore(30_350_075), Ore(0)), (b.OpeningEquity, b.Result, b.EquityDifference));
        Assert.Equal(Ore(75_350_075), b.Equity);
        Assert.Equal((Ore(2_000_000), Ore(3_000_000), Ore(6_000_025)), (b.Provisions, b.LongTermLiabilities, b.ShortTermLiabilities));
        Assert.Equal(Ore(86_350_100), b.TotalEquityAndLiabilities);
        Assert.True(b.Balances);
        Assert.False(s.ClosingComputed);
        Assert.Empty(s.UnclassifiedAccounts);
    }

    [Fact]
    public void The_closing_entry_moves_the_result_to_equity_and_changes_neither_statement()
    {
        var balances = Balances().Append(Balance("2099", null, -30_350_075));
        var rows = Rows.Concat([Row("8999", 30_350_075), Row("2099", -30_350_075)]);
        var s = Compute(balances, rows);

        Assert.Equal(Ore(30_350_075), s.IncomeStatement.Result);
        Assert.Equal(Ore(75_350_075), s.BalanceSheet.Equity);
        Assert.Equal(Sek.Zero, s.BalanceSheet.EquityDifference);
        Assert.True(s.BalanceSheet.Balances);
    }

    [Fact]
    public void A_booking_straight_to_equity_is_a_named_difference_and_unbalanced_books_show_their_difference()
    {
        // A member pays 10 000,00 straight to equity: 1930 +10 000,00, 2010 −10 000,00.
        var direct = Balances().Select(b => b.Account switch
        {
            "1930" => b with { Closing = Ore(80_850_050) },
            "2010" => b with { Closing = Ore(-46_000_000) },
            _ => b,
        });
        var d = Compute(direct, Rows).BalanceSheet;
        Assert.Equal(Ore(1_000_000), d.EquityDifference);
        Assert.Equal(Ore(76_350_075), d.Equity);
        Assert.True(d.Balances);

        // One öre too much in the bank: assets exceed equity and liabilities by 0,01.
        var off = Compute(Balances().Select(b => b.Account == "1930" ? b with { Closing = Ore(79_850_051) } : b), Rows).BalanceSheet;
        Assert.Equal(Ore(1), off.Difference);
        Assert.False(off.Balances);
    }

    [Fact]
    public void An_account_outside_every_line_is_listed_and_a_missing_closing_balance_is_computed()
    {
        // 2110 (no line by default) holds 1 000,00 of the bank; 1510 has no #UB: #IB (none) + its row 25 000,50.
        var balances = Balances().Select(b => b.Account == "1510" ? b with { Closing = null } : b with { Closing = b.Account == "1930" ? Ore(79_950_050) : b.Closing })
            .Append(Balance("2110", null, -100_000));
        var s = Compute(balances, Rows);

        Assert.Equal(Ore(2_500_050), s.BalanceSheet.Receivables);
        Assert.True(s.ClosingComputed);
        Assert.Equal(["2110"], s.UnclassifiedAccounts);
        Assert.Equal(Ore(100_000), s.BalanceSheet.OtherLiabilities);
        Assert.True(s.BalanceSheet.Balances);
    }

    [Fact]
    public void The_longest_prefix_decides_and_a_prefix_in_two_lines_is_refused()
    {
        // 78 is depreciation although 7 is an operating cost; configured 1931 as a receivable beats 19.
        var options = new AnnualReportOptions { Receivables = ["14", "15", "16", "17", "18", "1931"] };
        var s = AnnualReportCalculator.Compute([Balance("1931", null, 500), Balance("2010", null, -500)], [Row("7830", 100), Row("7010", 200)], options, Equity, Transfer);
        Assert.Equal((Ore(-200), Ore(-100)), (s.IncomeStatement.OperatingCosts, s.IncomeStatement.Depreciation));
        Assert.Equal((Ore(500), Sek.Zero), (s.BalanceSheet.Receivables, s.BalanceSheet.Cash));

        Assert.True(new AnnualReportOptions().IsUnambiguous());
        Assert.False(new AnnualReportOptions { Cash = ["19", "18"] }.IsUnambiguous());
        Assert.True(new AnnualReportOptions().IsUnambiguous(["20"]));
        Assert.False(new AnnualReportOptions { ShortTermLiabilities = ["20", "24"] }.IsUnambiguous(["20"]));
    }
}
