using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Samordna.Web.Infrastructure.Caching;

/// <summary>
/// What public pages and their API answer from: results keyed by the public data version (one indexed row read per
/// request) and by what the caller asked for. A change saved on any instance moves the version on, so every instance
/// computes afresh at its next request; nothing is ever served from before a change that the caller could have seen.
/// The cache holds at most <see cref="SizeLimit"/> entries (an "as of" date per entry), so odd queries cannot fill memory.
/// </summary>
public sealed class PublicDataCache : IDisposable
{
    public const int SizeLimit = 512;

    private static readonly Func<AppDbContext, string, CancellationToken, Task<long>> ReadVersion =
        EF.CompileAsyncQuery((AppDbContext db, string area, CancellationToken ct) =>
            db.Set<DataVersion>().Where(v => v.Area == area).Select(v => v.Version).FirstOrDefault());

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = SizeLimit });

    public void Dispose() => _entries.Dispose();

    public static Task<long> CurrentVersionAsync(AppDbContext db, CancellationToken ct) => ReadVersion(db, DataVersion.Public, ct);

    /// <summary>The value for <paramref name="key"/> made from the current public data, computed once per version and instance.</summary>
    public async Task<T> GetOrCreateAsync<T>(AppDbContext db, string key, Func<CancellationToken, Task<T>> create, CancellationToken ct)
    {
        var version = await CurrentVersionAsync(db, ct);
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

        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["data"] = (await PublicDataCache.CurrentVersionAsync(db, cancellation)).ToString(System.Globalization.CultureInfo.InvariantCulture);
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
