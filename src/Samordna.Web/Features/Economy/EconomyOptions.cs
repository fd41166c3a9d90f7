using Samordna.Web.Features.Economy.Data;

namespace Samordna.Web.Features.Economy;

/// <summary>The economy area's configuration (section "Economy").</summary>
public sealed class EconomyOptions
{
    public const string Section = "Economy";

    /// <summary>
    /// The day (month, day) of the year before the budget year by which the board adopts the budget: 30 November
    /// (23 § lag 2003:1210, as quoted in finsam-law-economics.md R7; a charter may set an earlier day).
    /// </summary>
    public int BudgetDeadlineMonth { get; set; } = 11;

    public int BudgetDeadlineDay { get; set; } = 30;

    /// <summary>How many days before the deadline the to-do list starts to warn (default: from the start of October).</summary>
    public int BudgetWarningDays { get; set; } = 61;

    /// <summary>
    /// The day (month, day) after the year end by which the annual report is to be delivered: 31 March, three months
    /// after the financial year (finsam-law-economics.md; the charter or the members may set an earlier day).
    /// </summary>
    public int AnnualReportDeadlineMonth { get; set; } = 3;

    public int AnnualReportDeadlineDay { get; set; } = 31;

    /// <summary>How many days before that deadline the to-do list starts to warn (default: from mid-February).</summary>
    public int AnnualReportWarningDays { get; set; } = 45;

    /// <summary>
    /// The accounts whose closing balances make up equity (eget kapital), by the start of their number: class 20 in the
    /// BAS and Kommun-Bas charts (an inferred default; set it from the association's chart of accounts).
    /// </summary>
    public List<string> EquityAccountPrefixes { get; set; } = ["20"];

    /// <summary>
    /// The result accounts the year's result is booked to equity with at closing (BAS 8999 "Årets resultat"): their
    /// rows are neither income nor costs in the equity roll-forward.
    /// </summary>
    public List<string> ResultTransferAccounts { get; set; } = ["8999"];

    /// <summary>
    /// The last days of the tertials after which the office makes a forecast of the year end, as "MM-DD" separated by
    /// commas: 30 April and 31 August by default (the rhythm; associations that report after 30 September set
    /// "04-30,09-30"). The third tertial is the annual report.
    /// </summary>
    public string ForecastTertialEnds { get; set; } = "04-30,08-31";

    /// <summary>How many days after a tertial's end the forecast is due on the to-do list (an inferred default: a month).</summary>
    public int ForecastDueDays { get; set; } = 31;

    /// <summary>The tertials' last days as (month, day), in order; empty when <see cref="ForecastTertialEnds"/> is not valid.</summary>
    public IReadOnlyList<(int Month, int Day)> TertialEnds()
    {
        var ends = new List<(int Month, int Day)>();
        foreach (var part in (ForecastTertialEnds ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var bits = part.Split('-');
            if (bits.Length != 2 || !int.TryParse(bits[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                || !int.TryParse(bits[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2001, month)
                || (ends.Count > 0 && (month, day).CompareTo(ends[^1]) <= 0))
            {
                return [];
            }

            ends.Add((month, day));
        }

        return ends;
    }

    /// <summary>The last day of <paramref name="tertial"/> (1-based) of <paramref name="year"/>, or null when there is no such tertial.</summary>
    public DateOnly? TertialEnd(int year, int tertial) =>
        TertialEnds() is var ends && tertial >= 1 && tertial <= ends.Count ? new DateOnly(year, ends[tertial - 1].Month, ends[tertial - 1].Day) : null;

    /// <summary>
    /// The cost categories the key figures count as administration (board, office and audit: the "administrativa
    /// kostnader" Uppföljning Finsam asks for beside the interventions, finsam-law-economics.md §6).
    /// </summary>
    public List<BudgetCategory> AdministrationCategories { get; set; } = [BudgetCategory.Board, BudgetCategory.Administration, BudgetCategory.Audit];

    /// <summary>The deadline for the annual report of <paramref name="year"/>.</summary>
    public DateOnly AnnualReportDeadline(int year) => new(year + 1, AnnualReportDeadlineMonth, AnnualReportDeadlineDay);

    /// <summary>The deadline for the budget of <paramref name="budgetYear"/>.</summary>
    public DateOnly BudgetDeadline(int budgetYear) => new(budgetYear - 1, BudgetDeadlineMonth, BudgetDeadlineDay);
}
