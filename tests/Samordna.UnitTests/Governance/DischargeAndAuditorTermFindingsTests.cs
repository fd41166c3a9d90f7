using Microsoft.Extensions.Time.Testing;
using Samordna.Web.Domain;
using Samordna.Web.Features.Compliance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.ListDischarges;
using Samordna.Web.Features.Governance.Rules;
using static Samordna.UnitTests.Governance.BoardBuilders;

namespace Samordna.UnitTests.Governance;

/// <summary>
/// The panel's discharge and auditor-term checks at their edges. The day is read from an injected clock as the
/// panel reads it (<see cref="SwedishCulture.Today"/>, Swedish time), so the edges at midnight are Stockholm's, not UTC's.
/// </summary>
public sealed class DischargeAndAuditorTermFindingsTests
{
    private static DateOnly TodayAt(string utc) => SwedishCulture.Today(new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    private static DischargeRow Row(BoardMemberOrg member, DischargeOutcome? outcome, DateOnly? decidedOn = null, int year = 2025) =>
        new(year, member.OrganisationId, member.Name, outcome is null ? null : Guid.NewGuid(), outcome, outcome?.ToString() ?? "Inte registrerad", decidedOn, null, outcome is null ? null : 1);

    private static DischargeOverview Year(int year, params DischargeRow[] rows) => new(year, rows, 0, 0, 0, 0);

    [Fact]
    public void Every_member_that_has_not_decided_on_last_year_is_a_warning_with_its_source()
    {
        var members = Members("Gislaved", "Gnosjö");
        var today = TodayAt("2026-05-01T10:00:00Z");
        var lastYear = Year(2025,
            Row(members[0], DischargeOutcome.Granted, new DateOnly(2026, 4, 20)),
            Row(members[1], DischargeOutcome.Refused, new DateOnly(2026, 4, 21)),
            Row(members[2], DischargeOutcome.Pending),
            Row(members[3], null),
            Row(members[4], DischargeOutcome.Granted, new DateOnly(2026, 4, 30)));

        var findings = GovernanceFindings.Discharge(lastYear, today);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f =>
        {
            Assert.Equal("GOV-DISCHARGE-OUTSTANDING", f.RuleCode);
            Assert.Equal(ComplianceSeverity.Warning, f.Severity);
            Assert.Equal("Lag (2003:1210) om revision; varje medlem beslutar om ansvarsfrihet", f.RuleSource);
        });
        Assert.Contains(findings, f => f.Message.StartsWith("Region Jönköpings län har inte beslutat om ansvarsfrihet för styrelsen för 2025.", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.StartsWith("Gislaved har inte", StringComparison.Ordinal));
    }

    [Fact]
    public void A_decision_counts_from_its_own_day_in_Swedish_time()
    {
        var members = Members("Gislaved");
        var lastYear = Year(2025, members.Select(m => Row(m, DischargeOutcome.Granted, new DateOnly(2026, 6, 15))).ToArray());

        // 2026-06-14 23:59:59 in Stockholm (summer time, UTC+2), then the first second of 15 June.
        var dayBefore = GovernanceFindings.Discharge(lastYear, TodayAt("2026-06-14T21:59:59Z"));
        var decisionDay = GovernanceFindings.Discharge(lastYear, TodayAt("2026-06-14T22:00:00Z"));

        Assert.Equal(members.Count, dayBefore.Count);
        Assert.Empty(decisionDay);
    }

    [Fact]
    public void The_year_asked_about_turns_at_midnight_in_Stockholm_not_in_UTC()
    {
        // 2025-12-31 23:30 UTC is already 2026-01-01 00:30 in Stockholm (winter time, UTC+1): last year is then 2025.
        Assert.Equal(2024, TodayAt("2025-12-31T22:59:59Z").Year - 1);
        Assert.Equal(2025, TodayAt("2025-12-31T23:00:00Z").Year - 1);
    }

    [Fact]
    public void A_year_without_members_has_no_discharge_to_decide()
    {
        Assert.Empty(GovernanceFindings.Discharge(Year(2025), new DateOnly(2026, 1, 1)));
    }

    private static readonly DateOnly AuditEnd = new(2026, 12, 31);

    private static List<AuditorHolding> AuditorsEnding(IReadOnlyList<BoardMemberOrg> members, BoardMemberOrg ending, DateOnly end) =>
        FullAudit(members).Select(a => a.AppointedByOrganisationId == ending.OrganisationId && a.Kind == AuditorKind.MemberAuditor ? a with { TermEnd = end, PersonName = "Revisor Slutar" } : a).ToList();

    [Theory]
    [InlineData("2026-10-01T22:00:00Z", true)] // 2 October in Stockholm: 90 days before 31 December
    [InlineData("2026-10-01T21:59:59Z", false)] // still 1 October: 91 days before
    [InlineData("2026-12-31T22:59:59Z", true)] // the last day of the assignment, 23:59:59 in Stockholm
    public void An_auditor_assignment_ending_within_90_days_warns_from_the_90th_day_before(string utc, bool warns)
    {
        var members = Members("Gislaved");
        var gislaved = members[3];
        var today = TodayAt(utc);

        var findings = GovernanceFindings.Audit(Snapshot(members, FullBoard(members), AuditorsEnding(members, gislaved, AuditEnd), date: today), 90);

        if (warns)
        {
            var finding = Assert.Single(findings);
            Assert.Equal("GOV-AUDITOR-TERM-ENDING", finding.RuleCode);
            Assert.Equal(ComplianceSeverity.Warning, finding.Severity);
            Assert.Equal("Lag (2003:1210) om revision", finding.RuleSource);
            Assert.Equal(AuditEnd, finding.RelevantDate);
            Assert.Equal("Uppdraget för revisorn Revisor Slutar (utsedd av Gislaved) går ut 2026-12-31. Gislaved behöver utse en revisor för tiden därefter.", finding.Message);
        }
        else
        {
            Assert.Empty(findings);
        }
    }

    [Fact]
    public void The_day_after_the_assignment_the_member_has_no_auditor_instead()
    {
        var members = Members("Gislaved");
        var today = TodayAt("2026-12-31T23:00:00Z");

        var finding = Assert.Single(GovernanceFindings.Audit(Snapshot(members, FullBoard(members), AuditorsEnding(members, members[3], AuditEnd), date: today), 90));

        Assert.Equal(new DateOnly(2027, 1, 1), today);
        Assert.Equal("GOV-AUDITOR-MISSING", finding.RuleCode);
    }

    [Fact]
    public void A_successor_registered_or_a_shorter_horizon_silences_the_warning()
    {
        var members = Members("Gislaved");
        var gislaved = members[3];
        var auditors = AuditorsEnding(members, gislaved, AuditEnd);
        var date = AuditEnd.AddDays(-30);
        var withSuccessor = auditors.Append(new AuditorHolding(Guid.NewGuid(), "Ny Revisor", AuditorKind.MemberAuditor, gislaved.OrganisationId, AuditEnd.AddDays(1), null)).ToList();

        Assert.Empty(GovernanceFindings.Audit(Snapshot(members, FullBoard(members), withSuccessor, date: date), 90));
        Assert.Empty(GovernanceFindings.Audit(Snapshot(members, FullBoard(members), auditors, date: date), 29));
        Assert.Single(GovernanceFindings.Audit(Snapshot(members, FullBoard(members), auditors, date: date), 30));
    }
}
