using Samordna.Web.Features.Governance.Rules;

namespace Samordna.UnitTests.Governance;

public sealed class TermRuleTests
{
    private static readonly ElectionCalendar Calendar = ElectionCalendar.Sweden;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2014, true)]
    [InlineData(2018, true)]
    [InlineData(2022, true)]
    [InlineData(2026, true)]
    [InlineData(2010, true)]
    [InlineData(2024, false)]
    [InlineData(2027, false)]
    public void General_elections_are_every_four_years_from_2014(int year, bool expected) =>
        Assert.Equal(expected, Calendar.IsElectionYear(year));

    [Fact]
    public void The_term_after_the_2022_election_runs_from_1_April_2023_to_31_March_2027()
    {
        var period = TermRule.MandatePeriodContaining(D(2025, 6, 1), Calendar, null);

        Assert.Equal(new DateRange(D(2023, 4, 1), D(2027, 3, 31)), period);
        Assert.Equal(2022, Calendar.ElectionBefore(D(2025, 6, 1)));
    }

    [Fact]
    public void A_term_ends_on_31_March_and_the_next_begins_on_1_April()
    {
        var last = TermRule.MandatePeriodContaining(D(2027, 3, 31), Calendar, null);
        var first = TermRule.MandatePeriodContaining(D(2027, 4, 1), Calendar, null);

        Assert.Equal(D(2027, 3, 31), last.End);
        Assert.True(last.Contains(D(2027, 3, 31)));
        Assert.False(last.Contains(D(2027, 4, 1)));
        Assert.Equal(new DateRange(D(2027, 4, 1), D(2031, 3, 31)), first);
    }

    [Fact]
    public void Early_in_the_year_after_an_election_the_old_term_still_runs()
    {
        Assert.Equal(new DateRange(D(2019, 4, 1), D(2023, 3, 31)), TermRule.MandatePeriodContaining(D(2023, 1, 15), Calendar, null));
    }

    [Fact]
    public void A_two_year_charter_period_splits_the_four_years_in_two()
    {
        Assert.Equal(new DateRange(D(2023, 4, 1), D(2025, 3, 31)), TermRule.MandatePeriodContaining(D(2024, 12, 31), Calendar, 2));
        Assert.Equal(new DateRange(D(2025, 4, 1), D(2027, 3, 31)), TermRule.MandatePeriodContaining(D(2025, 4, 1), Calendar, 2));
    }

    [Fact]
    public void A_three_year_charter_period_is_cut_at_the_end_of_the_four_year_cycle()
    {
        Assert.Equal(new DateRange(D(2023, 4, 1), D(2026, 3, 31)), TermRule.MandatePeriodContaining(D(2026, 3, 31), Calendar, 3));
        Assert.Equal(new DateRange(D(2026, 4, 1), D(2027, 3, 31)), TermRule.MandatePeriodContaining(D(2026, 4, 1), Calendar, 3));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(0)]
    public void A_charter_period_of_four_years_or_more_or_none_means_the_law_s_four_years(int? years) =>
        Assert.Equal(new DateRange(D(2023, 4, 1), D(2027, 3, 31)), TermRule.MandatePeriodContaining(D(2024, 2, 1), Calendar, years));

    [Fact]
    public void A_term_may_end_on_31_March_but_not_a_day_later()
    {
        Assert.Null(TermRule.Validate(D(2023, 4, 1), D(2027, 3, 31), Calendar, null));
        var error = TermRule.Validate(D(2023, 4, 1), D(2027, 4, 1), Calendar, null);
        Assert.NotNull(error);
        Assert.Contains("2027-03-31", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shorter_charter_period_shortens_the_longest_allowed_term()
    {
        Assert.Null(TermRule.Validate(D(2023, 4, 1), D(2025, 3, 31), Calendar, 2));
        Assert.Contains("2025-03-31", TermRule.Validate(D(2023, 4, 1), D(2027, 3, 31), Calendar, 2), StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_cannot_end_before_it_starts() =>
        Assert.NotNull(TermRule.Validate(D(2024, 5, 1), D(2024, 4, 30), Calendar, null));

    [Fact]
    public void A_replacement_mid_term_runs_to_the_end_of_the_current_period() =>
        Assert.Equal(new DateRange(D(2023, 4, 1), D(2027, 3, 31)), TermRule.DefaultTerm(D(2025, 9, 10), Calendar, null));

    [Fact]
    public void Appointments_by_the_newly_elected_councils_are_for_the_coming_period()
    {
        Assert.Equal(new DateRange(D(2027, 4, 1), D(2031, 3, 31)), TermRule.DefaultTerm(D(2026, 10, 15), Calendar, null));
        Assert.Equal(new DateRange(D(2027, 4, 1), D(2031, 3, 31)), TermRule.DefaultTerm(D(2027, 3, 31), Calendar, null));
        Assert.Equal(new DateRange(D(2023, 4, 1), D(2027, 3, 31)), TermRule.DefaultTerm(D(2026, 10, 14), Calendar, null));
    }

    [Fact]
    public void The_election_calendar_is_configuration()
    {
        // A hypothetical calendar with elections in 2015, 2019, 2023 …: terms from 1 April 2024.
        var other = new ElectionCalendar(2015, 4);

        Assert.True(other.IsElectionYear(2023));
        Assert.False(other.IsElectionYear(2022));
        Assert.Equal(new DateRange(D(2024, 4, 1), D(2028, 3, 31)), TermRule.MandatePeriodContaining(D(2025, 6, 1), other, null));
    }

    [Theory]
    [InlineData(90, true)]
    [InlineData(91, false)]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public void A_term_runs_out_within_90_days_counting_the_last_day(int daysLeft, bool expected)
    {
        var today = D(2027, 1, 1);
        Assert.Equal(expected, TermRule.EndsWithin(today.AddDays(daysLeft), today, 90));
    }
}
