using System.Globalization;
using Samordna.Web.Features.FollowUp.Disclosure;

namespace Samordna.UnitTests.FollowUp;

public sealed class DisclosureControlTests
{
    private static readonly DisclosureOptions Five = new();

    private static ProtectedTable Protect(int[][] counts, TableTotals totals = TableTotals.All, params CountTable[] neighbours) =>
        DisclosureControl.Protect(Table(counts, totals), neighbours, Five);

    private static CountTable Table(int[][] counts, TableTotals totals = TableTotals.All, string[]? rows = null) =>
        new(rows ?? counts.Select((_, i) => $"R{i}").ToArray(), counts[0].Select((_, j) => $"C{j}").ToArray(), counts, totals);

    private static string[][] Display(ProtectedTable t) =>
        Enumerable.Range(0, t.RowCount)
            .Select(i => Enumerable.Range(0, t.ColumnCount).Select(j => t.Cell(i, j).ToDisplay()).Append(t.RowTotal(i)?.ToDisplay() ?? "").ToArray())
            .Append(Enumerable.Range(0, t.ColumnCount).Select(j => t.ColumnTotal(j)?.ToDisplay() ?? "").Append(t.GrandTotal?.ToDisplay() ?? "").ToArray())
            .ToArray();

    [Fact]
    public void A_row_with_one_small_cell_gets_a_second_suppression_and_so_do_the_columns()
    {
        // R0: 3 + 12 + 20 = 35, R1: 8 + 9 + 30 = 47; columns 11, 21, 50; 82.
        // 3 is hidden. Column C0 then hides 3 behind its total 11, so its smallest other cell (8) goes; row R0's
        // smallest other cell (12) goes; and R1 would then hide only 8, so 9 closes the rectangle.
        var t = Protect([[3, 12, 20], [8, 9, 30]]);

        Assert.Equal(
            [["<5", "..", "20", "35"], ["..", "..", "30", "47"], ["11", "21", "50", "82"]],
            Display(t));
        Assert.Equal(SuppressionReason.Primary, t.Cell(0, 0).Reason);
        Assert.Equal(SuppressionReason.Secondary, t.Cell(1, 1).Reason);
        Assert.Null(t.Cell(0, 1).Value);
    }

    [Fact]
    public void The_row_total_cannot_recover_the_hidden_cell()
    {
        // 2 + 40 = 42 with the total shown: hiding 2 alone gives it back as 42 − 40.
        var t = Protect([[2, 40]], TableTotals.Rows);

        Assert.Equal([["<5", "..", "42"], ["", "", ""]], Display(t));
    }

    [Fact]
    public void Two_small_cells_that_add_up_to_less_than_five_hide_a_third()
    {
        // 1 + 2 + 30 = 33: hiding 1 and 2 would leave 33 − 30 = 3 people in the two together.
        var t = Protect([[1, 2, 30]], TableTotals.Rows);

        Assert.Equal([["<5", "<5", "..", "33"], ["", "", "", ""]], Display(t));
    }

    [Fact]
    public void Shares_come_only_from_shown_cells_and_shown_totals()
    {
        var t = Protect([[45, 55], [3, 40]], TableTotals.Rows);

        Assert.Equal("45 %", t.ShareOfRow(0, 0).ToDisplay());
        Assert.Equal("–", t.ShareOfRow(1, 0).ToDisplay());
        Assert.Equal("–", t.ShareOfRow(1, 1).ToDisplay());
        Assert.Equal("–", t.ShareOfColumn(0, 0).ToDisplay());
        Assert.Equal("45,0 %", t.ShareOfRow(0, 0).ToDisplay(1));
    }

    [Fact]
    public void A_share_whose_whole_is_hidden_is_not_shown()
    {
        // Y's 30 is shown, but the total is hidden because November added two participants to X.
        var octobre = Table([[20], [30]], TableTotals.Columns, ["X", "Y"]);
        var november = Table([[22], [30]], TableTotals.Columns, ["X", "Y"]);

        var t = DisclosureControl.Protect(octobre, [november], Five);

        Assert.Equal("30", t.Cell(1, 0).ToDisplay());
        Assert.Equal("–", t.ShareOfColumn(1, 0).ToDisplay());
    }

