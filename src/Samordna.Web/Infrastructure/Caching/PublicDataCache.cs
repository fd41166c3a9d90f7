using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Samordna.Web.Infrastructure.Caching;

/// <summary>
/// What public pages and their API answer from: results keyed by the public data version and by what the caller
/// asked for. A change saved through this instance forgets the version at once; one saved through another instance
/// is seen when the version is read again, at most <see cref="CachingOptions.VersionFreshness"/> later (one indexed
/// row read per instance and window instead of one per request; docs/adr/0011). The cache holds at most
/// <see cref="SizeLimit"/> entries (an "as of" date per entry), so odd queries cannot fill memory.
/// </summary>
public sealed class PublicDataCache(TimeProvider clock, IOptions<CachingOptions> options) : IDisposable
{
    public const int SizeLimit = 512;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = SizeLimit });
    private readonly Lock _gate = new();
    private long _version;
    private long _readAt;
    private long _generation;
    private bool _known;

    public void Dispose() => _entries.Dispose();

    /// <summary>
    /// The public data version: the one read within the freshness window, or read again from the database (the
    /// context is only asked for then).
    /// </summary>
    public async ValueTask<long> CurrentVersionAsync(Func<AppDbContext> db, CancellationToken ct)
    {
        long generation;
        lock (_gate)
        {
            if (_known && clock.GetElapsedTime(_readAt) < options.Value.VersionFreshness)
            {
                return _version;
            }

            generation = _generation;
        }

        return await ReadAndKeepAsync(db(), generation, ct);
    }

    /// <summary>
    /// Reads the version from the database whether or not the one held is still fresh (<see cref="PublicDataVersionRefresher"/>),
    /// so that requests find it fresh and need not read it themselves.
    /// </summary>
    public async Task RefreshAsync(AppDbContext db, CancellationToken ct)
    {
        long generation;
        lock (_gate)
        {
            generation = _generation;
        }

        await ReadAndKeepAsync(db, generation, ct);
    }

    private async Task<long> ReadAndKeepAsync(AppDbContext db, long generation, CancellationToken ct)
    {
        var readAt = clock.GetTimestamp();
        // A plain query, not an EF compiled one: a compiled query is bound to the model of the first context it runs
        // on and throws for any other, and one process may hold instances with different models (an in-process
        // transfer from SQLite to PostgreSQL, the tests). EF caches the plan of this one per model.
        var version = await db.Set<DataVersion>().Where(v => v.Area == DataVersion.Public).Select(v => v.Version).FirstOrDefaultAsync(ct);
        lock (_gate)
        {
            // A save on this instance while we read makes what we read possibly old: use it once, do not keep it.
            // Nor does a read that began before the one kept (a slow background read) replace it.
            if (generation == _generation && (!_known || readAt >= _readAt))
            {
                (_version, _readAt, _known) = (version, readAt, true);
            }
        }

        return version;
    }

    /// <summary>Called after this instance saved public data: the next request reads the version again.</summary>
    public void Forget()
    {
        lock (_gate)
        {
            _known = false;
            _generation++;
        }
    }

    /// <summary>The value for <paramref name="key"/> made from the current public data, computed once per version and instance.</summary>
    public async Task<T> GetOrCreateAsync<T>(AppDbContext db, string key, Func<CancellationToken, Task<T>> create, CancellationToken ct)
    {
        var version = await CurrentVersionAsync(() => db, ct);
        var fullKey = $"{key}@{version}";
        if (_entries.TryGetValue(fullKey, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await create(ct);
        _entries.Set(fullKey, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return value;
    }
}

/// <summary>
/// Reads the public data version again a little before the instance's copy goes stale (every four fifths of
/// <see cref="CachingOptions.VersionFreshness"/>), so a visitor's cached answer never waits for that read, also the
/// first one after a quiet spell or a start. The bound is unchanged: a request that finds the copy stale (this
/// reader late or failing) still reads the version itself (docs/adr/0011).
/// </summary>
public sealed partial class PublicDataVersionRefresher(
    PublicDataCache cache, IServiceScopeFactory scopes, IOptions<CachingOptions> options, TimeProvider clock, ILogger<PublicDataVersionRefresher> logger)
    : BackgroundService
{
    /// <summary>The longest wait between reads after failures in a row (the database down, or not migrated yet).</summary>
    public static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan MinPeriod = TimeSpan.FromMilliseconds(100);

    private TimeSpan _period;
    private DateTimeOffset _nextRead;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // The first read is due one period after the start on the instance's clock, fixed here rather than in
        // ExecuteAsync on the thread pool, so a clock moved on before that runs still finds it due.
        var freshness = options.Value.VersionFreshness;
        // At least 0.1 s between reads, whatever the window: a tiny window is still honoured by the requests themselves.
        _period = freshness <= TimeSpan.Zero ? TimeSpan.Zero : freshness * 0.8 < MinPeriod ? MinPeriod : freshness * 0.8;
        _nextRead = clock.GetUtcNow() + _period;
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_period <= TimeSpan.Zero)
        {
            return;
        }

        // One delay at a time, not a periodic timer: a test clock moved on by days fires a delay once, where it would
        // fire a periodic timer once for every period in between (a million times for a week).
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = _nextRead - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, stoppingToken);
                }

                try
                {
                    using var scope = scopes.CreateScope();
                    await cache.RefreshAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
                    failures = 0;
                    _nextRead = clock.GetUtcNow() + _period;
                }
                catch (Exception ex)
                {
                    if (stoppingToken.IsCancellationRequested)
                    {
                        break;
                    }

                    // The database away for a moment, or not migrated yet: the requests read the version themselves, as
                    // without this reader, and the reader waits longer each time (up to MaxBackOff), so a database
                    // that stays away does not fill the log with the provider's errors several times a second.
                    failures++;
                    var backOff = TimeSpan.FromTicks(Math.Min(MaxBackOff.Ticks, _period.Ticks * (1L << Math.Min(failures, 16))));
                    _nextRead = clock.GetUtcNow() + backOff;
                    ReadFailed(logger, backOff.TotalSeconds, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The instance stops.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reading the public data version in the background failed; requests read it themselves, and the next read is in {Seconds} s.")]
    private static partial void ReadFailed(ILogger logger, double seconds, Exception ex);
}

/// <summary>Settings of the public-data cache (section <c>Caching</c>).</summary>
public sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>
    /// How long an instance trusts the public data version it read before reading it again; the longest a change
    /// saved through another instance waits to reach this one's public pages. Zero reads it on every request.
    /// </summary>
    public TimeSpan VersionFreshness { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// Whole responses of public pages and the public API, cached for anonymous visitors only (a signed-in user may see
/// more, such as a "manage" link) and varied by the query, today's date in Sweden and the public data version. Use
/// <c>[OutputCache(PolicyName = PublicDataOutputPolicy.Name)]</c> on a page model or <c>.CacheOutput(PublicDataOutputPolicy.Name)</c> on an endpoint.
/// </summary>
public sealed class PublicDataOutputPolicy : IOutputCachePolicy
{
    public const string Name = "public-data";

    private const string TempDataCookie = Web.QuietCookieTempDataProvider.CookieName;

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        cacheable &= http.User.Identity?.IsAuthenticated != true && !http.Request.Headers.ContainsKey("Authorization");
        cacheable &= !http.Request.Cookies.ContainsKey(TempDataCookie); // a status message waiting to be shown
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return;
        }

        var services = http.RequestServices;
        var clock = services.GetRequiredService<TimeProvider>();
        var version = await services.GetRequiredService<PublicDataCache>().CurrentVersionAsync(services.GetRequiredService<AppDbContext>, cancellation);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["data"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["today"] = SwedishCulture.Date(SwedishCulture.Today(clock));
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(30);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (!context.AllowCacheStorage)
        {
            return ValueTask.CompletedTask;
        }

        // Only a complete, ordinary answer is kept: never one that sets a cookie (an antiforgery token) or an error.
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
