using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Samordna.Web.Infrastructure.Health;

namespace Samordna.UnitTests.Platform;

/// <summary>
/// The warm-up's signed-in requests: its identity is taken only from the loopback address, with the process's key,
/// while the warm-up runs; any other request keeps the identity it came with.
/// </summary>
public sealed class WarmUpIdentityTests
{
    private static readonly ClaimsPrincipal Office = new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString())], "WarmUp"));

    private static async Task<ClaimsPrincipal> UserAfterAsync(
        WarmUpState state, string? key, IPAddress remote, string method = "GET", string path = "/forbund", Action<HttpContext>? arrange = null)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = remote;
        context.Request.Method = method;
        context.Request.Path = path;
        arrange?.Invoke(context);
        if (key is not null)
        {
            context.Request.Headers[WarmUpState.Header] = key;
        }

        var before = context.User;
        ClaimsPrincipal? seen = null;
        await new WarmUpIdentityMiddleware(c => { seen = c.User; return Task.CompletedTask; }, state).InvokeAsync(context);
        Assert.NotNull(seen);
        return ReferenceEquals(seen, before) ? new ClaimsPrincipal() : seen!;
    }

    [Fact]
    public async Task The_warm_up_key_from_loopback_while_warming_signs_the_request_in()
    {
        var state = new WarmUpState();
        state.SignIn(Office);
        Assert.Same(Office, await UserAfterAsync(state, state.Key, IPAddress.Loopback));
        Assert.Same(Office, await UserAfterAsync(state, state.Key, IPAddress.IPv6Loopback));
    }

    [Fact]
    public async Task A_wrong_or_missing_key_another_address_or_a_finished_warm_up_leaves_the_request_anonymous()
    {
        var state = new WarmUpState();
        state.SignIn(Office);
        var other = new WarmUpState();
        Assert.NotSame(Office, await UserAfterAsync(state, other.Key, IPAddress.Loopback));
        Assert.NotSame(Office, await UserAfterAsync(state, null, IPAddress.Loopback));
        Assert.NotSame(Office, await UserAfterAsync(state, "inte en nyckel", IPAddress.Loopback));
        Assert.NotSame(Office, await UserAfterAsync(state, state.Key, IPAddress.Parse("10.0.0.7")));

        var key = state.Key;
        state.Finish();
        Assert.Null(state.Principal);
        Assert.False(state.IsKey(key));
        Assert.NotSame(Office, await UserAfterAsync(state, key, IPAddress.Loopback));
    }

    [Theory]
    [InlineData("POST", "/forbund")]
    [InlineData("PUT", "/forbund")]
    [InlineData("DELETE", "/forbund")]
    [InlineData("GET", "/api/v1/associations")]
    public async Task Only_a_read_of_a_page_is_warmed_never_a_change_or_the_api(string method, string path)
    {
        var state = new WarmUpState();
        state.SignIn(Office);
        Assert.NotSame(Office, await UserAfterAsync(state, state.Key, IPAddress.Loopback, method, path));
    }

    [Theory]
    [InlineData("X-Forwarded-For")]
    [InlineData("X-Original-For")]
    [InlineData("Forwarded")]
    public async Task A_request_through_a_proxy_is_never_the_warm_up(string header)
    {
        var state = new WarmUpState();
        state.SignIn(Office);
        Assert.NotSame(Office, await UserAfterAsync(state, state.Key, IPAddress.Loopback, arrange: c => c.Request.Headers[header] = "127.0.0.1"));
    }

    [Fact]
    public async Task A_signed_in_session_is_never_replaced()
    {
        var state = new WarmUpState();
        state.SignIn(Office);
        var someone = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString())], "Cookies"));
        var after = await UserAfterAsync(state, state.Key, IPAddress.Loopback, arrange: c => c.User = someone);
        Assert.NotSame(Office, after);
    }

    [Fact]
    public void Each_process_has_its_own_key()
    {
        Assert.NotEqual(new WarmUpState().Key, new WarmUpState().Key);
        Assert.True(new WarmUpState() is var s && s.IsKey(s.Key));
    }

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
    [InlineData("", null)]
    public void The_warm_up_asks_a_plain_http_loopback_address_before_a_tls_one(string addresses, string? expected) =>
        Assert.Equal(expected, WarmUpService.LoopbackAddress(addresses.Split(';', StringSplitOptions.RemoveEmptyEntries))?.ToString());
}
