using Microsoft.AspNetCore.Identity;
using Samordna.Web.Infrastructure.Email;

namespace Samordna.Web.Features.Administration.Users;

/// <summary>
/// Invitation e-mails: a one-time link where the user sets their own password (Identity's password-reset token, which
/// stops working once a password is set, since that changes the user's security stamp, and after
/// <see cref="InvitationOptions.ValidDays"/> days). The e-mail goes through the outbox in the same save as the user.
/// </summary>
public sealed class Invitations(UserManager<AppUser> users, AppDbContext db, TimeProvider clock, IOptions<InvitationOptions> options)
{
    public const string Path = "/konto/valkommen";

    /// <summary>The site's address for links in e-mail: <c>Email:LinkBaseUrl</c> when set (behind a proxy), else the request's own.</summary>
    public string LinkBase(HttpRequest request) =>
        options.Value.LinkBaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>Adds the invitation e-mail to the context; the caller saves it with the change that causes it.</summary>
    public async Task EnqueueAsync(AppUser user, string linkBase, CancellationToken ct)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{linkBase}{Path}?anvandare={user.Id}&kod={Uri.EscapeDataString(token)}";
        var days = options.Value.ValidDays.ToString(CultureInfo.InvariantCulture);
        db.EnqueueEmail(new OutgoingEmail(
            user.Email!,
            "Välkommen till Samordna",
            $"Hej {user.DisplayName}!\n\nDu har fått ett konto i Samordna, förbundens system för finansiell samordning. " +
            $"Välj ditt lösenord genom att öppna länken nedan. Länken gäller i {days} dygn och kan bara användas en gång.\n\n{link}\n\n" +
            "Har du inte väntat dig det här kan du bortse från meddelandet.\n\nSamordna",
            $"invitation:{user.Id}:{Guid.NewGuid():N}"), clock);
        ct.ThrowIfCancellationRequested();
    }
}

/// <summary>Section "Invitations".</summary>
public sealed class InvitationOptions
{
    public const string Section = "Invitations";

    /// <summary>How long an invitation link works (also the lifetime of Identity's password tokens).</summary>
    public int ValidDays { get; set; } = 3;

    /// <summary>The site's public address for links in e-mail, e.g. https://samordna.example.se; empty: the inviting request's own.</summary>
    public string? LinkBaseUrl { get; set; }
}

/// <summary>Where an account stands.</summary>
public enum UserStatus
{
    Active,

    /// <summary>Invited; no password set yet.</summary>
    Invited,

    /// <summary>Locked for a while after too many failed sign-ins; an administrator may unlock it at once.</summary>
    LockedOut,

    /// <summary>Turned off by an administrator until reactivated.</summary>
    Deactivated,
}

public static class UserStatuses
{
    /// <summary>Deactivation is a lockout to the end of time (Identity's convention), so every sign-in path refuses it.</summary>
    public static readonly DateTimeOffset DeactivatedUntil = DateTimeOffset.MaxValue;

    public static UserStatus Of(AppUser u, DateTimeOffset now) =>
        u.LockoutEnd is { } end && end >= DeactivatedUntil.AddYears(-1) ? UserStatus.Deactivated
        : u.LockoutEnd is { } until && until > now ? UserStatus.LockedOut
        : u.PasswordHash is null && !u.EmailConfirmed ? UserStatus.Invited
        : UserStatus.Active;

    /// <summary>
    /// The status counting an address blocked after failed sign-ins (<paramref name="blockedUntil"/>, from
    /// <c>PasswordSignIn.BlockedUntilAsync</c>) as a lockout, with when a lockout ends; the list and the user's page both use it.
    /// </summary>
    public static (UserStatus Status, DateTimeOffset? LockedUntil) Of(AppUser u, DateTimeOffset now, DateTimeOffset? blockedUntil)
    {
        var status = Of(u, now);
        return status switch
        {
            UserStatus.LockedOut => (status, blockedUntil is { } b && b > u.LockoutEnd!.Value ? b : u.LockoutEnd),
            UserStatus.Active or UserStatus.Invited when blockedUntil is { } b => (UserStatus.LockedOut, b),
            _ => (status, null),
        };
    }

    /// <summary>The status in Swedish, a lockout with when it ends: "Tillfälligt spärrad till 1 december 2026 14:15".</summary>
    public static string SwedishText(this UserStatus status, DateTimeOffset? lockedUntil) =>
        status == UserStatus.LockedOut && lockedUntil is { } until ? $"{status.SwedishName()} till {SwedishCulture.DateTime(until.UtcDateTime)}" : status.SwedishName();

    public static string SwedishName(this UserStatus status) => status switch
    {
        UserStatus.Invited => "Inbjuden",
        UserStatus.LockedOut => "Tillfälligt spärrad",
        UserStatus.Deactivated => "Avstängd",
        _ => "Aktiv",
    };
}
