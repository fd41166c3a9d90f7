using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samordna.TestSupport;
using Samordna.Web.Features.Registry.CreateCharterVersion;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Allocation;

/// <summary>Members' contributions from the decided run: exact, 2:1:1, adopted tables kept, every member sees the whole table.</summary>
[Collection(AllocationCollection.Name)]
public sealed class ContributionTests(AllocationFixture app)
{
    private static async Task<JsonElement> ContributionsAsync(HttpClient api, Guid associationId, int year)
    {
        var response = await api.GetAsync($"/api/v1/associations/{associationId}/contributions/{year}");
        Assert.True(response.IsSuccessStatusCode, await response.BodyAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static long Ore(JsonElement e) => (long)(e.GetDecimal() * 100m);

    private static async Task<AllocationScenario> DecidedAsync(SamordnaTestHost host)
    {
        var s = await AllocationScenario.CreateAsync(host);
        await s.DecideAsync(await s.SaveRunAsync("Beslutad"));
        return s;
    }

    [Fact]
    public async Task Contributions_sum_exactly_and_are_two_to_one_to_one()
    {
        var s = await DecidedAsync(app.Host);

        var c = await ContributionsAsync(s.Api, s.Beta.Id, s.Year);

        Assert.False(c.GetProperty("isAdopted").GetBoolean());
        var lines = c.GetProperty("lines").EnumerateArray().ToList();
        long Sum(string kind) => lines.Where(l => l.GetProperty("kind").GetString() == kind).Sum(l => Ore(l.GetProperty("amount")));
        Assert.Equal(110_000_000L, Sum("State"));
        Assert.Equal(55_000_000L, Sum("Region"));
        Assert.Equal(55_000_000L, Sum("Municipality"));
        Assert.Equal(2 * Sum("Region"), Sum("State"));
        Assert.Equal(Ore(c.GetProperty("total")), Sum("State") + Sum("Region") + Sum("Municipality"));
        // Österåker and Värmdö have 1 500 working-age inhabitants each, so they share the quarter equally.
        var municipalities = lines.Where(l => l.GetProperty("kind").GetString() == "Municipality").ToDictionary(l => l.GetProperty("code").GetString()!);
        Assert.Equal(27_500_000L, Ore(municipalities["0117"].GetProperty("amount")));
        Assert.Equal(27_500_000L, Ore(municipalities["0120"].GetProperty("amount")));
        Assert.Equal("1/2", municipalities["0117"].GetProperty("share").GetString());
        Assert.Contains("1 500 av 3 000 invånare 16–64", Text.Plain(municipalities["0117"].GetProperty("derivation").GetString()!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_internal_split_divides_a_members_line_exactly_among_its_units()
    {
        var s = await DecidedAsync(app.Host);
        var split = await s.Api.PutAsJsonAsync($"/api/v1/associations/{s.Beta.Id}/internal-splits/{s.Beta.Members["0117"]}?year={s.Year}", new
        {
            key = "WeightedMix",
            populationWeight = 0.5,
            units = new object[]
            {
                new { code = "N", name = "Norra", population = 1, financialAssistance = 1 },
                new { code = "M", name = "Mitten", population = 1, financialAssistance = 1 },
                new { code = "S", name = "Södra", population = 1, financialAssistance = 1 },
            },
        });
        Assert.True(split.IsSuccessStatusCode, await split.BodyAsync());

        var c = await ContributionsAsync(s.Api, s.Beta.Id, s.Year);

        var lines = c.GetProperty("lines").EnumerateArray().ToList();
        var member = lines.Single(l => l.GetProperty("code").GetString() == "0117");
        var units = lines.Where(l => l.GetProperty("kind").GetString() == "Unit").ToList();
        Assert.Equal(3, units.Count);
        Assert.Equal(Ore(member.GetProperty("amount")), units.Sum(u => Ore(u.GetProperty("amount"))));
        // 275 000 kr = 27 500 000 öre in thirds: 9 166 666.67 each; the two öre left go to the lowest codes (M, N).
        Assert.Equal([9_166_667L, 9_166_667L, 9_166_666L], units.Select(u => Ore(u.GetProperty("amount"))).OrderDescending());
        Assert.Equal(9_166_667L, Ore(units.Single(u => u.GetProperty("code").GetString() == "M").GetProperty("amount")));
    }

    [Fact]
    public async Task An_adopted_table_is_kept_when_the_charter_changes_and_a_new_adoption_is_a_new_version()
    {
        var s = await DecidedAsync(app.Host);
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, s.Beta.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var adopted = await api.PostAsJsonAsync($"/api/v1/associations/{s.Beta.Id}/contributions/{s.Year}/adoption", new { note = "Styrelsen § 12" });
        Assert.True(adopted.StatusCode == HttpStatusCode.Created, await adopted.BodyAsync());

        // A charter from the same date with fixed shares 0.6/0.4, made by the register's use case.
        var charter = new CreateCharterVersionRequest(
            new DateOnly(s.Year, 1, 1), null, null, null, null, SplitKeyKind.FixedShares, null, null, null, null,
            [new CharterShareRequest("0117", 0.6m), new CharterShareRequest("0120", 0.4m)]);
        await app.Host.RunAsync<CreateCharterVersionHandler, Guid>(
            s.Beta.Id, CreateCharterVersionHandler.Validate(charter), (h, ct) => h.HandleAsync(s.Beta.Id, charter, ct));

        var kept = await ContributionsAsync(api, s.Beta.Id, s.Year);
        Assert.True(kept.GetProperty("isAdopted").GetBoolean());
        Assert.Equal(1, kept.GetProperty("sequence").GetInt32());
        Assert.Equal(27_500_000L, Ore(kept.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "0117").GetProperty("amount")));

        var again = await api.PostAsJsonAsync($"/api/v1/associations/{s.Beta.Id}/contributions/{s.Year}/adoption", new { note = "Ny förbundsordning" });
        Assert.True(again.StatusCode == HttpStatusCode.Created, await again.BodyAsync());
        var current = await ContributionsAsync(api, s.Beta.Id, s.Year);
        Assert.Equal(2, current.GetProperty("sequence").GetInt32());
        Assert.Equal(33_000_000L, Ore(current.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "0117").GetProperty("amount")));
        var first = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/associations/{s.Beta.Id}/contributions/{s.Year}?version=1")).RootElement;
        Assert.Equal(27_500_000L, Ore(first.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "0117").GetProperty("amount")));
        Assert.True(await app.Host.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == "ContributionTable" && e.AssociationId == s.Beta.Id)));
    }

