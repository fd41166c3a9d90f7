using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Samordna.Web.Features.Account;

/// <summary>
/// Password sign-in for the login page and the token API, built so an answer never tells whether an address has an
/// account (ADR 0009):
/// <list type="bullet">
/// <item>the same work: the password hasher runs once on every attempt — against a dummy hash for an unknown
/// address, a user without password, or a blocked attempt;</item>
/// <item>the same words: every failure is <see cref="AccountErrors.InvalidCredentials"/>;</item>
/// <item>failures are counted per (client address, account) in the database, shared by all instances: five failures
/// from one address within 15 minutes block that address for that account, while the owner elsewhere still signs in.
/// When an account gathers 20 failures within the window from any addresses (a distributed guesser), each address
/// gets only one failure for it until the window passes.</item>
/// </list>
/// Accounts locked or deactivated by an administrator (LockoutEnd) cannot sign in; nothing a stranger does sets it.
/// </summary>
public sealed class PasswordSignIn(SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher, AppDbContext db, TimeProvider clock)
{
    public const int FailuresPerAddress = 5;
    public const int FailuresPerAddressUnderAttack = 1;
    public const int AccountFailuresMeaningAttack = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Rows in auth_user_token (Identity's own per-user store, so no schema change) hold the counters.</summary>
    public const string FailureProvider = "samordna:sign-in-failures";

    private static string? _dummyHash;

    /// <summary>Checks the password and, on success, signs in with <paramref name="scheme"/> (cookie or bearer token).</summary>
    public async Task<bool> SignInAsync(string email, string password, HttpContext http, string scheme)
    {
        var user = await signIn.UserManager.FindByEmailAsync(email.Trim());
        var userId = user?.Id ?? Guid.Empty;
        var counterRows = await db.Set<IdentityUserToken<Guid>>()
            .Where(t => t.UserId == userId && t.LoginProvider == FailureProvider)
            .ToListAsync(http.RequestAborted);
        if (user?.PasswordHash is null)
        {
            // The same reads and the same hashing as for a real account; only the counter write differs.
            BurnHash(password);
            return false;
        }

        var now = clock.GetUtcNow();
        var address = AddressKey(http);
        var live = counterRows
            .Select(t => (Row: t, Counter: FailureCounter.Parse(t.Value)))
            .Where(c => c.Counter is not null && now - c.Counter.FirstFailure < Window)
            .ToDictionary(c => c.Row, c => c.Counter!);
        var mineRow = counterRows.FirstOrDefault(t => t.Name == address);
        var mine = mineRow is not null ? live.GetValueOrDefault(mineRow) : null;
        var limit = live.Values.Sum(c => c.Count) >= AccountFailuresMeaningAttack ? FailuresPerAddressUnderAttack : FailuresPerAddress;
        var blocked = mine is not null && mine.Count >= limit;

        // Always the hasher, exactly once, whatever the outcome.
        var passwordOk = blocked
            ? BurnHash(password)
            : hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;

        // Other addresses' counters past the window go; this address's row is reused or removed below.
        db.RemoveRange(counterRows.Where(t => t != mineRow && !live.ContainsKey(t)));
        if (blocked)
        {
            await SaveQuietlyAsync(http.RequestAborted);
            return false;
        }

        if (!passwordOk)
        {
            var counter = mine is null ? new FailureCounter(1, now) : mine with { Count = mine.Count + 1 };
            if (mineRow is null)
            {
                db.Add(new IdentityUserToken<Guid> { UserId = user.Id, LoginProvider = FailureProvider, Name = address, Value = counter.ToString() });
            }
            else
            {
                mineRow.Value = counter.ToString();
            }

            await SaveQuietlyAsync(http.RequestAborted);
            return false;
        }

        if (mineRow is not null)
        {
            db.Remove(mineRow);
        }

        await SaveQuietlyAsync(http.RequestAborted);
        if (!await signIn.CanSignInAsync(user) || await signIn.UserManager.IsLockedOutAsync(user))
        {
            return false;
        }

        signIn.AuthenticationScheme = scheme;
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "pwd");
        return true;
    }

    /// <summary>
    /// The accounts some address is blocked from signing in to now (the administrator's "Tillfälligt spärrad"), each with
    /// when its last block ends (that address's first failure + <see cref="Window"/>); <paramref name="userId"/> null:
    /// every account (the users list).
    /// </summary>
    public static async Task<Dictionary<Guid, DateTimeOffset>> BlockedUntilAsync(AppDbContext db, Guid? userId, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.Set<IdentityUserToken<Guid>>().AsNoTracking()
            .Where(t => t.LoginProvider == FailureProvider && (userId == null || t.UserId == userId))
            .Select(t => new { t.UserId, t.Value }).ToListAsync(ct);
        return rows.Select(r => (r.UserId, Counter: FailureCounter.Parse(r.Value)))
            .Where(r => r.Counter is not null && now - r.Counter.FirstFailure < Window && r.Counter.Count >= FailuresPerAddress)
            .GroupBy(r => r.UserId)
            .ToDictionary(g => g.Key, g => g.Max(r => r.Counter!.FirstFailure) + Window);
    }

    /// <summary>Forgets the account's failed sign-ins (an administrator lifting the block); the caller saves.</summary>
    public static async Task ClearFailuresAsync(AppDbContext db, Guid userId, CancellationToken ct) =>
        db.RemoveRange(await db.Set<IdentityUserToken<Guid>>().Where(t => t.UserId == userId && t.LoginProvider == FailureProvider).ToListAsync(ct));

    /// <summary>Runs the hasher on a dummy hash so a refused attempt costs what a real check costs. Always false.</summary>
    private bool BurnHash(string password)
    {
        var dummy = new AppUser();
        _dummyHash ??= hasher.HashPassword(dummy, "samordna-dummy-" + Guid.NewGuid());
        _ = hasher.VerifyHashedPassword(dummy, _dummyHash, password);
        return false;
    }

    /// <summary>Counters are a brake, not a ledger: two instances racing on one row must not fail a sign-in.</summary>
    private async Task SaveQuietlyAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The client address, hashed: the counter needs to tell addresses apart, not to store them.</summary>
    private static string AddressKey(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return "ip:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(address)))[..32];
    }

    private sealed record FailureCounter(int Count, DateTimeOffset FirstFailure)
    {
        public static FailureCounter? Parse(string? value)
        {
            var parts = value?.Split(';');
            return parts is { Length: 2 }
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? new FailureCounter(count, DateTimeOffset.FromUnixTimeSeconds(seconds))
                : null;
        }

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Count};{FirstFailure.ToUnixTimeSeconds()}");
    }
}
