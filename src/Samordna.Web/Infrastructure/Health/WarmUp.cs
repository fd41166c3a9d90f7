using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Samordna.Web.Features.Shared;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Infrastructure.Health;

/// <summary>
/// Section "WarmUp": the pages an instance asks itself for once it listens, before <c>/health/ready</c> says it is
/// ready, so the first visitor after a start or a deploy does not pay for the first compilation of the pipeline, the
/// layout, the pages and their database queries (issue 8: the first request within 2× the median; docs/performance.md).
/// </summary>
public sealed class WarmUpOptions
{
    public const string Section = "WarmUp";

    public bool Enabled { get; set; } = true;

    /// <summary>Addresses (anonymous, relative) asked for in order, <see cref="Rounds"/> times over.</summary>
    public List<string> Paths { get; set; } = [];

    /// <summary>
    /// Signed-in pages asked for after the public ones, as the first association's office would see them
    /// (<c>{associationId}</c> is filled in): every page of the association's menu, and these. Empty to leave them cold.
    /// </summary>
    public List<string> SignedInPaths { get; set; } = [];

    /// <summary>Whether the signed-in pages are warmed (the association's menu and <see cref="SignedInPaths"/>).</summary>
    public bool SignedIn { get; set; } = true;

    /// <summary>How long the warm-up may take before the instance reports ready anyway.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// How many times each address is asked for. Three, because the code a page runs is not final until its third
    /// request: the first renders it (and a public page is stored in the cache), the second serves a public page from
    /// the cache and has the dependency-injection container build compiled resolvers for the page's services, and the
    /// third compiles those resolvers (measured: without it, a signed-in visitor's first request paid 15–20 ms for them).
    /// </summary>
    public int Rounds { get; set; } = 3;

    /// <summary>
    /// The timeout in range, and every path of both lists an address on this site: a leading "/", never "//" (another
    /// host, to the HTTP client as to a browser) and never a backslash (read as "/" by some). The signed-in requests carry the
    /// warm-up's sign-in cookie, so an address that leaves the site would hand it out.
    /// </summary>
    public static bool IsValid(WarmUpOptions o) =>
        o.TimeoutSeconds is >= 1 and <= 600 && o.Rounds is >= 1 and <= 50 && o.Paths.Concat(o.SignedInPaths).All(IsLocalPath);

    public static bool IsLocalPath(string? path) =>
        path is { Length: > 0 } p && p[0] == '/' && !p.StartsWith("//", StringComparison.Ordinal) && !p.Contains('\\', StringComparison.Ordinal);

    public void ApplyDefaults()
    {
        if (Paths.Count == 0)
        {
            Paths =
            [
                "/health/live", "/", "/logga-in", "/nationellt", "/nationellt?kommun=v%C3%A4rnamo", "/insatser", "/insatser?q=arbete",
                "/nationellt/uppfoljning", "/api-dokumentation", "/om-samordna", "/tillganglighet", "/personuppgifter",
                "/api/v1/catalogue/interventions?q=arbete",
            ];
        }

        if (SignedInPaths.Count == 0)
        {
            SignedInPaths =
            [
                "/forbund/{associationId}/ekonomi/eget-kapital", "/forbund/{associationId}/ekonomi/prognos", "/forbund/{associationId}/ekonomi/nyckeltal",
                "/forbund/{associationId}/ekonomi/medlemsrapport", "/forbund/{associationId}/ekonomi/medlemsbidrag", "/forbund/{associationId}/uppfoljning/finsam",
            ];
        }
    }
}

/// <summary>Whether the warm-up has finished (or was not wanted); read by the readiness check.</summary>
public sealed class WarmUpState
{
    private volatile bool _done;

    public bool IsDone => _done;

    public void Finish() => _done = true;
}

/// <summary>
/// The sign-in cookie the warm-up sends with its signed-in requests, made in-process for the office user it chose:
/// the same claims (security stamp included) and the same protected format the sign-in page issues, so those requests
/// take every step a signed-in visitor's take (the cookie check, the session check, authorisation). It expires with the
/// warm-up's timeout, is never renewed (a renewal is answered with a new cookie the warm-up discards) and is sent only
/// to the instance's own loopback address (docs/adr/0017).
/// </summary>
public static class WarmUpCookie
{
    public const string AuthenticationMethod = "warm-up";

