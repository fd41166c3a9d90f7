using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Security;

/// <summary>
/// A host of its own that trusts X-Forwarded-For (so a test can speak from several client addresses) and counts the
/// password hasher's work (so "the same work" is tested as a mechanism, never as a time), on a clock the tests move.
/// </summary>
public sealed class CountingHasherHost : HostFixture
{
    public CountingHasher Hasher { get; } = new();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Security:TrustForwardedHeaders"] = "true" };

    protected override Action<IServiceCollection> Services => services =>
    {
        services.Replace(ServiceDescriptor.Scoped<IPasswordHasher<AppUser>>(sp =>
            Hasher.Wrapping(new PasswordHasher<AppUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()))));
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
    };
}

/// <summary>Counts password verifications across the scoped hashers it wraps.</summary>
public sealed class CountingHasher
{
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public IPasswordHasher<AppUser> Wrapping(IPasswordHasher<AppUser> inner) => new Counting(inner, this);

    private sealed class Counting(IPasswordHasher<AppUser> inner, CountingHasher counter) : IPasswordHasher<AppUser>
    {
        public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref counter._verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

/// <summary>Sign-in answers never reveal whether an address has an account, and a stranger cannot lock the owner out (ADR 0009).</summary>
[Collection(AppCollection.Name)]
public sealed class SignInWithoutRevealingAccountsTests(CountingHasherHost fixture) : IClassFixture<CountingHasherHost>
{
    private SamordnaTestHost Host => fixture.Host;

    [Fact]
    public async Task Token_api_does_the_same_work_and_says_the_same_words_for_an_unknown_address_as_for_a_wrong_password()
    {
        var user = await Host.CreateUserAsync(Role.NationalAdministrator);
        var address = NewAddress();
        var (known, knownWork) = await CountedAsync(() => TokenAsync(user.Email, "fel-lösenord-1", address));
        var (unknown, unknownWork) = await CountedAsync(() => TokenAsync($"finns-inte-{Guid.NewGuid():N}@test.samordna.se", "fel-lösenord-1", address));

        Assert.Equal(1, knownWork);
        Assert.Equal(1, unknownWork);
        Assert.Equal(known.Status, unknown.Status);
        Assert.Equal(known.Words, unknown.Words);
    }

    [Fact]
    public async Task Login_page_does_the_same_work_and_says_the_same_words_for_an_unknown_address_as_for_a_wrong_password()
    {
        var user = await Host.CreateUserAsync(Role.NationalAdministrator);
        using var client = Host.NewClient();
        var (known, knownWork) = await CountedAsync(() => PageAsync(client, user.Email, "fel-lösenord-1"));
        var (unknown, unknownWork) = await CountedAsync(() => PageAsync(client, $"finns-inte-{Guid.NewGuid():N}@test.samordna.se", "fel-lösenord-1"));

        Assert.Equal(1, knownWork);
        Assert.Equal(1, unknownWork);
        Assert.Equal(known.Status, unknown.Status);
        Assert.Equal(known.Words, unknown.Words);
    }

    [Fact]
    public async Task Five_failures_from_one_address_look_like_a_wrong_password_there_and_the_owner_still_signs_in_elsewhere()
    {
        var user = await Host.CreateUserAsync(Role.NationalAdministrator);
        var stranger = NewAddress();
        for (var i = 0; i < 5; i++)
        {
            await TokenAsync(user.Email, "fel-lösenord-" + i, stranger);
        }

        var (blocked, blockedWork) = await CountedAsync(() => TokenAsync(user.Email, user.Password, stranger));
        var (nobody, _) = await CountedAsync(() => TokenAsync($"finns-inte-{Guid.NewGuid():N}@test.samordna.se", user.Password, stranger));
        Assert.Equal(HttpStatusCode.Forbidden, blocked.Status);
        Assert.Equal(1, blockedWork);
        Assert.Equal(nobody.Words, blocked.Words);
        Assert.DoesNotContain("LOCKED", blocked.Words, StringComparison.Ordinal);

        var (owner, _) = await CountedAsync(() => TokenAsync(user.Email, user.Password, NewAddress()));
        Assert.True(owner.Status == HttpStatusCode.OK, owner.Words);
    }

