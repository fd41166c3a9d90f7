namespace Samordna.Web.Features.Governance.Rules;

/// <summary>
/// Swedish general elections and the board terms that follow them. Elections are held every
/// <see cref="IntervalYears"/> years counted from <see cref="FirstElectionYear"/> (2014, 2018, 2022, 2026 …);
/// a board term starts on <see cref="TermStartMonth"/>/<see cref="TermStartDay"/> (1 April) of the year after an
/// election. Councils (fullmäktige) elected in the election take office on 15 October of the election year; board
/// appointments they decide from then on are, unless said otherwise, for the coming term. The years are
/// configuration (section "Governance"), so a change in the election cycle needs no code change.
/// </summary>
public sealed record ElectionCalendar(
    int FirstElectionYear,
    int IntervalYears,
    int TermStartMonth = 4,
    int TermStartDay = 1,
    int CouncilTermStartMonth = 10,
    int CouncilTermStartDay = 15)
{
    public static readonly ElectionCalendar Sweden = new(2014, 4);

    public bool IsElectionYear(int year) => Mod(year - FirstElectionYear, IntervalYears) == 0;

    /// <summary>The first day of the four-year cycle that contains <paramref name="date"/> (1 April after an election).</summary>
    public DateOnly CycleStartContaining(DateOnly date)
    {
        var startYear = date >= new DateOnly(date.Year, TermStartMonth, TermStartDay) ? date.Year : date.Year - 1;
        var cycleYear = startYear - Mod(startYear - (FirstElectionYear + 1), IntervalYears);
        return new DateOnly(cycleYear, TermStartMonth, TermStartDay);
    }

    /// <summary>The cycle that contains <paramref name="date"/>: from 1 April after an election to 31 March after the next.</summary>
    public DateRange CycleContaining(DateOnly date)
    {
        var start = CycleStartContaining(date);
        return new DateRange(start, start.AddYears(IntervalYears).AddDays(-1));
    }

    /// <summary>The general election that the term cycle containing <paramref name="date"/> follows.</summary>
    public int ElectionBefore(DateOnly date) => CycleStartContaining(date).Year - 1;

    /// <summary>True from the day newly elected councils take office until the new board term begins.</summary>
    public bool IsBetweenElectionAndNewTerm(DateOnly date)
    {
        var cycle = CycleContaining(date);
        var lastElection = cycle.End.Year - 1;
        return date >= new DateOnly(lastElection, CouncilTermStartMonth, CouncilTermStartDay);
    }

    private static int Mod(int value, int modulus) => ((value % modulus) + modulus) % modulus;
}
