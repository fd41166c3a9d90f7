using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Samordna.Web.Infrastructure.Security;

/// <summary>
/// Ends sessions on the server (ADR 0009). Every login cookie and bearer token carries the user's security stamp;
/// on every authenticated request the stamp and the lockout are read from the database (one primary-key read), and a
/// principal whose stamp has changed, whose account is locked or deactivated, or whose user is gone is treated as
/// anonymous (a cookie is also deleted). Signing out, role changes, locking and deactivation change the stamp, so
/// every cookie and token issued before them stops working on every instance at once.
/// </summary>
public sealed class SessionValidationMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AppDbContext db, IOptions<IdentityOptions> identity, TimeProvider clock)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && (!Health.WarmUpCookie.IsAllowed(context) || !await IsCurrentAsync(context.User, db, identity.Value, clock, context.RequestAborted)))
        {
            if (!context.Request.Path.StartsWithSegments("/api"))
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }

            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context);
    }

    public static async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, AppDbContext db, IdentityOptions identity, TimeProvider clock, CancellationToken ct)
    {
        var stamp = principal.FindFirstValue(identity.ClaimsIdentity.SecurityStampClaimType);
        if (string.IsNullOrEmpty(stamp) || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return false;
        }

        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.LockoutEnd }).FirstOrDefaultAsync(ct);
        return user is not null
            && string.Equals(user.SecurityStamp, stamp, StringComparison.Ordinal)
            && !(user.LockoutEnd is { } end && end > clock.GetUtcNow());
    }
}

/// <summary>
/// Whatever code changes a user's roles, or locks or deactivates the account, the save also gives the user a new
/// security stamp, so sessions and tokens issued under the old roles end (ADR 0009). New users are left alone.
/// </summary>
public sealed class SessionStampInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            foreach (var userId in AffectedUsers(context))
            {
                Renew(context, context.Set<AppUser>().Find(userId));
            }
        }

        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            foreach (var userId in AffectedUsers(context))
            {
                Renew(context, await context.Set<AppUser>().FindAsync([userId], cancellationToken));
            }
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    /// <summary>Existing users whose roles changed or whose account was locked or deactivated in this save.</summary>
    private List<Guid> AffectedUsers(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var userIds = new HashSet<Guid>();
        foreach (var entry in context.ChangeTracker.Entries<RoleAssignment>())
        {
            if (entry.State is EntityState.Added or EntityState.Deleted)
            {
                userIds.Add(entry.Entity.UserId);
            }
            else if (entry.State == EntityState.Modified)
            {
                userIds.Add(entry.Entity.UserId);
                userIds.Add((Guid)entry.Property(nameof(RoleAssignment.UserId)).OriginalValue!);
            }
        }

        foreach (var entry in context.ChangeTracker.Entries<AppUser>().Where(e => e.State == EntityState.Modified))
        {
            var lockout = entry.Property(u => u.LockoutEnd);
            if (lockout.IsModified && !Equals(lockout.OriginalValue, lockout.CurrentValue) && lockout.CurrentValue is { } end && end > now)
            {
                userIds.Add(entry.Entity.Id);
            }
        }

        return userIds
            .Where(id => context.ChangeTracker.Entries<AppUser>().FirstOrDefault(e => e.Entity.Id == id)?.State is not (EntityState.Added or EntityState.Deleted))
            .ToList();
    }

    private static void Renew(DbContext context, AppUser? user)
    {
        if (user is null)
        {
            return;
        }

        var entry = context.Entry(user);
        if (entry.State is EntityState.Deleted or EntityState.Added)
        {
            return;
        }

        entry.Property(u => u.SecurityStamp).CurrentValue = Guid.NewGuid().ToString("N").ToUpperInvariant();
        entry.Property(u => u.ConcurrencyStamp).CurrentValue = Guid.NewGuid().ToString();
    }
}
