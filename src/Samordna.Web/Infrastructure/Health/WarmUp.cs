using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
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

    /// <summary>Addresses (anonymous, relative) asked for once each, in order.</summary>
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
    /// The timeout in range, and every path of both lists an address on this site: a leading "/", never "//" (another
    /// host, to the HTTP client as to a browser) and never a backslash (read as "/" by some). The signed-in requests carry the
    /// warm-up's key, so an address that leaves the site would hand it out.
    /// </summary>
    public static bool IsValid(WarmUpOptions o) =>
        o.TimeoutSeconds is >= 1 and <= 600 && o.Paths.Concat(o.SignedInPaths).All(IsLocalPath);

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

/// <summary>
/// Whether the warm-up has finished (or was not wanted); read by the readiness check. While it runs it also holds the
/// one-time key and the identity of its signed-in requests (<see cref="WarmUpIdentityMiddleware"/>); both are gone
/// when it finishes.
/// </summary>
public sealed class WarmUpState
{
    public const string Header = "X-Samordna-Warm-Up";

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private volatile bool _done;
    private volatile ClaimsPrincipal? _principal;

    public bool IsDone => _done;

    /// <summary>The key the warm-up sends with its signed-in requests: random per process, never stored or logged.</summary>
    public string Key => Convert.ToBase64String(_key);

    /// <summary>Who the signed-in warm-up requests are, while they run; null otherwise.</summary>
    public ClaimsPrincipal? Principal => _done ? null : _principal;

    public void SignIn(ClaimsPrincipal principal) => _principal = principal;

    /// <summary>True while the warm-up runs and <paramref name="key"/> is its key (compared in constant time).</summary>
    public bool IsKey(string? key)
    {
        if (_done || key is null)
        {
            return false;
        }

        var given = new byte[32];
        return Convert.TryFromBase64String(key, given, out var length) && length == 32 && CryptographicOperations.FixedTimeEquals(given, _key);
    }

    public void Finish()
    {
        _principal = null;
        _done = true;
    }
}

/// <summary>
/// Lets the warm-up's own signed-in requests through as the user it chose, and nothing else: only before the
/// instance is ready, only a GET or HEAD of a page (never the API), only for a request that is not signed in already,
/// only straight from the loopback address (a request that went through a proxy, or carries forwarded headers, never
/// counts), and only with the process's random key (docs/adr/0017).
/// </summary>
public sealed class WarmUpIdentityMiddleware(RequestDelegate next, WarmUpState state)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (WarmUpPrincipal(context, state) is { } principal)
        {
            context.User = principal;
        }

        return next(context);
    }

    public static bool IsWarmUpRequest(HttpContext context, WarmUpState state) => WarmUpPrincipal(context, state) is not null;

    /// <summary>
    /// The warm-up's identity when <paramref name="context"/> is one of its requests, else null. The principal is read
    /// once: <see cref="WarmUpState.Finish"/> may clear it at any moment, and a second read could give null.
    /// </summary>
    public static ClaimsPrincipal? WarmUpPrincipal(HttpContext context, WarmUpState state)
    {
        var request = context.Request;
        var principal = state.Principal;
        return principal is not null && !state.IsDone
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Path.StartsWithSegments("/api")
            && context.User.Identity?.IsAuthenticated != true
            // The forwarded-headers middleware moves what it applied to X-Original-*; either kind means a proxy was in between.
            && !request.Headers.Keys.Any(k => k.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase)
                || k.StartsWith("X-Original-", StringComparison.OrdinalIgnoreCase) || k.Equals("Forwarded", StringComparison.OrdinalIgnoreCase))
            && context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
            && request.Headers.TryGetValue(WarmUpState.Header, out var key) && state.IsKey(key.ToString())
            ? principal
            : null;
    }
}

