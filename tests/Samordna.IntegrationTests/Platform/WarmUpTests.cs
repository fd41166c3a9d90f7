using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Health;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Platform;

/// <summary>
/// The warm-up: an instance asks itself for its public pages once it listens, and only then reports ready, so a load
/// balancer sends the first visitor to a warm instance (the time it saves is measured in bench/warm-start.sh).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class WarmUpTests(AppFixture app)
{
    [Fact]
    public async Task An_instance_with_the_warm_up_reports_ready_once_it_has_asked_for_its_pages()
    {
        using var instance = app.StartAnotherInstance(new Dictionary<string, string?>
        {
            ["WarmUp:Enabled"] = "true",
            ["WarmUp:Paths:0"] = "/health/live",
            ["WarmUp:Paths:1"] = "/nationellt",
            ["WarmUp:Paths:2"] = "/finns-inte",
        });
        using var client = instance.NewClient();
        var state = (WarmUpState)instance.Services.GetService(typeof(WarmUpState))!;
        // Polls readiness (bounded, not timed): whenever it says ready, the warm-up has finished.
        var ready = false;
        for (var i = 0; i < 600 && !ready; i++)
        {
            ready = (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK;
            Assert.True(!ready || state.IsDone, "ready before the warm-up finished");
            if (!ready)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(ready, "the instance did not become ready within a minute");
    }

    [Fact]
    public async Task The_readiness_check_says_warming_until_the_warm_up_is_done()
    {
        var state = new WarmUpState();
        var check = new WarmUpHealthCheck(state);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, (await check.CheckHealthAsync(new())).Status);
        state.Finish();
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, (await check.CheckHealthAsync(new())).Status);
    }

    [Fact]
    public async Task The_warm_up_s_cookie_signs_in_as_its_user_through_the_ordinary_checks_for_its_lifetime_only()
    {
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        var cookie = await WarmUpCookieAsync(office.Id, TimeSpan.FromMinutes(1));
        Assert.NotNull(cookie);

        var page = await GetAsync($"/forbund/{association.Id}/att-gora", cookie);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{page.StatusCode} {page.Headers.Location}");

        // It lasts the minute asked for and no longer: a request past half its life is not answered with a renewed one.
        await using (var scope = app.Host.CreateScope())
        {
            var format = scope.ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).TicketDataFormat;
            var ticket = format.Unprotect(cookie![(cookie.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            Assert.NotNull(ticket);
            Assert.False(ticket.Properties.AllowRefresh);
            Assert.Equal(TimeSpan.FromMinutes(1), ticket.Properties.ExpiresUtc - ticket.Properties.IssuedUtc);
            Assert.Equal(office.Id.ToString(), ticket.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value);
        }

        // Only that user's rights: another association's page is refused.
        var other = await app.Host.CreateAssociationAsync();
        Assert.NotEqual(HttpStatusCode.OK, (await GetAsync($"/forbund/{other.Id}/att-gora", cookie)).StatusCode);
    }

    [Fact]
    public async Task The_warm_up_s_cookie_stops_working_when_it_expires_or_the_user_s_sessions_end()
    {
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        var url = $"/forbund/{association.Id}/att-gora";

        var expired = await WarmUpCookieAsync(office.Id, TimeSpan.FromSeconds(-1));
        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(url, expired)).StatusCode);

        // A new security stamp (sign-out everywhere, a role change, a lockout) ends it as it ends every session (ADR 0009).
        var cookie = await WarmUpCookieAsync(office.Id, TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(url, cookie)).StatusCode);
        await app.Host.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == office.Id);
            user.SecurityStamp = Guid.NewGuid().ToString("N");
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(url, cookie)).StatusCode);

        Assert.Null(await WarmUpCookieAsync(Guid.NewGuid(), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task The_warm_up_s_cookie_is_taken_only_for_a_page_read_straight_from_loopback()
    {
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        var cookie = await WarmUpCookieAsync(office.Id, TimeSpan.FromMinutes(1));
        var url = $"/forbund/{association.Id}/att-gora";
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(url, cookie)).StatusCode);

        // Through a proxy (forwarded headers), the request is anonymous: sent to the sign-in page.
        var proxied = await GetAsync(url, cookie, r => r.Headers.Add("X-Forwarded-For", "203.0.113.9"));
        Assert.Equal(HttpStatusCode.Redirect, proxied.StatusCode);
        Assert.Contains("/logga-in", proxied.Headers.Location?.ToString(), StringComparison.Ordinal);

        // The API, and any change, never.
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync($"/api/v1/associations/{association.Id}/todo", cookie)).StatusCode);
        using var client = app.Host.NewClient();
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/logga-ut") { Content = new FormUrlEncodedContent([]) };
        post.Headers.Add("Cookie", cookie);
        var posted = await client.SendAsync(post);
        Assert.NotEqual(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("samordna.auth=;", string.Join("\n", posted.Headers.TryGetValues("Set-Cookie", out var set) ? set : []), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_warm_up_s_cookie_is_not_renewed_past_half_its_life()
    {
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        // Made 40 s ago for a minute: past half its life, when the cookie handler renews an ordinary sign-in.
        var cookie = await WarmUpCookieAsync(office.Id, TimeSpan.FromMinutes(1), new FakeTimeProvider(DateTimeOffset.UtcNow.AddSeconds(-40)));
        var page = await GetAsync($"/forbund/{association.Id}/att-gora", cookie);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain(page.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("samordna.auth=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(50, true)]
    [InlineData(51, false)]
    public void The_number_of_rounds_is_checked_at_start(int rounds, bool valid)
    {
        var options = new WarmUpOptions { Rounds = rounds };
        options.ApplyDefaults();
        Assert.Equal(valid, WarmUpOptions.IsValid(options));
    }

    private async Task<string?> WarmUpCookieAsync(Guid userId, TimeSpan lifetime, TimeProvider? clock = null)
    {
        await using var scope = app.Host.CreateScope();
        return await WarmUpCookie.CreateAsync(scope.ServiceProvider, userId, lifetime, clock ?? scope.ServiceProvider.GetRequiredService<TimeProvider>());
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string? cookie, Action<HttpRequestMessage>? arrange = null)
    {
        using var client = app.Host.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        arrange?.Invoke(request);
        return await client.SendAsync(request);
    }
}
