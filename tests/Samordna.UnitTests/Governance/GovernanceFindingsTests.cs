using Samordna.Web.Features.Compliance;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.Rules;
using static Samordna.UnitTests.Governance.BoardBuilders;

namespace Samordna.UnitTests.Governance;

public sealed class GovernanceFindingsTests
{
    private static IReadOnlyList<ComplianceFinding> Board(BoardSnapshot s) => GovernanceFindings.Board(s, 90);

    private static string Codes(IEnumerable<ComplianceFinding> findings) => string.Join(", ", findings.Select(f => f.RuleCode));

    [Fact]
    public void A_complete_board_with_auditors_has_no_findings()
    {
        var members = Members("Gislaved", "Gnosjö", "Värnamo");
        var s = Snapshot(members, FullBoard(members));

        Assert.Empty(Board(s));
        Assert.Empty(GovernanceFindings.Audit(s, 90));
    }

    [Fact]
    public void A_member_without_ersättare_is_a_violation_of_section_10()
    {
        var members = Members("Gislaved", "Gnosjö");
        var board = FullBoard(members).Where(h => !(h.OrganisationId == members[4].OrganisationId && h.Role == BoardRole.Substitute)).ToList();

        var finding = Assert.Single(Board(Snapshot(members, board)));

        Assert.Equal("GOV-SUBSTITUTE-MISSING", finding.RuleCode);
        Assert.Equal(ComplianceSeverity.Violation, finding.Severity);
        Assert.Equal("10 § lag (2003:1210)", finding.RuleSource);
        Assert.Contains("Gnosjö har ingen ersättare", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unequal_numbers_and_a_missing_seat_under_a_two_seat_charter_are_both_reported()
    {
        var members = Members("Gislaved");
        var gislaved = members[3];
        var board = FullBoard(members);
        board.AddRange([BoardMember(Fk), Substitute(Fk, 2)]);
        board.AddRange(members.Where(m => !m.IsStateMember).SelectMany(m => new[] { BoardMember(m), Substitute(m, 2) }));
        board.Add(Substitute(gislaved, 3));

        var findings = Board(Snapshot(members, board, seatsPerMember: 2));

        Assert.Contains(findings, f => f.RuleCode == "GOV-SEATS-UNEQUAL" && f.Message.Contains("Gislaved har 2 ledamöter men 3 ersättare", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.RuleCode == "GOV-SEATS-CHARTER" && f.Message.Contains("Försäkringskassan har 2 ledamöter, men ska enligt förbundsordningen ha 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_seat_held_for_an_organisation_that_left_is_a_violation()
    {
        var members = Members("Gislaved");
        var leaver = Municipality("Gnosjö");
        var board = FullBoard(members);
        board.Add(BoardMember(leaver, name: "Kvarsittande Person"));

        var finding = Assert.Single(Board(Snapshot(members, board, formerMembers: [leaver])));

        Assert.Equal("GOV-SEAT-FORMER-MEMBER", finding.RuleCode);
        Assert.Contains("Kvarsittande Person", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Gnosjö", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_that_ran_out_without_successor_is_a_violation_and_leaves_the_seats_empty()
    {
        var members = Members("Gislaved");
        var board = FullBoard(members);
        var afterTerm = new DateOnly(2027, 4, 1);

        var findings = Board(Snapshot(members, board, date: afterTerm));

        Assert.Contains(findings, f => f.RuleCode == "GOV-TERM-ENDED" && f.RelevantDate == new DateOnly(2027, 3, 31));
        Assert.Contains(findings, f => f.RuleCode == "GOV-BOARD-MEMBER-MISSING");
        Assert.Contains(findings, f => f.RuleCode == "GOV-CHAIR-MISSING");
    }

    [Fact]
    public void On_31_March_the_term_still_runs_and_is_only_a_warning()
    {
        var members = Members("Gislaved");
        var findings = Board(Snapshot(members, FullBoard(members), date: new DateOnly(2027, 3, 31)));

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("GOV-TERM-ENDING", f.RuleCode));
        Assert.All(findings, f => Assert.Equal(ComplianceSeverity.Warning, f.Severity));
    }

    [Fact]
    public void A_term_running_out_within_90_days_warns_unless_a_successor_is_registered()
    {
        var members = Members("Gislaved");
        var board = FullBoard(members);
        var region = members[2];
        var next = new DateOnly(2027, 4, 1);
        board.Add(BoardMember(region, start: next, end: new DateOnly(2031, 3, 31)));
        board.Add(Substitute(region, start: next, end: new DateOnly(2031, 3, 31)));

        var ninetyDaysBefore = Board(Snapshot(members, board, date: new DateOnly(2027, 3, 31).AddDays(-90)));
        var ninetyOneDaysBefore = Board(Snapshot(members, board, date: new DateOnly(2027, 3, 31).AddDays(-91)));

        Assert.Empty(ninetyOneDaysBefore);
        Assert.Equal(6, ninetyDaysBefore.Count(f => f.RuleCode == "GOV-TERM-ENDING"));
        Assert.DoesNotContain(ninetyDaysBefore, f => f.Message.Contains(region.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void A_board_without_a_chair_or_with_three_vice_chairs_breaks_section_12()
    {
        var members = Members("Gislaved", "Gnosjö", "Värnamo");
        var board = members.SelectMany(m => new[] { BoardMember(m, m.IsStateMember ? BoardOffice.None : BoardOffice.ViceChair), Substitute(m) }).ToList();

        var findings = Board(Snapshot(members, board));

        Assert.Equal("GOV-CHAIR-MISSING, GOV-VICE-CHAIR-TOO-MANY", Codes(findings));
        Assert.All(findings, f => Assert.Equal("12 § lag (2003:1210)", f.RuleSource));
        Assert.Contains("4 vice ordförande", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_vice_chairs_are_allowed_but_none_is_not()
    {
        var members = Members("Gislaved", "Gnosjö");
        var two = members.SelectMany(m => new[]
        {
            BoardMember(m, m.Kind == Web.Features.Registry.Data.OrganisationKind.Region ? BoardOffice.Chair : m.IsStateMember ? BoardOffice.None : BoardOffice.ViceChair),
            Substitute(m),
        }).ToList();
        var none = members.SelectMany(m => new[] { BoardMember(m, m.Kind == Web.Features.Registry.Data.OrganisationKind.Region ? BoardOffice.Chair : BoardOffice.None), Substitute(m) }).ToList();

        Assert.Empty(Board(Snapshot(members, two)));
        Assert.Equal("GOV-VICE-CHAIR-MISSING", Codes(Board(Snapshot(members, none))));
    }

    [Fact]
    public void A_member_without_auditor_and_a_missing_state_auditor_are_found()
    {
        var members = Members("Gislaved", "Gnosjö");
        var auditors = FullAudit(members).Where(a => a.Kind == AuditorKind.MemberAuditor && a.AppointedByOrganisationId != members[4].OrganisationId).ToList();

        var findings = GovernanceFindings.Audit(Snapshot(members, FullBoard(members), auditors), 90);

        Assert.Equal("GOV-AUDITOR-MISSING, GOV-STATE-AUDITOR-MISSING", Codes(findings));
        Assert.Contains("Gnosjö har ingen revisor", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_state_auditors_at_once_are_one_too_many()
    {
        var members = Members("Gislaved");
        var auditors = FullAudit(members);
        auditors.Add(new AuditorHolding(Guid.NewGuid(), "Ytterligare statlig revisor", AuditorKind.StateAuditor, Fk.OrganisationId, new DateOnly(2024, 1, 1), null));

        Assert.Equal("GOV-STATE-AUDITOR-SEVERAL", Codes(GovernanceFindings.Audit(Snapshot(members, FullBoard(members), auditors), 90)));
    }

    [Fact]
    public void An_auditor_whose_assignment_ended_no_longer_counts()
    {
        var members = Members("Gislaved");
        var auditors = FullAudit(members)
            .Select(a => a.Kind == AuditorKind.StateAuditor ? a with { TermEnd = new DateOnly(2024, 12, 31) } : a)
            .ToList();

        Assert.Equal("GOV-STATE-AUDITOR-MISSING", Codes(GovernanceFindings.Audit(Snapshot(members, FullBoard(members), auditors), 90)));
    }
}
