using System.Net;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Platform;

/// <summary>The web tier keeps no state of its own: a second instance on the same database accepts the first one's login.</summary>
[Collection(AppCollection.Name)]
public sealed class TwoInstancesTests(AppFixture app)
{
    [Fact]
    public async Task A_login_made_on_one_instance_is_accepted_by_another()
    {
        var association = await app.Host.CreateAssociationAsync();
        var user = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var first = await app.Host.SignedInPageClientAsync(user);
        var token = await app.Host.GetTokenAsync(user.Email, user.Password);

        await using var second = new SamordnaTestHost(app.Database);
        Assert.NotEqual(app.Host.BaseAddress, second.BaseAddress);

        // Replay the first instance's cookies against the second instance.
        var cookies = app.Host.CookiesOf(first);
        Assert.Contains(cookies, c => c.Name == "samordna.auth");
        using var onSecond = second.NewClient();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/forbund/{association.Id}");
        request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));
        var page = await onSecond.SendAsync(request);
        Assert.True(page.StatusCode == HttpStatusCode.OK, await page.BodyAsync());
        Assert.Contains(association.Name, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var apiOnSecond = second.NewClient();
        apiOnSecond.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var api = await apiOnSecond.GetAsync($"/api/v1/associations/{association.Id}");
        Assert.True(api.StatusCode == HttpStatusCode.OK, await api.BodyAsync());
    }
}