    /// <summary>
    /// Whether a request signed in with this cookie may keep that identity: only the warm-up's own kind of request, a
    /// GET or HEAD of a page (never the API, never a change), straight from a loopback address with no forwarded headers
    /// (a request through a proxy never counts). Any other use is answered as anonymous by the session check.
    /// </summary>
    public static bool IsAllowed(HttpContext context)
    {
        if (!context.User.HasClaim(ClaimTypes.AuthenticationMethod, AuthenticationMethod))
        {
            return true;
        }

        var request = context.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Path.StartsWithSegments("/api")
            && context.Connection.RemoteIpAddress is { } remote && System.Net.IPAddress.IsLoopback(remote)
            // The forwarded-headers middleware moves what it applied to X-Original-*; either kind means a proxy was in between.
            && !request.Headers.Keys.Any(k => k.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase)
                || k.StartsWith("X-Original-", StringComparison.OrdinalIgnoreCase) || k.Equals("Forwarded", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The <c>Cookie</c> header's value for <paramref name="userId"/>, or null when there is no such user.</summary>
    public static async Task<string?> CreateAsync(IServiceProvider services, Guid userId, TimeSpan lifetime, TimeProvider clock)
    {
        if (await services.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userId.ToString()) is not { } user)
        {
            return null;
        }

        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(ClaimTypes.AuthenticationMethod, AuthenticationMethod));
        var now = clock.GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + lifetime, AllowRefresh = false, IsPersistent = false };
        var cookie = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var value = cookie.TicketDataFormat.Protect(new AuthenticationTicket(principal, properties, IdentityConstants.ApplicationScheme));
        return $"{cookie.Cookie.Name}={value}";
    }
}

