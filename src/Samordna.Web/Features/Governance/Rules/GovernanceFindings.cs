using Samordna.Web.Features.Compliance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.ListDischarges;

namespace Samordna.Web.Features.Governance.Rules;

/// <summary>
/// The governance rules as compliance findings for one association on one date, in plain Swedish with the rule
/// each comes from. Pure: the checks in Features/Governance/Compliance load a <see cref="BoardSnapshot"/> and call these.
/// </summary>
public static class GovernanceFindings
{
    public static IReadOnlyList<ComplianceFinding> Board(BoardSnapshot s, int warningDays)
    {
        var findings = new List<ComplianceFinding>();
        var active = s.ActiveAppointments.ToList();
        findings.AddRange(Composition(s, active));
        findings.AddRange(Terms(s, warningDays));
        findings.AddRange(Officers(active));
        return findings;
    }

    /// <summary>The auditors: one per municipality and region, one state auditor, and assignments running out within <paramref name="warningDays"/>.</summary>
    public static IReadOnlyList<ComplianceFinding> Audit(BoardSnapshot s, int warningDays)
    {
        var findings = new List<ComplianceFinding>();
        var active = s.Auditors.Where(a => a.IsActiveOn(s.Date)).ToList();
        foreach (var member in AuditorRule.MembersWithoutAuditor(s.Members, active))
        {
            findings.Add(new("GOV-AUDITOR-MISSING", AuditorRule.Source, ComplianceSeverity.Violation,
                $"{member.Name} har ingen revisor för förbundet. Varje kommun och region som är medlem utser en revisor, ensam eller tillsammans med andra medlemmar."));
        }

        var state = AuditorRule.StateAuditorCount(active);
        if (state == 0)
        {
            findings.Add(new("GOV-STATE-AUDITOR-MISSING", AuditorRule.Source, ComplianceSeverity.Violation,
                "Statens revisor saknas. Försäkringskassan utser en auktoriserad revisor för Försäkringskassan och Arbetsförmedlingen."));
        }
        else if (state > 1)
        {
            findings.Add(new("GOV-STATE-AUDITOR-SEVERAL", AuditorRule.Source, ComplianceSeverity.Violation,
                $"Det finns {state} statliga revisorer. Försäkringskassan utser en revisor för staten; avsluta de uppdrag som inte gäller."));
        }

        // An assignment that has run out leaves the member without an auditor (above); one about to run out is warned of.
        foreach (var a in active.Where(a => a.TermEnd is { } end && TermRule.EndsWithin(end, s.Date, warningDays) && !s.HasSuccessor(a)))
        {
            var member = s.NameOf(a.AppointedByOrganisationId);
            findings.Add(new(AuditorTermEnding, AuditorRule.Source, ComplianceSeverity.Warning,
                $"Uppdraget för revisorn {a.PersonName} (utsedd av {member}) går ut {SwedishCulture.Date(a.TermEnd)}. {member} behöver utse en revisor för tiden därefter.",
                a.TermEnd));
        }

        return findings;
    }

    /// <summary>A board or auditor assignment ending within the warning horizon, without a successor registered.</summary>
    public const string TermEnding = "GOV-TERM-ENDING";

    public const string AuditorTermEnding = "GOV-AUDITOR-TERM-ENDING";

    public const string DischargeOutstanding = "GOV-DISCHARGE-OUTSTANDING";

    /// <summary>
    /// Discharge (ansvarsfrihet) for the year before <paramref name="date"/>: a warning for every organisation that was a
    /// member during that year and had not decided on the date (nothing recorded, recorded as pending, or decided
    /// later than the date). Each member decides separately, after the auditors' report.
    /// </summary>
    public static IReadOnlyList<ComplianceFinding> Discharge(DischargeOverview lastYear, DateOnly date) =>
        lastYear.Members
            .Where(r => r.Outcome is null or DischargeOutcome.Pending || r.DecidedOn > date)
            .Select(r => new ComplianceFinding(DischargeOutstanding, DischargeSource, ComplianceSeverity.Warning,
                $"{r.MemberName} har inte beslutat om ansvarsfrihet för styrelsen för {lastYear.Year}. Varje medlem prövar ansvarsfriheten för sig, efter revisorernas berättelse."))
            .ToList();

    public const string DischargeSource = AuditorRule.Source + "; varje medlem beslutar om ansvarsfrihet";

