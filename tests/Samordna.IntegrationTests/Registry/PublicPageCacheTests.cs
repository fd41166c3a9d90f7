using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Registry;

/// <summary>
/// Public pages and their API answer anonymous visitors from a cache keyed by the public data version, and a change
/// saved through any instance reaches every instance at its next request.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PublicPageCacheTests(AppFixture app)
{
    [Theory]
    [InlineData("/nationellt")]
    [InlineData("/api/v1/registry/overview")]
    public async Task A_change_on_another_instance_reaches_the_cache_once_the_version_freshness_has_passed(string url)
    {
        // The second instance keeps its own clock, so the freshness window (Caching:VersionFreshness, one second by
        // default) is passed by moving that clock rather than by waiting.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var second = new SamordnaTestHost(app.Database, services: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var visitorOnSecond = second.NewClient();
        var first = await visitorOnSecond.GetAsync(url);
        Assert.True(first.StatusCode == HttpStatusCode.OK, await first.BodyAsync());
        var again = await visitorOnSecond.GetAsync(url);
        Assert.True(again.Headers.Age is not null, "The second anonymous request should be answered from the cache (Age header).");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());

        // A change saved through the first instance.
        var created = await app.Host.CreateAssociationAsync(name: "Cacheförbundet " + Guid.NewGuid().ToString("N")[..8]);

        // Within the window the second instance still answers from what it had (the documented bound, ADR 0011) ...
        var within = await visitorOnSecond.GetAsync(url);
        Assert.NotNull(within.Headers.Age);
        Assert.DoesNotContain(created.Name, await within.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // ... and once it has passed, the next request reads the version again and shows the change.
        clock.Advance(TimeSpan.FromSeconds(1));
        var after = await visitorOnSecond.GetAsync(url);
        var body = await after.Content.ReadAsStringAsync();
        Assert.True(after.StatusCode == HttpStatusCode.OK, body);
        Assert.Null(after.Headers.Age);
        Assert.Contains(created.Name, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_version_is_read_again_in_the_background_before_it_goes_stale()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var second = new SamordnaTestHost(app.Database, services: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var visitorOnSecond = second.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await visitorOnSecond.GetAsync("/nationellt")).StatusCode);
        var created = await app.Host.CreateAssociationAsync(name: "Bakgrundsförbundet " + Guid.NewGuid().ToString("N")[..8]);

        // Four fifths of the freshness window: the copy a request would use is still fresh, so only the background
        // reader (its timer on the same clock) can have brought the change. It runs on its own, so the page is asked
        // for a bounded number of times while it finishes.
        clock.Advance(TimeSpan.FromMilliseconds(800));
        var seen = false;
        for (var attempt = 0; attempt < 50 && !seen; attempt++)
        {
            seen = (await visitorOnSecond.GetStringAsync("/nationellt")).Contains(created.Name, StringComparison.Ordinal);
            if (!seen)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(seen, "The background reader should have read the new version before the freshness window passed.");
    }

    [Fact]
    public async Task An_association_s_public_page_shows_a_new_name_at_once()
    {
        var association = await app.Host.CreateAssociationAsync();
        using var visitor = app.Host.NewClient();
        var url = $"/forbund/{association.Id}/om";
        Assert.Contains(association.Name, await visitor.GetStringAsync(url), StringComparison.Ordinal);
        Assert.NotNull((await visitor.GetAsync(url)).Headers.Age);

        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var pages = await app.Host.SignedInPageClientAsync(admin);
        var newName = "Omdöpta förbundet " + Guid.NewGuid().ToString("N")[..8];
        var saved = await pages.PostFormAsync($"/forbund/{association.Id}/redigera", new Dictionary<string, string>
        {
            ["Input.Name"] = newName, ["Input.Code"] = association.Code, ["Input.OrganisationNumber"] = await OrganisationNumberAsync(pages, association.Id),
            ["Input.SeatMunicipalityCode"] = "0662", ["Input.FormedOn"] = "2015-01-01", ["Input.Version"] = "0",
        });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.BodyAsync());

        var page = await visitor.GetStringAsync(url);
        Assert.Contains(newName, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_users_are_never_answered_from_the_public_cache()
    {
        var national = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        using var pages = await app.Host.SignedInPageClientAsync(national);
        await pages.GetAsync("/nationellt");
        var second = await pages.GetAsync("/nationellt");
        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task The_start_page_is_cached_for_visitors_and_shows_a_signed_in_user_their_own_associations()
    {
        using var visitor = app.Host.NewClient();
        var anonymous = await visitor.GetStringAsync("/");
        Assert.NotNull((await visitor.GetAsync("/")).Headers.Age);

        // Asked for after a visitor's answer is in the cache, a member of an association still gets their own page.
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var pages = await app.Host.SignedInPageClientAsync(office);
        var own = await pages.GetAsync("/");
        var body = await own.Content.ReadAsStringAsync();
        Assert.Null(own.Headers.Age);
        Assert.Contains(association.Name, body, StringComparison.Ordinal);
        Assert.DoesNotContain(association.Name, anonymous, StringComparison.Ordinal);
    }

    private static async Task<string> OrganisationNumberAsync(HttpClient pages, Guid associationId)
    {
        var html = await pages.GetStringAsync($"/forbund/{associationId}/redigera");
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"Input.OrganisationNumber\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"Input.OrganisationNumber\"");
        Assert.True(match.Success, html);
        return match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
    }
}
