using Samordna.Web.Infrastructure.Health;

namespace Samordna.UnitTests.Platform;

/// <summary>
/// What keeps the warm-up's requests, and the sign-in cookie its signed-in ones carry, on this instance: the addresses it
/// is configured to ask for, and the listening address it asks them of.
/// </summary>
public sealed class WarmUpOptionsTests
{
    [Theory]
    [InlineData("/nationellt", true)]
    [InlineData("/forbund/{associationId}/ekonomi", true)]
    [InlineData("nationellt", false)]
    [InlineData("//evil.example/", false)]
    [InlineData("/\\evil.example/", false)]
    [InlineData("\\evil.example", false)]
    [InlineData("https://evil.example/", false)]
    public void Both_lists_of_paths_take_only_addresses_on_this_site(string path, bool valid)
    {
        Assert.Equal(valid, WarmUpOptions.IsValid(new WarmUpOptions { Paths = [path], SignedInPaths = ["/forbund"] }));
        Assert.Equal(valid, WarmUpOptions.IsValid(new WarmUpOptions { Paths = ["/"], SignedInPaths = [path] }));
    }

    [Theory]
    [InlineData("https://0.0.0.0:5001;http://0.0.0.0:5000", "http://127.0.0.1:5000/")]
    [InlineData("https://[::]:5001;http://+:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://localhost:5080", "http://localhost:5080/")]
    [InlineData("https://*:5001", "https://127.0.0.1:5001/")]
    [InlineData("http://10.1.2.3:5000", "http://10.1.2.3:5000/")]
    [InlineData("http://unix:/run/samordna.sock;https://0.0.0.0:5001", "https://127.0.0.1:5001/")]
    [InlineData("http://unix:/run/samordna.sock", null)]
    [InlineData("http://pipe:/samordna", null)]
    [InlineData("", null)]
    public void The_warm_up_asks_a_plain_http_address_with_an_ip_or_localhost_before_a_tls_one(string addresses, string? expected) =>
        Assert.Equal(expected, WarmUpService.LoopbackAddress(addresses.Split(';', StringSplitOptions.RemoveEmptyEntries))?.ToString());
}