    private static IEnumerable<ComplianceFinding> Composition(BoardSnapshot s, List<SeatHolding> active)
    {
        const string source = BoardCompositionRule.Source;
        foreach (var seats in BoardCompositionRule.Count(s.Members, active, s.Seats))
        {
            var name = seats.Member.Name;
            if (seats.LacksBoardMember)
            {
                yield return new("GOV-BOARD-MEMBER-MISSING", source, ComplianceSeverity.Violation,
                    $"{name} har ingen ledamot i styrelsen. Varje medlem ska ha minst en ledamot.");
            }

            if (seats.LacksSubstitute)
            {
                yield return new("GOV-SUBSTITUTE-MISSING", source, ComplianceSeverity.Violation,
                    $"{name} har ingen ersättare i styrelsen. Varje medlem ska ha minst en ersättare.");
            }

            if (seats.IsUnequal && !seats.LacksBoardMember && !seats.LacksSubstitute)
            {
                yield return new("GOV-SEATS-UNEQUAL", source, ComplianceSeverity.Violation,
                    $"{name} har {seats.BoardMembers} ledamöter men {seats.Substitutes} ersättare. Antalet ersättare ska vara lika med antalet ledamöter.");
            }

            if (!seats.LacksBoardMember && (seats.IsShortOfSeats || seats.IsOverSeats))
            {
                yield return new("GOV-SEATS-CHARTER", source + "; förbundsordningen", ComplianceSeverity.Violation,
                    $"{name} har {seats.BoardMembers} ledamöter, men ska enligt förbundsordningen ha {seats.Required}.");
            }
        }

        foreach (var held in BoardCompositionRule.HeldForNonMembers(s.Members, active))
        {
            yield return new("GOV-SEAT-FORMER-MEMBER", source, ComplianceSeverity.Violation,
                $"{held.PersonName} sitter i styrelsen som {GovernanceNames.Of(held.Role).ToLowerInvariant()} för {s.NameOf(held.OrganisationId)}, som inte är medlem i förbundet detta datum. Avsluta uppdraget.");
        }
    }

    private static IEnumerable<ComplianceFinding> Terms(BoardSnapshot s, int warningDays)
    {
        var members = s.Members.Select(m => m.OrganisationId).ToHashSet();
        foreach (var a in s.Appointments.Where(a => members.Contains(a.OrganisationId)))
        {
            if (s.HasSuccessor(a))
            {
                continue;
            }

            var role = GovernanceNames.Of(a.Role).ToLowerInvariant();
            var who = $"{a.PersonName} ({role} för {s.NameOf(a.OrganisationId)})";
            if (a.TermEnd < s.Date)
            {
                yield return new("GOV-TERM-ENDED", TermRule.Source, ComplianceSeverity.Violation,
                    $"Mandattiden för {who} gick ut {SwedishCulture.Date(a.TermEnd)} och ingen efterträdare är registrerad.", a.TermEnd);
            }
            else if (a.IsActiveOn(s.Date) && TermRule.EndsWithin(a.TermEnd, s.Date, warningDays))
            {
                yield return new(TermEnding, TermRule.Source, ComplianceSeverity.Warning,
                    $"Mandattiden för {who} går ut {SwedishCulture.Date(a.TermEnd)}. Se till att medlemmen utser någon för nästa mandatperiod.", a.TermEnd);
            }
        }
    }

    private static IEnumerable<ComplianceFinding> Officers(List<SeatHolding> active)
    {
        var (chairs, viceChairs) = OfficerRule.Count(active);
        if (chairs == 0)
        {
            yield return new("GOV-CHAIR-MISSING", OfficerRule.Source, ComplianceSeverity.Violation,
                "Styrelsen har ingen ordförande. Styrelsen väljer en ordförande bland ledamöterna.");
        }
        else if (chairs > 1)
        {
            yield return new("GOV-CHAIR-SEVERAL", OfficerRule.Source, ComplianceSeverity.Violation,
                $"Styrelsen har {chairs} ordförande. Det ska finnas en.");
        }

        if (viceChairs == 0)
        {
            yield return new("GOV-VICE-CHAIR-MISSING", OfficerRule.Source, ComplianceSeverity.Violation,
                "Styrelsen har ingen vice ordförande. Styrelsen väljer en eller två vice ordförande bland ledamöterna.");
        }
        else if (viceChairs > OfficerRule.MaxViceChairs)
        {
            yield return new("GOV-VICE-CHAIR-TOO-MANY", OfficerRule.Source, ComplianceSeverity.Violation,
                $"Styrelsen har {viceChairs} vice ordförande. Det får vara högst två.");
        }
    }
}
