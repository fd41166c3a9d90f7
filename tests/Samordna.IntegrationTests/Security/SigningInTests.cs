using System.Net;
using System.Net.Http.Json;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Security;

[Collection(AppCollection.Name)]
public sealed class SigningInTests(AppFixture app)
{
    [Fact]
    public async Task Login_form_signs_in_and_the_start_page_greets_the_user()
    {
        var association = await app.Host.CreateAssociationAsync();
        var user = await app.Host.CreateUserAsync(Role.BoardMember, association.Id);
        using var client = await app.Host.SignedInPageClientAsync(user);
        var html = await (await client.GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Contains("Test Styrelseledamot", html, StringComparison.Ordinal);
        Assert.Contains(association.Name, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_gets_a_Swedish_message_and_no_cookie()
    {
        var user = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        using var client = app.Host.NewClient();
        var response = await client.PostFormAsync("/logga-in", new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = "fel-lösenord-123" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Fel e-postadress eller lösenord.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/konto")).StatusCode);
    }

    [Fact]
    public async Task Empty_login_form_names_both_fields()
    {
        using var client = app.Host.NewClient();
        var response = await client.PostFormAsync("/logga-in", new Dictionary<string, string> { ["Input.Email"] = "", ["Input.Password"] = "" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("E-postadress måste anges.", html, StringComparison.Ordinal);
        Assert.Contains("Lösenord måste anges.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Email\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_block_this_address_with_the_words_of_a_wrong_password()
    {
        var user = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        using var client = app.Host.NewClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/token", new { email = user.Email, password = "fel-lösenord-" + i });
        }

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = user.Email, password = user.Password });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("ACCOUNT_INVALID_CREDENTIALS", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_post_without_antiforgery_token_is_rejected()
    {
        using var client = app.Host.NewClient();
        var response = await client.PostAsync("/logga-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "x@y.se", ["Input.Password"] = "z" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Api_rejects_cookies_and_requires_a_bearer_token()
    {
        var association = await app.Host.CreateAssociationAsync();
        var user = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var cookieClient = await app.Host.SignedInPageClientAsync(user);
        var withCookie = await cookieClient.GetAsync($"/api/v1/associations/{association.Id}");
        Assert.Equal(HttpStatusCode.Unauthorized, withCookie.StatusCode);
        Assert.Contains("UNAUTHENTICATED", await withCookie.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var api = await app.Host.ApiClientAsync(user);
        var withToken = await api.GetAsync($"/api/v1/associations/{association.Id}");
        Assert.True(withToken.StatusCode == HttpStatusCode.OK, await withToken.BodyAsync());
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_login_from_a_protected_page()
    {
        var association = await app.Host.CreateAssociationAsync();
        using var client = app.Host.NewClient();
        var response = await client.GetAsync($"/forbund/{association.Id}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/logga-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Return_url_to_another_site_is_ignored()
    {
        var user = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        using var client = app.Host.NewClient();
        var response = await client.PostFormAsync("/logga-in?ReturnUrl=https%3A%2F%2Fevil.example", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email, ["Input.Password"] = user.Password, ["ReturnUrl"] = "https://evil.example",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
