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

    private static async Task<ClaimsPrincipal> UserAfterAsync(WarmUpState state, string? key, IPAddress remote)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = remote;
        if (key is not null)
        {
            context.Request.Headers[WarmUpState.Header] = key;
        }

        var anonymous = context.User;
        ClaimsPrincipal? seen = null;
        await new WarmUpIdentityMiddleware(c => { seen = c.User; return Task.CompletedTask; }, state).InvokeAsync(context);
        Assert.NotNull(seen);
        return ReferenceEquals(seen, anonymous) ? new ClaimsPrincipal() : seen!;
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

    [Fact]
    public void Each_process_has_its_own_key()
    {
        Assert.NotEqual(new WarmUpState().Key, new WarmUpState().Key);
        Assert.True(new WarmUpState() is var s && s.IsKey(s.Key));
    }
}