    /// <summary>
    /// The contribution table is a public budget figure (issue 8): a member representative sees every member's line and
    /// the totals, as the board does, but still nothing of another association and cannot adopt.
    /// </summary>
    [Fact]
    public async Task A_member_representative_sees_the_whole_table_and_is_refused_another_association()
    {
        var s = await DecidedAsync(app.Host);
        var rep = await app.Host.CreateUserAsync(Role.MemberRepresentative, s.Beta.Id, s.Beta.Members["0117"]);
        using var api = await app.Host.ApiClientAsync(rep);

        var c = await ContributionsAsync(api, s.Beta.Id, s.Year);

        var codes = c.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("code").GetString()).ToList();
        Assert.Contains("0117", codes);
        Assert.True(codes.Count > 2, string.Join(", ", codes));
        Assert.Equal(JsonValueKind.Number, c.GetProperty("total").ValueKind);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/associations/{s.Gamma.Id}/contributions/{s.Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync($"/api/v1/associations/{s.Beta.Id}/contributions/{s.Year}/adoption", new { })).StatusCode);

        using var pages = await app.Host.SignedInPageClientAsync(rep);
        var html = Text.Plain(await pages.GetStringAsync($"/forbund/{s.Beta.Id}/medlemsbidrag?ar={s.Year}"));
        Assert.Contains("Österåkers kommun", html, StringComparison.Ordinal);
        Assert.Contains("Värmdö", html, StringComparison.Ordinal);
        Assert.Contains("en fjärdedel av förbundets medel", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await pages.GetAsync($"/forbund/{s.Gamma.Id}/medlemsbidrag?ar={s.Year}")).StatusCode);
    }

    [Fact]
    public async Task The_adopt_page_adopts_and_the_association_page_shows_the_table()
    {
        var s = await DecidedAsync(app.Host);
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, s.Gamma.Id);
        using var pages = await app.Host.SignedInPageClientAsync(admin);
        var url = $"/forbund/{s.Gamma.Id}/medlemsbidrag/faststall?ar={s.Year}";

        var response = await pages.PostFormAsync(url, new Dictionary<string, string> { ["ar"] = s.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Note"] = "Styrelsen § 3" });

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.BodyAsync());
        var html = Text.Plain(await pages.GetStringAsync(response.Headers.Location!.ToString()));
        Assert.Contains("Fastställd", html, StringComparison.Ordinal);
        Assert.Contains("Järfälla", html, StringComparison.Ordinal);
        Assert.Contains("900 000 kr", html, StringComparison.Ordinal);
        Assert.Contains("1 800 000 kr", html, StringComparison.Ordinal);
    }
}
