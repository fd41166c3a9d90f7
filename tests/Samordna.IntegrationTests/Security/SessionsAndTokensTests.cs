using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Security;

/// <summary>Bearer tokens and refresh tokens end with the session: sign-out, lockout, deactivation, role change (ADR 0009).</summary>
[Collection(AppCollection.Name)]
public sealed class SessionsAndTokensTests(AppFixture app)
{
    [Fact]
    public async Task A_bearer_token_is_refused_after_the_user_signs_out_on_the_page()
    {
        var user = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        using var api = await app.Host.ApiClientAsync(user);
        await AssertAcceptedAsync(api);

        using var browser = await app.Host.SignedInPageClientAsync(user);
        var signedOut = await browser.PostFormAsync("/logga-ut", new Dictionary<string, string>());
        Assert.True(signedOut.StatusCode == HttpStatusCode.Redirect, await signedOut.BodyAsync());

        await AssertRefusedAsync(api);
    }

    [Fact]
    public async Task Signing_out_through_the_api_ends_the_token_and_its_refresh_token()
    {
        var user = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        var (access, refresh) = await TokensAsync(user);
        using var api = Bearer(access);
        await AssertAcceptedAsync(api);

        var signOut = await api.PostAsync("/api/v1/auth/logout", null);
        Assert.True(signOut.StatusCode == HttpStatusCode.NoContent, await signOut.BodyAsync());

        await AssertRefusedAsync(api);
        using var anonymous = app.Host.NewClient();
        var refreshed = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh });
        Assert.True(refreshed.StatusCode == HttpStatusCode.Forbidden, await refreshed.BodyAsync());
        Assert.Contains("ACCOUNT_INVALID_REFRESH_TOKEN", await refreshed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refresh_token_buys_a_new_working_access_token()
    {
        var user = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        var (_, refresh) = await TokensAsync(user);
        using var anonymous = app.Host.NewClient();
        var refreshed = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh });
        var body = await refreshed.Content.ReadAsStringAsync();
        Assert.True(refreshed.StatusCode == HttpStatusCode.OK, await refreshed.BodyAsync());
        using var api = Bearer(JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!);
        await AssertAcceptedAsync(api);
    }

    [Fact]
    public async Task A_bearer_token_is_refused_after_a_role_change()
    {
        var association = await app.Host.CreateAssociationAsync();
        var user = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(user);
        await AssertAcceptedAsync(api);

        await app.Host.WithDbAsync(async db =>
        {
            var assignment = await db.RoleAssignments.SingleAsync(a => a.UserId == user.Id);
            db.RoleAssignments.Remove(assignment);
            db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = Role.Auditor, AssociationId = association.Id });
            return await db.SaveChangesAsync();
        });

        await AssertRefusedAsync(api);
    }

    [Fact]
    public async Task A_bearer_token_and_a_login_cookie_are_refused_after_the_account_is_locked()
    {
        var user = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        using var api = await app.Host.ApiClientAsync(user);
        using var browser = await app.Host.SignedInPageClientAsync(user);
        await AssertAcceptedAsync(api);

        await using (var scope = app.Host.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var entity = await users.FindByIdAsync(user.Id.ToString());
            var locked = await users.SetLockoutEndDateAsync(entity!, DateTimeOffset.UtcNow.AddMinutes(15));
            Assert.True(locked.Succeeded);
        }

        await AssertRefusedAsync(api);
        var page = await browser.GetAsync("/konto");
        Assert.True(page.StatusCode == HttpStatusCode.Redirect, await page.BodyAsync());
    }

    [Fact]
    public async Task A_bearer_token_is_refused_after_the_account_is_deactivated_and_no_new_one_is_issued()
    {
        var user = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        using var api = await app.Host.ApiClientAsync(user);
        await AssertAcceptedAsync(api);

        await app.Host.WithDbAsync(async db =>
        {
            var entity = await db.Users.SingleAsync(u => u.Id == user.Id);
            entity.LockoutEnabled = true;
            entity.LockoutEnd = DateTimeOffset.MaxValue;
            return await db.SaveChangesAsync();
        });

        await AssertRefusedAsync(api);
        using var anonymous = app.Host.NewClient();
        var again = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = user.Email, password = user.Password });
        Assert.True(again.StatusCode == HttpStatusCode.Forbidden, await again.BodyAsync());
    }

    private async Task<(string Access, string Refresh)> TokensAsync(TestUser user)
    {
        using var client = app.Host.NewClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = user.Email, password = user.Password });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, await response.BodyAsync());
        var root = JsonDocument.Parse(body).RootElement;
        return (root.GetProperty("accessToken").GetString()!, root.GetProperty("refreshToken").GetString()!);
    }

    private HttpClient Bearer(string token)
    {
        var client = app.Host.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task AssertAcceptedAsync(HttpClient api)
    {
        var me = await api.GetAsync("/api/v1/me");
        Assert.True(me.StatusCode == HttpStatusCode.OK, await me.BodyAsync());
    }

    private static async Task AssertRefusedAsync(HttpClient api)
    {
        var me = await api.GetAsync("/api/v1/me");
        Assert.True(me.StatusCode == HttpStatusCode.Unauthorized, await me.BodyAsync());
    }
}
