using System.Net;
using System.Text.Json;
using Samordna.TestSupport;

namespace Samordna.IntegrationTests.Platform;

[Collection(AppCollection.Name)]
public sealed class StartingTheAppTests(AppFixture app)
{
    [Fact]
    public async Task Start_page_is_in_Swedish_and_links_to_login()
    {
        using var client = app.Host.NewClient();
        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.BodyAsync());
        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("Välkommen till Samordna", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/logga-in\"", html, StringComparison.Ordinal);
        Assert.Contains("Hoppa till huvudinnehållet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_versioned_api()
    {
        using var client = app.Host.NewClient();
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.BodyAsync());
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Samordna API", doc.RootElement.GetProperty("info").GetProperty("title").GetString());
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/associations/{associationId}", paths);
        Assert.Contains("/api/v1/auth/token", paths);
    }

    [Fact]
    public async Task Api_reference_page_lists_the_endpoints_without_login()
    {
        using var client = app.Host.NewClient();
        var response = await client.GetAsync("/api-dokumentation");
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.BodyAsync());
        Assert.Contains("/api/v1/associations/{associationId}", html, StringComparison.Ordinal);
        Assert.Contains("Se förbundets uppgifter och medlemmar", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready_with_the_database()
    {
        using var client = app.Host.NewClient();
        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");
        Assert.True(live.StatusCode == HttpStatusCode.OK, await live.BodyAsync());
        Assert.True(ready.StatusCode == HttpStatusCode.OK, await ready.BodyAsync());
        Assert.Contains("database", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        using var client = app.Host.NewClient();
        var response = await client.GetAsync("/");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_page_gets_the_Swedish_404_page()
    {
        using var client = app.Host.NewClient();
        var response = await client.GetAsync("/finns-inte");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Sidan finns inte", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reference_data_holds_all_municipalities_counties_and_regions()
    {
        var (municipalities, counties, regions, gotland) = await app.Host.WithDbAsync(async db =>
        {
            var m = db.Set<Samordna.Web.Features.Registry.Data.Municipality>().Count();
            var c = db.Set<Samordna.Web.Features.Registry.Data.County>().Count();
            var r = db.Set<Samordna.Web.Features.Registry.Data.Organisation>().Count(o => o.Kind == Samordna.Web.Features.Registry.Data.OrganisationKind.Region);
            var g = db.Set<Samordna.Web.Features.Registry.Data.Organisation>().Single(o => o.Code == "0980");
            return await Task.FromResult((m, c, r, g));
        });
        Assert.Equal(290, municipalities);
        Assert.Equal(21, counties);
        Assert.Equal(20, regions);
        Assert.True(gotland.CarriesRegionalRole);
        Assert.Equal("Region Gotland", gotland.Name);
    }
}