    [Fact]
    public void Zeros_show_as_below_five_but_need_no_protection()
    {
        // Were zeros shown, "<5" would mean 1–4; a zero that can be worked out tells nothing about a person.
        var t = Protect([[0, 0, 7], [0, 6, 0]]);

        Assert.Equal([["<5", "<5", "7", "7"], ["<5", "6", "<5", "6"], ["<5", "6", "7", "13"]], Display(t));
        Assert.Equal(SuppressionReason.Primary, t.Cell(0, 0).Reason);
    }

    [Fact]
    public void An_all_small_table_shows_no_count_from_one_to_four()
    {
        // Totals 3, 7 | 4, 6 | 10: only 7, 6 and 10 are not small, and each would give a small cell back.
        var t = Protect([[1, 2], [3, 4]]);

        var shown = Display(t).SelectMany(r => r).Where(s => s is not ("<5" or "..")).ToList();
        Assert.All(shown, s => Assert.True(int.Parse(s, CultureInfo.InvariantCulture) >= 5, s));
        Assert.All(Enumerable.Range(0, 4), n => Assert.False(t.Cell(n / 2, n % 2).IsShown));
        Assert.True(t.HasHiddenCounts);
    }

    [Theory]
    [InlineData(3, "<5")]
    [InlineData(5, "5")]
    [InlineData(0, "<5")]
    [InlineData(1234, "1\u00A0234")]
    public void A_one_by_one_table_shows_its_count_and_totals_alike(int count, string expected)
    {
        var t = Protect([[count]]);

        Assert.Equal([[expected, expected], [expected, expected]], Display(t));
    }

    [Fact]
    public void One_month_more_hides_what_the_month_added()
    {
        // Jan–Oct and Jan–Nov by intervention, with the association's total: X got two more participants in November.
        var octobre = Table([[20], [30]], TableTotals.Columns, ["X", "Y"]);
        var november = Table([[22], [30]], TableTotals.Columns, ["X", "Y"]);

        var before = DisclosureControl.Protect(octobre, [november], Five);
        var after = DisclosureControl.Protect(november, [octobre], Five);

        Assert.Equal([["..", ""], ["30", ""], ["..", ""]], Display(before));
        Assert.Equal([["..", ""], ["30", ""], ["..", ""]], Display(after));
        Assert.Equal(SuppressionReason.Differencing, before.Cell(0, 0).Reason);
    }

    [Fact]
    public void One_intervention_more_cannot_be_read_off_the_difference_of_the_totals()
    {
        // Women and men per intervention; the new intervention Z has 3 women and 9 men.
        var two = Table([[10, 12], [20, 25]], TableTotals.All, ["X", "Y"]);
        var three = Table([[10, 12], [20, 25], [3, 9]], TableTotals.All, ["X", "Y", "Z"]);

        var before = DisclosureControl.Protect(two, [three], Five);
        var after = DisclosureControl.Protect(three, [two], Five);

        // The women's total (30 and 33) would give Z's 3 away; it is hidden in both, and so is the grand total.
        Assert.False(before.ColumnTotal(0)!.IsShown);
        Assert.False(after.ColumnTotal(0)!.IsShown);
        Assert.False(before.GrandTotal!.IsShown && after.GrandTotal!.IsShown && after.GrandTotal.Value - before.GrandTotal.Value < 5);
        Assert.Equal("<5", after.Cell(2, 0).ToDisplay());
    }

    [Fact]
    public void A_threshold_from_configuration_is_used_for_hiding_and_for_the_symbol()
    {
        var t = DisclosureControl.Protect(Table([[7, 30]], TableTotals.None), new DisclosureOptions { MinimumCount = 10 });

        Assert.Equal("<10", t.Cell(0, 0).ToDisplay());
        Assert.Equal("30", t.Cell(0, 1).ToDisplay());
        Assert.Contains("<10 = färre än 10 personer", t.Legend, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_table_always_gives_the_same_output()
    {
        int[][] counts = [[3, 12, 12, 4], [12, 7, 7, 2], [0, 3, 40, 9]];

        Assert.Equal(Display(Protect(counts)), Display(Protect(counts)));
    }

    [Fact]
    public void Bad_input_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Table([[1, -1]]));
        Assert.Throws<ArgumentException>(() => new CountTable(["A", "A"], ["C"], [[1], [2]]));
        Assert.Throws<ArgumentException>(() => new CountTable(["A"], ["C", "D"], [[1]]));
    }
}
