namespace Samordna.Web.Features.Governance.Rules;

/// <summary>
/// Board terms (mandattid), lag (2003:1210): four years from 1 April of the year after a general election, or shorter
/// if the charter (förbundsordning) says so. A shorter mandate period splits the four-year cycle from its start;
/// the last period of a cycle is cut at the cycle's end (31 March), so every term ends no later than the day before
/// the next cycle begins.
/// </summary>
public static class TermRule
{
    public const string Source = "Lag (2003:1210) om mandattid; förbundsordningen";

    /// <summary>The mandate period that contains <paramref name="date"/>.</summary>
    /// <param name="mandatePeriodYears">The charter's shorter period, or null for the law's four years.</param>
    public static DateRange MandatePeriodContaining(DateOnly date, ElectionCalendar calendar, int? mandatePeriodYears)
    {
        var cycle = calendar.CycleContaining(date);
        var years = mandatePeriodYears is { } y && y >= 1 && y < calendar.IntervalYears ? y : calendar.IntervalYears;
        var start = cycle.Start;
        while (start.AddYears(years) <= date)
        {
            start = start.AddYears(years);
        }

        var end = start.AddYears(years).AddDays(-1);
        return new DateRange(start, end < cycle.End ? end : cycle.End);
    }

    /// <summary>
    /// The term an appointment decided on <paramref name="decisionDate"/> gets when nothing else is said: the
    /// current mandate period, or, once the newly elected councils have taken office, the first period of the new cycle.
    /// </summary>
    public static DateRange DefaultTerm(DateOnly decisionDate, ElectionCalendar calendar, int? mandatePeriodYears)
    {
        if (calendar.IsBetweenElectionAndNewTerm(decisionDate))
        {
            var next = calendar.CycleContaining(decisionDate).End.AddDays(1);
            return MandatePeriodContaining(next, calendar, mandatePeriodYears);
        }

        return MandatePeriodContaining(decisionDate, calendar, mandatePeriodYears);
    }

    /// <summary>Checks a term: it must not end before it starts nor run past the end of the mandate period it starts in.</summary>
    /// <returns>A Swedish message, or null when the term is allowed.</returns>
    public static string? Validate(DateOnly start, DateOnly end, ElectionCalendar calendar, int? mandatePeriodYears)
    {
        if (end < start)
        {
            return "Mandattiden kan inte sluta innan den börjar.";
        }

        var period = MandatePeriodContaining(start, calendar, mandatePeriodYears);
        if (end > period.End)
        {
            return $"Mandattiden får sluta senast {Domain.SwedishCulture.Date(period.End)}, sista dagen i mandatperioden "
                + $"{Domain.SwedishCulture.Date(period.Start)}–{Domain.SwedishCulture.Date(period.End)} ({Source}).";
        }

        return null;
    }

    /// <summary>True when the term ends within <paramref name="days"/> days after <paramref name="date"/> (and has not ended).</summary>
    public static bool EndsWithin(DateOnly termEnd, DateOnly date, int days) =>
        termEnd >= date && termEnd.DayNumber - date.DayNumber <= days;
}
