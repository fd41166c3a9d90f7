using System.Net;
using System.Net.Http.Json;
using Samordna.TestSupport;

namespace Samordna.IntegrationTests.Security;

[Collection(AppCollection.Name)]
public sealed class RateLimitingTests(AppFixture app)
{
    [Fact]
    public async Task Login_attempts_beyond_the_limit_get_429_in_Swedish()
    {
        await using var host = new SamordnaTestHost(app.Database, new Dictionary<string, string?> { ["RateLimiting:LoginPermitLimit"] = "3", ["RateLimiting:LoginWindowSeconds"] = "600" });
        using var client = host.NewClient();
        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "nobody@test.se", password = "whatever-" + i });
            Assert.Equal(HttpStatusCode.Forbidden, allowed.StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "nobody@test.se", password = "again" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("För många försök", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = await client.PostFormAsync("/logga-in", new Dictionary<string, string> { ["Input.Email"] = "nobody@test.se", ["Input.Password"] = "x" });
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("För många försök", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
