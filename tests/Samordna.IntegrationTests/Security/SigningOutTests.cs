using System.Net;
using System.Text.RegularExpressions;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Security;

/// <summary>Signing out from the page header, and what signing out ends on the server (ADR 0009).</summary>
[Collection(AppCollection.Name)]
public sealed partial class SigningOutTests(AppFixture app)
{
    [Fact]
    public async Task The_headers_log_out_button_signs_out_with_the_token_the_page_renders()
    {
        var user = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        using var client = await app.Host.SignedInPageClientAsync(user);
        var start = await (await client.GetAsync("/")).Content.ReadAsStringAsync();

        var form = HeaderLogoutForm().Match(start);
        Assert.True(form.Success, "No log-out form in the header:\n" + start);
        var action = WebUtility.HtmlDecode(form.Groups["action"].Value);
        var fields = new Dictionary<string, string>();
        var token = Clients.AntiforgeryToken(form.Value);
        if (token is not null)
        {
            fields["__af"] = token;
        }

        var response = await client.PostAsync(action, new FormUrlEncodedContent(fields));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.BodyAsync());
        var account = await client.GetAsync("/konto");
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.StartsWith("/logga-in", account.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_cookie_copied_before_signing_out_no_longer_works()
    {
        var user = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        using var client = await app.Host.SignedInPageClientAsync(user);
        var copied = string.Join("; ", app.Host.CookiesOf(client).Where(c => c.Name == "samordna.auth").Select(c => $"{c.Name}={c.Value}"));
        Assert.False(string.IsNullOrEmpty(copied));

        var signedOut = await client.PostFormAsync("/logga-ut", new Dictionary<string, string>());
        Assert.True(signedOut.StatusCode == HttpStatusCode.Redirect, await signedOut.BodyAsync());

        using var thief = app.Host.NewClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/konto");
        request.Headers.Add("Cookie", copied);
        var replay = await thief.SendAsync(request);
        Assert.True(replay.StatusCode == HttpStatusCode.Redirect, await replay.BodyAsync());
        Assert.StartsWith("/logga-in", replay.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [GeneratedRegex("<form[^>]*action=\"(?<action>[^\"]*logga-ut[^\"]*)\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex HeaderLogoutForm();
}
