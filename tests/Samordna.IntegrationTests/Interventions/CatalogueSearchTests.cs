using System.Net;
using System.Text.Json;
using Samordna.TestSupport;
using Samordna.Web.Features.Interventions.Catalogue;
using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.IntegrationTests.Interventions;

/// <summary>
/// The public catalogue's search, the same on SQLite (FTS5) and PostgreSQL (text search): municipality, target group
/// and Swedish free text. Every query is scoped to this test's own entries by a unique word in their descriptions.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CatalogueSearchTests(AppFixture app)
{
    private sealed record Arranged(string Tag, Guid Work, Guid Health, Guid Young, Guid Structural, Guid Unpublished, Guid Draft);

    private static Arranged? _arranged;
    private static readonly SemaphoreSlim Once = new(1, 1);

    private async Task<Arranged> ArrangeAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_arranged is not null)
            {
                return _arranged;
            }

            var tag = "kat" + Guid.NewGuid().ToString("N")[..8];
            var a = await app.Host.CreateAssociationAsync(municipalities: ["0662", "0617"]);
            var b = await app.Host.CreateAssociationAsync(municipalities: ["0680", "0643"]);
            async Task<Guid> Published(TestAssociation at, string name, string description, string[] places, string[] groups, Web.Features.Interventions.Data.Orientation orientation = Web.Features.Interventions.Data.Orientation.Individual)
            {
                var parties = new[] { "FK", places[0] };
                var id = await app.Host.CreateInterventionAsync(at, name, $"{description} {tag}", parties, places[0], places, groups, orientation,
                    orientation == Web.Features.Interventions.Data.Orientation.Individual ? "forrehabilitering" : "kompetensutveckling");
                await app.Host.AdvanceAsync(at, id, InterventionState.Active);
                await app.Host.PublishAsync(at, id);
                return id;
            }

            var work = await Published(a, "Vägen till arbetet", "Arbetsträning och stöd hos arbetsgivare.", ["0662"], ["langtidsarbetslosa"]);
            var health = await Published(a, "Må bättre", "Hälsa och vardag för den som får aktivitetsersättning.", ["0617"], ["sjukskrivna"]);
            var young = await Published(b, "Ung framtid", "Coachning för unga vuxna i Jönköping.", ["0680", "0643"], ["unga"]);
            var structural = await Published(b, "Kunskapsdagar", "Utbildning för personal om arbete och hälsa.", ["0680"], ["psykisk-ohalsa"], Web.Features.Interventions.Data.Orientation.Structural);
            var unpublished = await app.Host.CreateInterventionAsync(a, "Opublicerat arbete", $"Arbete som inte visas. {tag}", ["FK", "0662"], "0662", ["0662"]);
            await app.Host.AdvanceAsync(a, unpublished, InterventionState.Active);
            var draft = await app.Host.CreateInterventionAsync(b, "Utkast om arbete", $"Ett utkast om arbete. {tag}", ["FK", "0680"], "0680", ["0680"]);
            return _arranged = new Arranged(tag, work, health, young, structural, unpublished, draft);
        }
        finally
        {
            Once.Release();
        }
    }

    private async Task<Guid[]> SearchAsync(string query)
    {
        using var client = app.Host.NewClient();
        var response = await client.GetAsync($"/api/v1/catalogue/interventions?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.BodyAsync());
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return page.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).Order().ToArray();
    }

    private async Task AssertFindsAsync(string query, params Guid[] expected) =>
        Assert.Equal(expected.Order().ToArray(), await SearchAsync(query));

    [Fact]
    public async Task Inflected_forms_find_each_other_in_any_case()
    {
        var x = await ArrangeAsync();
        foreach (var word in new[] { "arbete", "arbetet", "ARBETEN", "Arbetet" })
        {
            await AssertFindsAsync($"q={Uri.EscapeDataString($"{word} {x.Tag}")}", x.Work, x.Structural);
        }

        await AssertFindsAsync($"q={Uri.EscapeDataString($"unga {x.Tag}")}", x.Young);
        await AssertFindsAsync($"q={Uri.EscapeDataString($"ung {x.Tag}")}", x.Young);
    }

    [Fact]
    public async Task Å_ä_and_ö_are_letters_of_their_own()
    {
        var x = await ArrangeAsync();
        await AssertFindsAsync($"q={Uri.EscapeDataString($"hälsa {x.Tag}")}", x.Health, x.Structural);
        await AssertFindsAsync($"q={Uri.EscapeDataString($"halsa {x.Tag}")}");
        await AssertFindsAsync($"q={Uri.EscapeDataString($"får {x.Tag}")}", x.Health);
        await AssertFindsAsync($"q={Uri.EscapeDataString($"far {x.Tag}")}");
    }

    [Fact]
    public async Task Municipality_target_group_and_orientation_narrow_the_search()
    {
        var x = await ArrangeAsync();
        var tag = Uri.EscapeDataString(x.Tag);
        await AssertFindsAsync($"q={tag}", x.Work, x.Health, x.Young, x.Structural);
        await AssertFindsAsync($"q={tag}&municipality=0680", x.Young, x.Structural);
        await AssertFindsAsync($"q={tag}&municipality=0643", x.Young);
        await AssertFindsAsync($"q={tag}&targetGroup=sjukskrivna", x.Health);
        await AssertFindsAsync($"q={tag}&orientation=Structural", x.Structural);
        await AssertFindsAsync($"q={Uri.EscapeDataString($"arbete {x.Tag}")}&municipality=0662", x.Work);
    }

    [Fact]
    public async Task Unpublished_entries_and_drafts_never_appear_and_the_public_page_lists_the_same()
    {
        var x = await ArrangeAsync();
        var found = await SearchAsync($"q={Uri.EscapeDataString($"arbete {x.Tag}")}");
        Assert.DoesNotContain(x.Unpublished, found);
        Assert.DoesNotContain(x.Draft, found);

        using var client = app.Host.NewClient();
        var html = await client.GetStringAsync($"/insatser?q={Uri.EscapeDataString($"Arbetet {x.Tag}")}");
        Assert.Contains("2 insatser matchar sökningen", html, StringComparison.Ordinal);
        Assert.Contains($"/insatser/{x.Work}", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/insatser/{x.Unpublished}", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/insatser/{x.Draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/insatser/{x.Young}")).StatusCode);

        var open = JsonDocument.Parse(await client.GetStringAsync("/api/v1/open-data/interventions?format=json")).RootElement;
        var ids = open.EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToHashSet();
        Assert.Contains(x.Work, ids);
        Assert.DoesNotContain(x.Unpublished, ids);
        var grants = await client.GetStringAsync("/api/v1/open-data/grants?format=csv");
        Assert.StartsWith("Identifier;Title;Description;Currency;Amount Awarded;Award Date", grants, StringComparison.Ordinal);
        Assert.Contains("Vägen till arbetet", grants, StringComparison.Ordinal);
        Assert.Contains(";500000.00;2024-11-20;", grants, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_of_25_count_every_match_and_a_page_past_the_end_shows_the_last()
    {
        var tag = "sid" + Guid.NewGuid().ToString("N")[..8];
        var association = await app.Host.CreateAssociationAsync(municipalities: ["0662"]);
        var made = new List<Guid>();
        for (var n = 0; n < SearchCatalogueHandler.PageSize + 1; n++)
        {
            var id = await app.Host.CreateInterventionAsync(association, $"Sida {n:00}", $"Insats {tag}.", ["FK", "0662"], "0662", ["0662"]);
            await app.Host.AdvanceAsync(association, id, InterventionState.Active);
            await app.Host.PublishAsync(association, id);
            made.Add(id);
        }

        using var client = app.Host.NewClient();
        async Task<(int Total, int Page, Guid[] Ids)> PageAsync(int page)
        {
            var root = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/catalogue/interventions?q={tag}&page={page}")).RootElement;
            return (root.GetProperty("total").GetInt32(), root.GetProperty("page").GetInt32(),
                root.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToArray());
        }

        var first = await PageAsync(1);
        Assert.Equal((26, 1), (first.Total, first.Page));
        Assert.Equal(made.Take(25), first.Ids); // in name order: "Sida 00" … "Sida 24"
        var second = await PageAsync(2);
        Assert.Equal((26, 2), (second.Total, second.Page));
        Assert.Equal([made[25]], second.Ids);
        var beyond = await PageAsync(7);
        Assert.Equal((26, 2), (beyond.Total, beyond.Page));
        Assert.Equal([made[25]], beyond.Ids);
    }

    [Fact]
    public async Task A_bad_query_is_answered_in_Swedish_naming_the_field()
    {
        using var client = app.Host.NewClient();
        var response = await client.GetAsync("/api/v1/catalogue/interventions?municipality=abc");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("kommunkod", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var tooLong = await client.GetAsync($"/api/v1/catalogue/interventions?q={new string('a', 201)}");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }
}
