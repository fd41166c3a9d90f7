using Samordna.Web.Features.Governance.Rules;

namespace Samordna.Web.Features.Governance;

/// <summary>
/// Section "Governance": the election calendar, the state members' seats and the warning horizon for terms.
/// The defaults follow the law and current practice; see Features/Governance/README.md.
/// </summary>
public sealed class GovernanceOptions
{
    public const string Section = "Governance";

    /// <summary>A general election year the calendar counts from (2014: then 2018, 2022, 2026 …).</summary>
    public int FirstGeneralElectionYear { get; set; } = 2014;

    public int ElectionIntervalYears { get; set; } = 4;

    /// <summary>Ledamöter Försäkringskassan and Arbetsförmedlingen each appoint, with as many ersättare (see docs/adr/0201).</summary>
    public int StateMemberBoardSeats { get; set; } = 1;

    /// <summary>How many days before a term ends the compliance panel warns.</summary>
    public int TermWarningDays { get; set; } = 90;

    /// <summary>
    /// How many days before a meeting its notice (kallelse) should go out: an inferred default (charters commonly say
    /// at least a week); set it from the association's charter.
    /// </summary>
    public int NoticeDaysBeforeMeeting { get; set; } = 7;

    public ElectionCalendar Calendar => new(FirstGeneralElectionYear, ElectionIntervalYears);
}