    [Fact]
    public async Task A_guesser_spread_over_many_addresses_gets_one_attempt_per_new_address_while_the_owner_still_signs_in()
    {
        var user = await Host.CreateUserAsync(Role.NationalAdministrator);
        for (var a = 0; a < 4; a++)
        {
            var address = NewAddress();
            for (var i = 0; i < 5; i++)
            {
                await TokenAsync(user.Email, $"gissning-{a}-{i}", address);
            }
        }

        // Twenty failures: a new address now gets one failure before it is blocked for this account.
        var fifth = NewAddress();
        var (first, _) = await CountedAsync(() => TokenAsync(user.Email, "gissning-5-0", fifth));
        var (second, _) = await CountedAsync(() => TokenAsync(user.Email, user.Password, fifth));
        Assert.Equal(HttpStatusCode.Forbidden, first.Status);
        Assert.Equal(HttpStatusCode.Forbidden, second.Status);
        Assert.Equal(first.Words, second.Words);

        var (owner, _) = await CountedAsync(() => TokenAsync(user.Email, user.Password, NewAddress()));
        Assert.True(owner.Status == HttpStatusCode.OK, owner.Words);
    }

    [Fact]
    public async Task A_blocked_address_may_try_again_when_the_fifteen_minutes_have_passed()
    {
        var user = await Host.CreateUserAsync(Role.NationalAdministrator);
        var address = NewAddress();
        for (var i = 0; i < 5; i++)
        {
            await TokenAsync(user.Email, "fel-lösenord-" + i, address);
        }

        var (blocked, _) = await CountedAsync(() => TokenAsync(user.Email, user.Password, address));
        Assert.Equal(HttpStatusCode.Forbidden, blocked.Status);

        fixture.Clock.Advance(TimeSpan.FromMinutes(16));
        var (wrongAgain, _) = await CountedAsync(() => TokenAsync(user.Email, "fel-lösenord-efter", address));
        Assert.Equal(HttpStatusCode.Forbidden, wrongAgain.Status);
        var (owner, _) = await CountedAsync(() => TokenAsync(user.Email, user.Password, address));
        Assert.True(owner.Status == HttpStatusCode.OK, owner.Words);
    }

    private static int _address = Random.Shared.Next(1, 200);

    /// <summary>A fresh documentation address (198.18.0.0/15 is reserved for tests) for each simulated client.</summary>
    private static string NewAddress()
    {
        var n = Interlocked.Increment(ref _address);
        return $"198.18.{n / 250 % 250}.{n % 250 + 1}";
    }

    private async Task<((HttpStatusCode Status, string Words) Answer, int Work)> CountedAsync(Func<Task<(HttpStatusCode, string)>> attempt)
    {
        var before = fixture.Hasher.Verifications;
        var answer = await attempt();
        return (answer, fixture.Hasher.Verifications - before);
    }

    /// <summary>The token API's answer without the per-request trace id.</summary>
    private async Task<(HttpStatusCode, string)> TokenAsync(string email, string password, string address)
    {
        using var client = Host.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add("X-Forwarded-For", address);
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            using var problem = JsonDocument.Parse(body);
            body = string.Join("|", problem.RootElement.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}"));
        }

        return (response.StatusCode, body);
    }

    /// <summary>The login page's error summary.</summary>
    private static async Task<(HttpStatusCode, string)> PageAsync(HttpClient client, string email, string password)
    {
        var response = await client.PostFormAsync("/logga-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        var html = await response.Content.ReadAsStringAsync();
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("<form", start < 0 ? 0 : start, StringComparison.Ordinal);
        var summary = start >= 0 && end > start ? html[start..end] : html;
        Assert.Contains("Fel e-postadress eller lösenord.", summary, StringComparison.Ordinal);
        return (response.StatusCode, summary);
    }
}