/// <summary>Asks the instance's own listening address for each <see cref="WarmUpOptions.Paths"/> once it has started; answers are discarded.</summary>
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
            // No redirects: the key goes to the addresses asked for and nowhere else.
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
            var started = System.Diagnostics.Stopwatch.StartNew();
            var visitedAssociations = false;
            // Twice: the first request renders a page (and a public one stores it in the cache), the second runs the
            // same code again and, for a public page, serves it from the cache; both are then ready for visitors.
            foreach (var path in options.Value.Paths.Concat(options.Value.Paths))
            {
                try
                {
                    using var response = await client.GetAsync(path, timeout.Token);
                    if (path == "/nationellt" && response.IsSuccessStatusCode && !visitedAssociations)
                    {
                        // Every association's public page the overview links to (about 70, a millisecond or two each),
                        // so that each association's first visitor gets its page from the cache too.
                        var pages = AssociationPage().Matches(await response.Content.ReadAsStringAsync(timeout.Token))
                            .Select(m => m.Value).Distinct(StringComparer.Ordinal).Take(MaxAssociationPages);
                        foreach (var about in pages)
                        {
                            using var _ = await client.GetAsync(about, timeout.Token);
                        }

                        visitedAssociations = true;
                    }
                }
                catch (HttpRequestException ex)
                {
                    // A warning: a warm-up that cannot reach its own instance leaves every page cold, and says so.
                    logger.LogWarning(ex, "Warm-up request to {Address}{Path} failed.", address, path);
                }
            }

            var signedIn = options.Value.SignedIn ? await SignedInAsync(client, timeout.Token) : 0;

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
    private async Task<int> SignedInAsync(HttpClient client, CancellationToken ct)
    {
        (Guid UserId, Guid AssociationId, string Name)? office;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var candidates = await (from a in db.RoleAssignments.AsNoTracking()
                                    join u in db.Users.AsNoTracking() on a.UserId equals u.Id
                                    where a.Role == Role.AssociationAdministrator && a.AssociationId != null
                                    // The association with the most users is the one most in use, with the most to show.
                                    orderby db.RoleAssignments.Count(x => x.AssociationId == a.AssociationId) descending, a.AssociationId, a.UserId
                                    select new { u.Id, AssociationId = a.AssociationId!.Value, u.DisplayName, u.LockoutEnd }).Take(20).ToListAsync(ct);
            // Never a deactivated or blocked user (compared here: SQLite cannot compare the time zone offsets).
            office = candidates.Where(c => c.LockoutEnd is not { } end || end <= clock.GetUtcNow())
                .Select(c => ((Guid, Guid, string)?)(c.Id, c.AssociationId, c.DisplayName)).FirstOrDefault();
        }

        if (office is not { } o)
        {
            return 0;
        }

        state.SignIn(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, o.UserId.ToString()), new Claim(ClaimTypes.Name, o.Name), new Claim(SamordnaClaims.DisplayName, o.Name)], "WarmUp")));
        var paths = areas.SelectMany(a => a.Navigation).Where(n => n.Placement == NavPlacement.Association).Select(n => n.Href)
            .Concat(options.Value.SignedInPaths).Select(p => p.Replace("{associationId}", o.AssociationId.ToString(), StringComparison.Ordinal)).Distinct().ToList();
        foreach (var path in paths.Concat(paths))
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add(WarmUpState.Header, state.Key);
                using var _ = await client.SendAsync(request, ct);
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
    /// the certificate's name), else the first https one; a wildcard host made the loopback address. Null in-process (tests).
    /// </summary>
    internal static Uri? LoopbackAddress(IEnumerable<string>? addresses)
    {
        var listening = addresses?.ToList() ?? [];
        var first = listening.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? listening.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        if (first is null)
        {
            return null;
        }

        var uri = new UriBuilder(first.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal));
        return uri.Uri;
    }
}

/// <summary>Not ready until the warm-up is done, so a load balancer sends the first visitor to a warm instance.</summary>
public sealed class WarmUpHealthCheck(WarmUpState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsDone ? HealthCheckResult.Healthy("Uppvärmd.") : HealthCheckResult.Unhealthy("Värmer upp: sidorna hämtas en gång innan instansen tar emot besökare."));
}