/// <summary>
/// Once the instance has started, asks its own listening address for each of <see cref="WarmUpOptions.Paths"/> (and the
/// signed-in pages) <see cref="WarmUpOptions.Rounds"/> times; answers are discarded.
/// </summary>
public sealed partial class WarmUpService(
    IServer server, IHostApplicationLifetime lifetime, IOptions<WarmUpOptions> options, WarmUpState state, IServiceScopeFactory scopes,
    IEnumerable<IFeatureArea> areas, TimeProvider clock, ILogger<WarmUpService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!options.Value.Enabled || !await StartedAsync(stoppingToken) || Address() is not { } address)
            {
                return;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
            var deadline = clock.GetUtcNow().AddSeconds(options.Value.TimeoutSeconds);
            // No redirects and no cookie jar: the sign-in cookie goes with the signed-in requests to this address and nowhere else.
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };
            var started = System.Diagnostics.Stopwatch.StartNew();
            List<string>? associationPages = null;
            foreach (var path in Enumerable.Repeat(options.Value.Paths, options.Value.Rounds).SelectMany(p => p))
            {
                try
                {
                    using var response = await client.GetAsync(path, timeout.Token);
                    if (path == "/nationellt" && response.IsSuccessStatusCode)
                    {
                        // Every association's public page the overview links to (about 70, a millisecond or two each), in
                        // every round like the other addresses: the first stores it in the cache, the later ones serve
                        // that entry, so each association's first visitor is answered as its later ones are.
                        associationPages ??= AssociationPage().Matches(await response.Content.ReadAsStringAsync(timeout.Token))
                            .Select(m => m.Value).Distinct(StringComparer.Ordinal).Take(MaxAssociationPages).ToList();
                        foreach (var about in associationPages)
                        {
                            using var _ = await client.GetAsync(about, timeout.Token);
                        }
                    }
                }
                catch (HttpRequestException ex)
                {
                    // A warning: a warm-up that cannot reach its own instance leaves every page cold, and says so.
                    logger.LogWarning(ex, "Warm-up request to {Address}{Path} failed.", address, path);
                }
            }

            var signedIn = options.Value.SignedIn ? await SignedInAsync(client, deadline, timeout.Token) : 0;

            // The public data version read last, so that the first visitors' cached answers are served without
            // asking the database for it (it is read again at most once per Caching:VersionFreshness; ADR 0011).
            using (var scope = scopes.CreateScope())
            {
                var cache = scope.ServiceProvider.GetRequiredService<Caching.PublicDataCache>();
                await cache.RefreshAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), timeout.Token);
            }

            logger.LogInformation("Warm-up of {Count} addresses and {SignedIn} signed-in pages took {Milliseconds} ms.", options.Value.Paths.Count, signedIn, started.ElapsedMilliseconds);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("The warm-up did not finish in {Seconds} s; the instance reports ready without it.", options.Value.TimeoutSeconds);
        }
        catch (Exception ex)
        {
            // A warm-up that fails (the database not there yet, say) must not stop the instance: it reports ready cold.
            logger.LogWarning(ex, "The warm-up failed; the instance reports ready without it.");
        }
        finally
        {
            state.Finish();
        }
    }

    /// <summary>
    /// The association's menu and <see cref="WarmUpOptions.SignedInPaths"/> as an office user sees them, in the
    /// association with the most users (read-only pages: GET only). Nothing when there is no office user yet.
    /// </summary>
    private async Task<int> SignedInAsync(HttpClient client, DateTimeOffset deadline, CancellationToken ct)
    {
        if (client.BaseAddress is not { IsLoopback: true })
        {
            // The sign-in cookie goes to loopback only (a listener on a given IP is left cold, not handed a credential).
            logger.LogWarning("The signed-in pages are not warmed: the instance listens on no loopback address ({Address}).", client.BaseAddress);
            return 0;
        }

        (Guid UserId, Guid AssociationId)? office;
        string? cookie = null;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var candidates = await (from a in db.RoleAssignments.AsNoTracking()
                                    join u in db.Users.AsNoTracking() on a.UserId equals u.Id
                                    where a.Role == Role.AssociationAdministrator && a.AssociationId != null
                                    // The association with the most users is the one most in use, with the most to show.
                                    orderby db.RoleAssignments.Count(x => x.AssociationId == a.AssociationId) descending, a.AssociationId, a.UserId
                                    select new { u.Id, AssociationId = a.AssociationId!.Value, u.LockoutEnd }).Take(20).ToListAsync(ct);
            // Never a deactivated or blocked user (compared here: SQLite cannot compare the time zone offsets).
            office = candidates.Where(c => c.LockoutEnd is not { } end || end <= clock.GetUtcNow())
                .Select(c => ((Guid, Guid)?)(c.Id, c.AssociationId)).FirstOrDefault();
            if (office is { } chosen)
            {
                // It lives as long as the warm-up may still run, not a moment longer.
                cookie = await WarmUpCookie.CreateAsync(scope.ServiceProvider, chosen.UserId, deadline - clock.GetUtcNow(), clock);
            }
        }

        if (office is not { } o || cookie is null)
        {
            return 0;
        }

        var paths = areas.SelectMany(a => a.Navigation).Where(n => n.Placement == NavPlacement.Association).Select(n => n.Href)
            .Concat(options.Value.SignedInPaths).Select(p => p.Replace("{associationId}", o.AssociationId.ToString(), StringComparison.Ordinal)).Distinct().ToList();
        var refused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Enumerable.Repeat(paths, options.Value.Rounds).SelectMany(p => p))
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("Cookie", cookie);
                using var response = await client.SendAsync(request, ct);
                if (!response.IsSuccessStatusCode && refused.Add(path))
                {
                    // A redirect to the sign-in page would mean the cookie was not taken: that page, not this one, is warm.
                    logger.LogWarning("Warm-up request to {Address}{Path} was answered {Status}; that page stays cold.", client.BaseAddress, path, (int)response.StatusCode);
                }
            }
            catch (HttpRequestException ex)
            {
                logger.LogWarning(ex, "Warm-up request to {Address}{Path} failed.", client.BaseAddress, path);
            }
        }

        return paths.Count;
    }

    private async Task<bool> StartedAsync(CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var stopping = ct.Register(() => started.TrySetCanceled(ct));
        await started.Task;
        return true;
    }

    /// <summary>More than there are associations (about 70, 81 in the demo), fewer than would slow a start.</summary>
    private const int MaxAssociationPages = 300;

    [System.Text.RegularExpressions.GeneratedRegex("/forbund/[0-9a-f-]{36}/om")]
    private static partial System.Text.RegularExpressions.Regex AssociationPage();

    private Uri? Address() => LoopbackAddress(server.Features.Get<IServerAddressesFeature>()?.Addresses);

    /// <summary>
    /// The address the warm-up asks: a plain http one the server listens on if there is one (TLS to 127.0.0.1 fails on
    /// the certificate's name), else the first https one; a wildcard host made the loopback address. Null when there is
    /// none with an IP or localhost as host. The signed-in pages are asked for only when it is a loopback address.
    /// </summary>
    internal static Uri? LoopbackAddress(IEnumerable<string>? addresses)
    {
        // Only addresses with an IP or localhost as host: a Unix socket or a named pipe (http://unix:/…, http://pipe:/…)
        // would otherwise be asked for by a host name that DNS resolves, or not.
        var listening = (addresses ?? []).Select(Rewrite).OfType<Uri>()
            .Where(u => u.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || u.IsLoopback).ToList();
        return listening.FirstOrDefault(u => u.Scheme == Uri.UriSchemeHttp) ?? listening.FirstOrDefault(u => u.Scheme == Uri.UriSchemeHttps);

        static Uri? Rewrite(string address)
        {
            var rewritten = address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal);
            return Uri.TryCreate(rewritten, UriKind.Absolute, out var uri) ? new UriBuilder(uri).Uri : null;
        }
    }
}

/// <summary>Not ready until the warm-up is done, so a load balancer sends the first visitor to a warm instance.</summary>
public sealed class WarmUpHealthCheck(WarmUpState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsDone ? HealthCheckResult.Healthy("Uppvärmd.") : HealthCheckResult.Unhealthy("Värmer upp: sidorna hämtas en gång innan instansen tar emot besökare."));
}
