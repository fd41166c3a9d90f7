using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Administration;

/// <summary>
/// The system administrator's user administration over HTTP: invitation with a one-time link (the administrator never
/// knows the password), roles added and removed, deactivation, reactivation and unlocking, and nobody changing their
/// own account.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class UserAdministrationTests(AppFixture app)
{
    private const string NewPassword = "Sju gröna äpplen på en gren";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [GeneratedRegex(@"https?://\S+/konto/valkommen\?\S+")]
    private static partial Regex InvitationLink();

    private async Task<(Guid Id, string Email)> InviteAsync(HttpClient admin, Guid associationId)
    {
        var email = $"inbjuden-{Guid.NewGuid():N}@test.samordna.se"[..44];
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new { email, displayName = "Ida Inbjuden", role = "BoardMember", associationId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.BodyAsync());
        return ((await JsonAsync(response)).GetProperty("id").GetGuid(), email);
    }

    private Task<string> InvitationPathAsync(string email) =>
        app.Host.WithDbAsync(async db =>
        {
            var message = await db.EmailOutbox.Where(m => m.Recipient == email).OrderByDescending(m => m.CreatedAt).FirstAsync();
            var link = InvitationLink().Match(message.Body).Value;
            Assert.False(string.IsNullOrEmpty(link), message.Body);
            return new Uri(link).PathAndQuery;
        });

    [Fact]
    public async Task An_invited_user_sets_their_own_password_once_through_the_link_and_signs_in()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.SystemAdministrator);
        using var api = await app.Host.ApiClientAsync(admin);
        var (id, email) = await InviteAsync(api, association.Id);

        var details = await JsonAsync(await api.GetAsync($"/api/v1/admin/users/{id}"));
        Assert.Equal("Invited", details.GetProperty("status").GetString());
        Assert.Equal($"Styrelseledamot, {association.Name}", details.GetProperty("roles")[0].GetProperty("description").GetString());
        // Nobody can sign in to an invited account before its owner has chosen a password.
        using (var anonymous = app.Host.NewClient())
        {
            var refused = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password = NewPassword });
            Assert.False(refused.IsSuccessStatusCode);
        }

        // A role given before the user has chosen a password ends the first link (the role change renews the user's
        // stamp), so a new invitation goes out with the change.
        var second = await api.PostAsJsonAsync($"/api/v1/admin/users/{id}/roles", new { role = "Auditor", associationId = association.Id });
        Assert.True(second.IsSuccessStatusCode, await second.BodyAsync());
        Assert.Equal(2, await app.Host.WithDbAsync(db => db.EmailOutbox.CountAsync(m => m.Recipient == email)));

        var path = await InvitationPathAsync(email);
        using var browser = app.Host.NewClient();
        // The page names the account only for a valid link: a user id alone reveals nothing.
        var forged = await browser.GetStringAsync($"/konto/valkommen?anvandare={id}&kod=gissat");
        Assert.DoesNotContain(email, forged, StringComparison.Ordinal);
        Assert.Contains("Länken är ogiltig", forged, StringComparison.Ordinal);
        Assert.Contains(email, await browser.GetStringAsync(path), StringComparison.Ordinal);
        var mismatch = await browser.PostFormAsync(path, new Dictionary<string, string> { ["Input.Password"] = NewPassword, ["Input.Repeat"] = "något annat" });
        Assert.Contains("Lösenorden är inte lika", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var weak = await browser.PostFormAsync(path, new Dictionary<string, string> { ["Input.Password"] = "kort", ["Input.Repeat"] = "kort" });
        Assert.DoesNotContain("Passwords must", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("12 tecken", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var set = await browser.PostFormAsync(path, new Dictionary<string, string> { ["Input.Password"] = NewPassword, ["Input.Repeat"] = NewPassword });
        Assert.True(set.StatusCode == HttpStatusCode.Redirect, await set.BodyAsync());
        Assert.Equal("/logga-in", set.Headers.Location!.OriginalString);
        using (var signedIn = await app.Host.SignedInPageClientAsync(email, NewPassword))
        {
            Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync($"/forbund/{association.Id}")).StatusCode);
        }

        // The link works once.
        using var again = app.Host.NewClient();
        var reused = await again.PostFormAsync(path, new Dictionary<string, string> { ["Input.Password"] = NewPassword + "!", ["Input.Repeat"] = NewPassword + "!" });
        Assert.Contains("Länken är ogiltig", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Active", (await JsonAsync(await api.GetAsync($"/api/v1/admin/users/{id}"))).GetProperty("status").GetString());

        // A second invitation to the same address is a conflict, and a bad one is refused naming each field in Swedish.
        var twice = await api.PostAsJsonAsync("/api/v1/admin/users", new { email, displayName = "Ida", role = "BoardMember", associationId = association.Id });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var bad = await JsonAsync(await api.PostAsJsonAsync("/api/v1/admin/users", new { email = "inte-en-adress", displayName = "", role = (string?)null }));
        var errors = bad.GetProperty("errors");
        Assert.Contains("E-postadressen", errors.GetProperty("email")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Namn", errors.GetProperty("displayName")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Roll", errors.GetProperty("role")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_are_added_and_removed_deactivation_ends_every_session_at_once_and_reactivation_restores_it()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.SystemAdministrator);
        var user = await app.Host.CreateUserAsync(Role.BoardMember, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        using var theirs = await app.Host.ApiClientAsync(user);
        var budgets = $"/api/v1/associations/{association.Id}/follow-up?year=2025";
        Assert.Equal(HttpStatusCode.OK, (await theirs.GetAsync(budgets)).StatusCode);

        var added = await api.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/roles", new { role = "Auditor", associationId = association.Id });
        Assert.True(added.StatusCode == HttpStatusCode.OK, await added.BodyAsync());
        var roles = (await JsonAsync(added)).GetProperty("roles").EnumerateArray().ToList();
        Assert.Equal(2, roles.Count);
        // A role change ends the sessions issued under the old roles.
        Assert.Equal(HttpStatusCode.Unauthorized, (await theirs.GetAsync(budgets)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/roles", new { role = "Auditor", associationId = association.Id })).StatusCode);

        var auditor = roles.Single(r => r.GetProperty("role").GetString() == "Auditor").GetProperty("assignmentId").GetGuid();
        var removed = await api.DeleteAsync($"/api/v1/admin/users/{user.Id}/roles/{auditor}");
        Assert.True(removed.StatusCode == HttpStatusCode.OK, await removed.BodyAsync());
        Assert.Single((await JsonAsync(removed)).GetProperty("roles").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/api/v1/admin/users/{user.Id}/roles/{auditor}")).StatusCode);

        using var fresh = await app.Host.ApiClientAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/admin/users/{user.Id}/deactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fresh.GetAsync(budgets)).StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.Host.GetTokenAsync(user.Email, user.Password));
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/v1/admin/users/{user.Id}/deactivate", null)).StatusCode);
        Assert.Equal("Deactivated", (await JsonAsync(await api.GetAsync($"/api/v1/admin/users/{user.Id}"))).GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/admin/users/{user.Id}/reactivate", null)).StatusCode);
        using var back = await app.Host.ApiClientAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await back.GetAsync(budgets)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/admin/users/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_lockout_after_failed_sign_ins_is_lifted_by_an_administrator()
    {
        var admin = await app.Host.CreateUserAsync(Role.SystemAdministrator);
        var user = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        // Five failed sign-ins from this address block it for the account (PasswordSignIn), even with the right password.
        using (var anonymous = app.Host.NewClient())
        {
            for (var i = 0; i < 5; i++)
            {
                Assert.False((await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = user.Email, password = "fel lösenord igen" })).IsSuccessStatusCode);
            }
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.Host.GetTokenAsync(user.Email, user.Password));
        using var api = await app.Host.ApiClientAsync(admin);
        Assert.Equal("LockedOut", (await JsonAsync(await api.GetAsync($"/api/v1/admin/users/{user.Id}"))).GetProperty("status").GetString());
        var unlocked = await api.PostAsync($"/api/v1/admin/users/{user.Id}/unlock", null);
        Assert.True(unlocked.StatusCode == HttpStatusCode.OK, await unlocked.BodyAsync());
        Assert.NotEmpty(await app.Host.GetTokenAsync(user.Email, user.Password));
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/v1/admin/users/{user.Id}/unlock", null)).StatusCode);
    }

    /// <summary>
    /// The users list showed "Aktiv" for an account blocked after failed sign-ins (only the user's own page counted the
    /// block): the list now shows what the user's page shows, a lockout with when it ends, and a deactivated account as
    /// deactivated, in the page and in the API's list.
    /// </summary>
    [Fact]
    public async Task The_users_list_shows_a_blocked_or_deactivated_account_as_such_not_as_active()
    {
        var admin = await app.Host.CreateUserAsync(Role.SystemAdministrator);
        var active = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        var blocked = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        var deactivated = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        using (var anonymous = app.Host.NewClient())
        {
            for (var i = 0; i < 5; i++)
            {
                Assert.False((await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = blocked.Email, password = "fel lösenord igen" })).IsSuccessStatusCode);
            }
        }

        using var api = await app.Host.ApiClientAsync(admin);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/admin/users/{deactivated.Id}/deactivate", null)).StatusCode);

        var list = (await JsonAsync(await api.GetAsync("/api/v1/admin/users"))).EnumerateArray().ToDictionary(u => u.GetProperty("id").GetGuid());
        Assert.Equal("Active", list[active.Id].GetProperty("status").GetString());
        Assert.Equal("LockedOut", list[blocked.Id].GetProperty("status").GetString());
        Assert.Equal("Deactivated", list[deactivated.Id].GetProperty("status").GetString());

        using var page = await app.Host.SignedInPageClientAsync(admin);
        var html = System.Net.WebUtility.HtmlDecode(await (await page.GetAsync("/admin/anvandare")).Content.ReadAsStringAsync());
        string Row(string email) => html.Split("<tr>").Single(r => r.Contains(email, StringComparison.Ordinal));
        Assert.Contains("<td>Aktiv</td>", Row(active.Email), StringComparison.Ordinal);
        Assert.Matches(@"<td>Tillfälligt spärrad till [^<]*\d\d:\d\d</td>", Row(blocked.Email));
        Assert.Contains("<td>Avstängd</td>", Row(deactivated.Email), StringComparison.Ordinal);
        var details = System.Net.WebUtility.HtmlDecode(await (await page.GetAsync($"/admin/anvandare/{blocked.Id}")).Content.ReadAsStringAsync());
        Assert.Contains(list[blocked.Id].GetProperty("statusText").GetString()!, details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_changes_their_own_account_and_only_a_system_administrator_manages_users()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.SystemAdministrator);
        using var api = await app.Host.ApiClientAsync(admin);
        var own = await api.PostAsJsonAsync($"/api/v1/admin/users/{admin.Id}/roles", new { role = "NationalAdministrator" });
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Contains("egna roller", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync($"/api/v1/admin/users/{admin.Id}/deactivate", null)).StatusCode);

        // The page refuses the same, and does not offer it.
        using var pages = await app.Host.SignedInPageClientAsync(admin);
        var page = await pages.GetStringAsync($"/admin/anvandare/{admin.Id}");
        Assert.Contains("ditt eget konto", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Stäng av kontot", page, StringComparison.Ordinal);

        foreach (var role in new[] { Role.NationalAdministrator, Role.AssociationAdministrator })
        {
            var other = await app.Host.CreateUserAsync(role, role.IsNational() ? null : association.Id);
            using var theirs = await app.Host.ApiClientAsync(other);
            Assert.Equal(HttpStatusCode.Forbidden, (await theirs.PostAsJsonAsync($"/api/v1/admin/users/{other.Id}/roles", new { role = "SystemAdministrator" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await theirs.GetAsync("/api/v1/admin/users")).StatusCode);
        }
    }
}
