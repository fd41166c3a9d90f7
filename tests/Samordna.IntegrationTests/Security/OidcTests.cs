using System.Net;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Samordna.TestSupport;

namespace Samordna.IntegrationTests.Security;

/// <summary>
/// Signing in through a member organisation's identity provider: with OIDC turned on, the login page offers it and
/// the challenge sends the browser to the provider with the code flow and PKCE. (The provider's metadata is given
/// directly, since no identity provider runs here.)
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OidcTests(AppFixture app)
{
    [Fact]
    public async Task With_oidc_on_the_login_page_offers_it_and_the_challenge_goes_to_the_provider()
    {
        await using var host = new SamordnaTestHost(
            app.Database,
            new Dictionary<string, string?>
            {
                ["Authentication:Oidc:Enabled"] = "true",
                ["Authentication:Oidc:DisplayName"] = "Logga in med Region Testlän",
                ["Authentication:Oidc:Authority"] = "https://idp.example.se",
                ["Authentication:Oidc:ClientId"] = "samordna-test",
                ["Authentication:Oidc:ClientSecret"] = "not-a-real-secret",
            },
            services => services.Configure<OpenIdConnectOptions>("oidc", o => o.Configuration = new OpenIdConnectConfiguration
            {
                Issuer = "https://idp.example.se",
                AuthorizationEndpoint = "https://idp.example.se/authorize",
                TokenEndpoint = "https://idp.example.se/token",
            }));
        using var client = host.NewClient();
        var login = await client.GetStringAsync("/logga-in");
        Assert.Contains("Logga in med Region Testlän", login, StringComparison.Ordinal);

        var response = await client.PostFormAsync("/logga-in", new Dictionary<string, string>(), postUrl: "/logga-in?handler=External");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("https://idp.example.se/authorize?", location, StringComparison.Ordinal);
        Assert.Contains("client_id=samordna-test", location, StringComparison.Ordinal);
        Assert.Contains("response_type=code", location, StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_oidc_the_external_login_is_not_offered()
    {
        using var client = app.Host.NewClient();
        var login = await client.GetStringAsync("/logga-in");
        Assert.DoesNotContain("handler=External", login, StringComparison.Ordinal);
        var response = await client.PostFormAsync("/logga-in", new Dictionary<string, string>(), postUrl: "/logga-in?handler=External");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
