using System.Threading.RateLimiting;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Account;

/// <summary>
/// Limits sign-in attempts per client address across the login page and the token API. Only attempts count,
/// not page views. Per-user lockout (in the database, shared by all instances) is the second line.
/// </summary>
public sealed class LoginRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public LoginRateLimiter(IOptions<RateLimitingOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = o.LoginPermitLimit,
            Window = TimeSpan.FromSeconds(o.LoginWindowSeconds),
            QueueLimit = 0,
        }));
    }

    /// <summary>True if this attempt may proceed.</summary>
    public bool TryAcquire(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
