using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.Rules;
using static Samordna.UnitTests.Registry.Members;

namespace Samordna.UnitTests.Registry;

public sealed class CharterRuleTests
{
    private static readonly IReadOnlyList<MemberPeriod> Finnveden =
        [Fk(), Af(), Region("R06"), Municipality("0662"), Municipality("0617"), Municipality("0683")];

    private static CharterVersion Version(DateOnly validFrom, params (string Code, DateOnly DecidedOn)[] decisions)
    {
        var v = new CharterVersion { ValidFrom = validFrom };
        v.Decisions.AddRange(decisions.Select(d => new CharterMemberDecision { OrganisationId = Id(d.Code), DecidedOn = d.DecidedOn }));
        return v;
    }

    private static (string, DateOnly)[] AllDecided(DateOnly on) =>
        new[] { "FK", "AF", "R06", "0662", "0617", "0683" }.Select(c => (c, on)).ToArray();

    [Fact]
    public void A_version_takes_effect_on_its_date_when_every_member_decided_before()
    {
        var status = CharterRule.Status(Version(D(2024, 1, 1), AllDecided(D(2023, 11, 20))), Finnveden);

        Assert.True(status.IsComplete);
        Assert.Equal(D(2024, 1, 1), status.EffectiveFrom);
    }

    [Fact]
    public void A_version_takes_effect_only_on_the_last_decision_when_that_comes_later()
    {
        var decisions = AllDecided(D(2023, 11, 20)).Select(d => d.Item1 == "0617" ? (d.Item1, D(2024, 2, 12)) : d).ToArray();

        Assert.Equal(D(2024, 2, 12), CharterRule.Status(Version(D(2024, 1, 1), decisions), Finnveden).EffectiveFrom);
    }

    [Fact]
    public void One_missing_decision_keeps_the_version_out_of_force_and_names_the_member()
    {
        var decisions = AllDecided(D(2023, 11, 20)).Where(d => d.Item1 != "0617").ToArray();
        var old = Version(D(2015, 1, 1), AllDecided(D(2014, 10, 1)));
        var proposed = Version(D(2024, 1, 1), decisions);

        var status = CharterRule.Status(proposed, Finnveden);

        Assert.False(status.IsComplete);
        Assert.Equal([Id("0617")], status.MissingDecisions);
        Assert.Same(old, CharterRule.InForceOn([old, proposed], Finnveden, D(2025, 1, 1)));
    }

    [Fact]
    public void A_member_that_joins_on_the_version_s_first_day_must_decide_too()
    {
        IReadOnlyList<MemberPeriod> members = [.. Finnveden, Municipality("0643", from: D(2024, 1, 1))];

        var status = CharterRule.Status(Version(D(2024, 1, 1), AllDecided(D(2023, 11, 20))), members);

        Assert.Equal([Id("0643")], status.MissingDecisions);
    }

    [Fact]
    public void The_version_in_force_is_the_latest_that_has_taken_effect_by_the_date()
    {
        var first = Version(D(2015, 1, 1), AllDecided(D(2014, 10, 1)));
        var second = Version(D(2024, 1, 1), AllDecided(D(2023, 11, 20)));

        Assert.Null(CharterRule.InForceOn([first, second], Finnveden, D(2014, 12, 31)));
        Assert.Same(first, CharterRule.InForceOn([first, second], Finnveden, D(2023, 12, 31)));
        Assert.Same(second, CharterRule.InForceOn([first, second], Finnveden, D(2024, 1, 1)));
    }

    [Fact]
    public void Fixed_shares_must_cover_every_municipality_and_sum_to_exactly_one()
    {
        var municipalities = Finnveden.Where(m => m.CountsAsMunicipality).ToList();

        Assert.Empty(CharterRule.ShareProblems("kommunerna", municipalities,
            new Dictionary<Guid, decimal> { [Id("0662")] = 0.40m, [Id("0617")] = 0.15m, [Id("0683")] = 0.45m }));

        var problems = CharterRule.ShareProblems("kommunerna", municipalities,
            new Dictionary<Guid, decimal> { [Id("0662")] = 0.40m, [Id("0683")] = 0.45m, [Id("FK")] = 0.10m });
        Assert.Contains(problems, p => p.StartsWith("Kommun 0617 saknar en andel", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("bara ges till kommunerna som är medlemmar", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Kommunernas fasta andelar ska tillsammans vara exakt 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_version_adds_seats_for_named_members_only()
    {
        var v = new CharterVersion { BoardSeatsPerMember = 1 };
        v.BoardSeats.Add(new CharterBoardSeat { OrganisationId = Id("0683"), Seats = 2 });

        Assert.Equal(2, v.SeatsFor(Id("0683")));
        Assert.Equal(1, v.SeatsFor(Id("0662")));
    }
}
