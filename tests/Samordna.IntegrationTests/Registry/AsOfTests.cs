using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Registry;

/// <summary>The same register answers correctly for dates before and after a join, an exit and a merger.</summary>
[Collection(AppCollection.Name)]
public sealed class AsOfTests(AppFixture app)
{
    [Fact]
    public async Task A_municipality_that_joins_is_a_member_from_its_first_day_and_not_before()
    {
        var association = await app.Host.CreateAssociationAsync(municipalities: ["0662", "0617"]);
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);

        await api.PostOkAsync($"/api/v1/associations/{association.Id}/members",
            new { organisationCode = "0683", effectiveDate = "2020-01-01", decisionDate = "2019-11-18", reference = "KF 2019-11-18 § 140" });

        Assert.DoesNotContain("0683", await api.MemberCodesAsync(association.Id, "2019-12-31"));
        Assert.Contains("0683", await api.MemberCodesAsync(association.Id, "2020-01-01"));
        var before = await api.JsonAsync($"/api/v1/associations/{association.Id}/events?asOf=2019-11-17");
        Assert.Equal(0, before.GetArrayLength());
        var known = await api.JsonAsync($"/api/v1/associations/{association.Id}/events?asOf=2019-12-01");
        var join = Assert.Single(known.EnumerateArray());
        Assert.Equal("Join", join.GetProperty("kind").GetString());
        Assert.True(join.GetProperty("isPending").GetBoolean());
    }

    [Fact]
    public async Task An_exit_takes_effect_when_the_three_year_notice_has_run_and_is_pending_until_then()
    {
        var association = await app.Host.CreateAssociationAsync(municipalities: ["0662", "0617"]);
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var membership = await app.Host.MembershipIdAsync(association.Id, "0617");

        var exit = await api.PostOkAsync($"/api/v1/associations/{association.Id}/members/{membership}/exit",
            new { noticeDate = "2020-03-01", version = 0 });

        Assert.Equal("2023-03-01", exit.GetProperty("effectiveDate").GetString());
        Assert.Equal("2023-02-28", exit.GetProperty("lastDayAsMember").GetString());
        Assert.Equal(36, exit.GetProperty("noticeMonths").GetInt32());
        Assert.Contains("0617", await api.MemberCodesAsync(association.Id, "2023-02-28"));
        Assert.DoesNotContain("0617", await api.MemberCodesAsync(association.Id, "2023-03-01"));
        var events = await api.JsonAsync($"/api/v1/associations/{association.Id}/events?asOf=2021-06-01");
        var pending = Assert.Single(events.EnumerateArray());
        Assert.Equal("2020-03-01", pending.GetProperty("noticeDate").GetString());
        Assert.True(pending.GetProperty("isPending").GetBoolean());
    }

    [Fact]
    public async Task A_charter_in_force_at_notice_may_shorten_the_notice_period()
    {
        var association = await app.Host.CreateAssociationAsync(municipalities: ["0662", "0617"]);
        await app.Host.CreateCharterVersionAsync(association, new DateOnly(2015, 1, 1), noticePeriodMonths: 12);
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var membership = await app.Host.MembershipIdAsync(association.Id, "0617");

        var exit = await api.PostOkAsync($"/api/v1/associations/{association.Id}/members/{membership}/exit",
            new { noticeDate = "2020-03-01", version = 0 });

        Assert.Equal("2021-03-01", exit.GetProperty("effectiveDate").GetString());
        Assert.Equal(12, exit.GetProperty("noticeMonths").GetInt32());
    }

    [Fact]
    public async Task An_exit_that_would_leave_no_municipality_is_refused_naming_the_rule_and_changes_nothing()
    {
        var association = await app.Host.CreateAssociationAsync(municipalities: ["0683"]);
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var membership = await app.Host.MembershipIdAsync(association.Id, "0683");

        var problem = await api.PostProblemAsync($"/api/v1/associations/{association.Id}/members/{membership}/exit",
            new { noticeDate = "2020-03-01", version = 0 }, 422);

        Assert.Equal("REGISTRY_COMPOSITION", problem.GetProperty("code").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.StartsWith("Den 2023-03-01 skulle förbundet sakna en kommun.", detail, StringComparison.Ordinal);
        Assert.Contains("3 § lag (2003:1210)", detail, StringComparison.Ordinal);
        Assert.Contains("likvidation", detail, StringComparison.Ordinal);
        Assert.Contains("0683", await api.MemberCodesAsync(association.Id, "2030-01-01"));
        Assert.Equal(0, (await api.JsonAsync($"/api/v1/associations/{association.Id}/events?asOf=2030-01-01")).GetArrayLength());
    }

    [Fact]
    public async Task After_liquidation_is_recorded_the_last_municipality_may_leave()
    {
        var association = await app.Host.CreateAssociationAsync(municipalities: ["0683"]);
        var national = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        using var api = await app.Host.ApiClientAsync(national);
        var membership = await app.Host.MembershipIdAsync(association.Id, "0683");

        await api.PostOkAsync($"/api/v1/associations/{association.Id}/end", new { kind = "Liquidation", effectiveDate = "2023-03-01", version = 0 });
        await api.PostOkAsync($"/api/v1/associations/{association.Id}/members/{membership}/exit", new { noticeDate = "2020-03-01", version = 0 });

        Assert.DoesNotContain("0683", await api.MemberCodesAsync(association.Id, "2023-03-01"));
        var details = await api.JsonAsync($"/api/v1/associations/{association.Id}");
        Assert.Equal("2023-03-01", details.GetProperty("liquidationFrom").GetString());
    }

    [Theory]
    [InlineData("FK", "Försäkringskassan kan inte träda ut")]
    [InlineData("AF", "Arbetsförmedlingen kan inte träda ut")]
    public async Task FK_and_AF_cannot_give_notice(string code, string expected)
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var membership = await app.Host.MembershipIdAsync(association.Id, code);

        var problem = await api.PostProblemAsync($"/api/v1/associations/{association.Id}/members/{membership}/exit",
            new { noticeDate = "2020-03-01", version = 0 }, 422);

        Assert.Equal("REGISTRY_EXIT_NOTICE", problem.GetProperty("code").GetString());
        Assert.StartsWith(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_merger_the_absorbed_members_belong_to_the_continuing_association_and_not_before()
    {
        var continuing = await app.Host.CreateAssociationAsync(municipalities: ["1485", "1421"], regions: ["R14"], formed: new DateOnly(2008, 1, 1));
        var absorbed = await app.Host.CreateAssociationAsync(municipalities: ["1484", "1486"], regions: ["R14"], formed: new DateOnly(2006, 4, 1));
        var national = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        using var api = await app.Host.ApiClientAsync(national);

        var merged = await api.PostOkAsync("/api/v1/registry/mergers", new
        {
            continuingAssociationId = continuing.Id, absorbedAssociationId = absorbed.Id, effectiveDate = "2015-01-01",
            equitySettled = 1_250_000.50m, decisionDate = "2014-04-09", reference = "KS 2014-04-09", newName = "Sammanslaget förbund " + continuing.Code,
        });

        Assert.Equal(2, merged.GetProperty("membersMoved").GetInt32());
        Assert.Equal(["1421", "1485", "AF", "FK", "R14"], await api.MemberCodesAsync(continuing.Id, "2014-12-31"));
        Assert.Equal(["1421", "1484", "1485", "1486", "AF", "FK", "R14"], await api.MemberCodesAsync(continuing.Id, "2015-01-01"));
        Assert.Equal(["1484", "1486", "AF", "FK", "R14"], await api.MemberCodesAsync(absorbed.Id, "2014-12-31"));
        Assert.Empty(await api.MemberCodesAsync(absorbed.Id, "2015-01-01"));
        var ended = await api.JsonAsync($"/api/v1/associations/{absorbed.Id}");
        Assert.Equal("2014-12-31", ended.GetProperty("endedOn").GetString());
        var events = await api.JsonAsync($"/api/v1/associations/{continuing.Id}/events?asOf=2015-01-01");
        var merger = Assert.Single(events.EnumerateArray());
        Assert.Equal("Merger", merger.GetProperty("kind").GetString());
        Assert.Equal(1_250_000.50m, merger.GetProperty("equitySettled").GetDecimal());
        Assert.Equal(absorbed.Name, merger.GetProperty("counterpartName").GetString());
        Assert.StartsWith("Sammanslaget förbund", (await api.JsonAsync($"/api/v1/associations/{continuing.Id}")).GetProperty("name").GetString(), StringComparison.Ordinal);

        // The public page of the ended association shows when it ended and who its members were on its last day.
        using var anonymous = app.Host.NewClient();
        var about = await anonymous.GetStringAsync($"/forbund/{absorbed.Id}/om");
        Assert.Contains("<dt>Upphörde</dt><dd class=\"date\">2014-12-31</dd>", about, StringComparison.Ordinal);
        Assert.Contains("Medlemmar den sista dagen", about, StringComparison.Ordinal);
        Assert.Contains("Lysekil", about, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_charter_version_is_in_force_only_once_every_member_has_decided()
    {
        var association = await app.Host.CreateAssociationAsync(municipalities: ["0662"]);
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var created = await api.PostOkAsync($"/api/v1/associations/{association.Id}/charter", new
        {
            validFrom = "2020-01-01", boardSeatsPerMember = 1, noticePeriodMonths = 24,
            municipalSplitKey = "FixedShares", fixedShares = new[] { new { organisationCode = "0662", share = 1.0m } },
            boardSeats = new[] { new { organisationCode = "0662", seats = 2 } },
        });
        var versionId = created.GetProperty("id").GetGuid();
        var url = $"/api/v1/associations/{association.Id}/charter/{versionId}/decisions";
        foreach (var (code, day) in new[] { ("FK", "2019-10-01"), ("AF", "2019-10-02"), ("R06", "2019-10-03") })
        {
            await api.PostOkAsync(url, new { organisationCode = code, decidedOn = day, reference = "Beslut " + code });
        }

        Assert.Equal(JsonValueKindNull, (await api.JsonAsync($"/api/v1/associations/{association.Id}/charter?asOf=2020-06-01")).GetProperty("inForce").ValueKind);
        var last = await api.PostOkAsync(url, new { organisationCode = "0662", decidedOn = "2020-02-17", reference = "KF 2020-02-17 § 12" });
        Assert.Equal("2020-02-17", last.GetProperty("effectiveFrom").GetString());

        Assert.Equal(JsonValueKindNull, (await api.JsonAsync($"/api/v1/associations/{association.Id}/charter?asOf=2020-02-16")).GetProperty("inForce").ValueKind);
        var inForce = (await api.JsonAsync($"/api/v1/associations/{association.Id}/charter?asOf=2020-02-17")).GetProperty("inForce");
        Assert.Equal(24, inForce.GetProperty("noticePeriodMonths").GetInt32());
        Assert.Equal(2, inForce.GetProperty("boardSeats")[0].GetProperty("seats").GetInt32());
        await api.PostProblemAsync(url, new { organisationCode = "0662", decidedOn = "2020-02-18" }, 409);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
