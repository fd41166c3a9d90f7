using System.Data;
using Microsoft.AspNetCore.Identity;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Administration.Users;

/// <summary>One role of a user, with its scope in words.</summary>
public sealed record UserRoleView(Guid AssignmentId, Role Role, Guid? AssociationId, Guid? MemberOrganisationId, string Description);

/// <summary>A user as the system administrator reads them.</summary>
public sealed record UserDetails(Guid Id, string Email, string DisplayName, UserStatus Status, string StatusText, DateTimeOffset? LockedUntil, IReadOnlyList<UserRoleView> Roles);

public static class ManageUserErrors
{
    public static readonly Error OwnAccount = new("USER_OWN_ACCOUNT",
        "Du kan inte ändra dina egna roller eller stänga av, låsa upp eller bjuda in dig själv. Be en annan systemadministratör.", ErrorKind.Forbidden);

    public static readonly Error LastSystemAdministrator = new("USER_LAST_SYSTEM_ADMINISTRATOR",
        "Det måste finnas minst en aktiv systemadministratör. Ge någon annan rollen först.", ErrorKind.Conflict);

    public static readonly Error DuplicateRole = new("USER_DUPLICATE_ROLE", "Användaren har redan den rollen i det förbundet.", ErrorKind.Conflict, "role");
    public static readonly Error RoleNotFound = new("USER_ROLE_NOT_FOUND", "Rollen finns inte hos användaren.", ErrorKind.NotFound);
    public static readonly Error NotLockedOut = new("USER_NOT_LOCKED_OUT", "Kontot är inte spärrat.", ErrorKind.Conflict);
    public static readonly Error NotDeactivated = new("USER_NOT_DEACTIVATED", "Kontot är inte avstängt.", ErrorKind.Conflict);
    public static readonly Error AlreadyDeactivated = new("USER_ALREADY_DEACTIVATED", "Kontot är redan avstängt.", ErrorKind.Conflict);
    public static readonly Error NotInvited = new("USER_NOT_INVITED", "Användaren har redan valt ett lösenord; en ny inbjudan behövs inte.", ErrorKind.Conflict);
}

/// <summary>
/// The system administrator's changes to an existing user: roles added and removed, the account deactivated and
/// reactivated, a lockout lifted, an invitation sent again. Nobody changes their own account here (no one raises their
/// own rights or locks themself out), and the last active system administrator stays one. Every change that touches
/// roles or the lockout gives the user a new security stamp (<c>SessionStampInterceptor</c>), which ends their sessions.
/// </summary>
public sealed class ManageUserHandler(AppDbContext db, TimeProvider clock, Invitations invitations)
{
    public async Task<UserDetails?> GetAsync(Guid userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Include(u => u.Assignments).FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return null;
        }

        var associations = await db.Set<Association>().IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var organisations = await db.Set<Organisation>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var (status, lockedUntil) = await StateAsync(user, ct);
        return new UserDetails(user.Id, user.Email ?? string.Empty, user.DisplayName, status, status.SwedishText(lockedUntil), lockedUntil,
            user.Assignments.OrderBy(a => a.Role).ThenBy(a => a.CreatedAt).Select(a => new UserRoleView(a.Id, a.Role, a.AssociationId, a.MemberOrganisationId,
                string.Join(", ", new[]
                {
                    a.Role.SwedishName(),
                    a.AssociationId is { } id ? associations.GetValueOrDefault(id, "okänt förbund") : null,
                    a.MemberOrganisationId is { } m ? organisations.GetValueOrDefault(m, "okänd medlem") : null,
                }.OfType<string>()))).ToList());
    }

    /// <param name="linkBase">For an invited user: a role change renews the security stamp, which ends the invitation link, so a new invitation goes out.</param>
    public async Task<Result<UserDetails>> AssignRoleAsync(Guid actorId, Guid userId, AssignRoleRequest r, CancellationToken ct, string? linkBase = null)
    {
        if (await TargetAsync(actorId, userId, ct) is not { } user)
        {
            return Refusal(actorId, userId);
        }

        if (await CreateUserHandler.CheckRoleTargetAsync(db, r, ct) is { } invalid)
        {
            return invalid;
        }

        if (user.Assignments.Any(a => a.Role == r.Role && a.AssociationId == r.AssociationId && a.MemberOrganisationId == r.MemberOrganisationId))
        {
            return ManageUserErrors.DuplicateRole;
        }

        db.RoleAssignments.Add(new RoleAssignment
        {
            UserId = user.Id, Role = r.Role!.Value, AssociationId = r.AssociationId, MemberOrganisationId = r.MemberOrganisationId, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await SaveAndReinviteAsync(user, linkBase, ct);
        return (await GetAsync(userId, ct))!;
    }

    public Task<Result<UserDetails>> RemoveRoleAsync(Guid actorId, Guid userId, Guid assignmentId, CancellationToken ct, string? linkBase = null) =>
        GuardedAsync(() => RemoveRoleUnguardedAsync(actorId, userId, assignmentId, linkBase, ct), ct);

    private async Task<Result<UserDetails>> RemoveRoleUnguardedAsync(Guid actorId, Guid userId, Guid assignmentId, string? linkBase, CancellationToken ct)
    {
        if (await TargetAsync(actorId, userId, ct) is not { } user)
        {
            return Refusal(actorId, userId);
        }

        var assignment = user.Assignments.FirstOrDefault(a => a.Id == assignmentId);
        if (assignment is null)
        {
            return ManageUserErrors.RoleNotFound;
        }

        if (assignment.Role == Role.SystemAdministrator && !await AnotherActiveSystemAdministratorAsync(userId, ct))
        {
            return ManageUserErrors.LastSystemAdministrator;
        }

        db.RoleAssignments.Remove(assignment);
        await SaveAndReinviteAsync(user, linkBase, ct);
        return (await GetAsync(userId, ct))!;
    }

    public Task<Result<UserDetails>> DeactivateAsync(Guid actorId, Guid userId, CancellationToken ct) =>
        GuardedAsync(() => DeactivateUnguardedAsync(actorId, userId, ct), ct);

    private async Task<Result<UserDetails>> DeactivateUnguardedAsync(Guid actorId, Guid userId, CancellationToken ct)
    {
        if (await TargetAsync(actorId, userId, ct) is not { } user)
        {
            return Refusal(actorId, userId);
        }

        if (UserStatuses.Of(user, clock.GetUtcNow()) == UserStatus.Deactivated)
        {
            return ManageUserErrors.AlreadyDeactivated;
        }

        if (user.Assignments.Any(a => a.Role == Role.SystemAdministrator) && !await AnotherActiveSystemAdministratorAsync(userId, ct))
        {
            return ManageUserErrors.LastSystemAdministrator;
        }

        user.LockoutEnabled = true;
        user.LockoutEnd = UserStatuses.DeactivatedUntil;
        await db.SaveChangesAsync(ct);
        return (await GetAsync(userId, ct))!;
    }

    public async Task<Result<UserDetails>> ReactivateAsync(Guid actorId, Guid userId, CancellationToken ct)
    {
        if (await TargetAsync(actorId, userId, ct) is not { } user)
        {
            return Refusal(actorId, userId);
        }

        if (UserStatuses.Of(user, clock.GetUtcNow()) != UserStatus.Deactivated)
        {
            return ManageUserErrors.NotDeactivated;
        }

        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await db.SaveChangesAsync(ct);
        return (await GetAsync(userId, ct))!;
    }

    /// <summary>Lifts the lockout after too many failed sign-ins at once (instead of waiting it out).</summary>
    public async Task<Result<UserDetails>> UnlockAsync(Guid actorId, Guid userId, CancellationToken ct)
    {
        if (await TargetAsync(actorId, userId, ct) is not { } user)
        {
            return Refusal(actorId, userId);
        }

        if (await StatusAsync(user, ct) != UserStatus.LockedOut)
        {
            return ManageUserErrors.NotLockedOut;
        }

        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await Account.PasswordSignIn.ClearFailuresAsync(db, userId, ct);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(userId, ct))!;
    }

    /// <summary>A new invitation link (the earlier one stops working once a password is set, and expires anyway).</summary>
    public async Task<Result<UserDetails>> ResendInvitationAsync(Guid actorId, Guid userId, string linkBase, CancellationToken ct)
    {
        if (await TargetAsync(actorId, userId, ct) is not { } user)
        {
            return Refusal(actorId, userId);
        }

        if (UserStatuses.Of(user, clock.GetUtcNow()) != UserStatus.Invited)
        {
            return ManageUserErrors.NotInvited;
        }

        await invitations.EnqueueAsync(user, linkBase, ct);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(userId, ct))!;
    }

    /// <summary>
    /// Saves a role change; an invited user then gets a new link (the change ended the old one), in the same transaction
    /// (the guard's, when there is one).
    /// </summary>
    private async Task SaveAndReinviteAsync(AppUser user, string? linkBase, CancellationToken ct)
    {
        var invited = UserStatuses.Of(user, clock.GetUtcNow()) == UserStatus.Invited && linkBase is not null;
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct);
        if (invited)
        {
            await invitations.EnqueueAsync(user, linkBase!, ct);
            await db.SaveChangesAsync(ct);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
    }

    /// <summary>
    /// Runs a change that may take away an active system administrator so that two such changes at once cannot both
    /// pass the last-administrator check and then both save (check-then-act): all of it, the reads included, in one
    /// serializable transaction. SQLite begins it IMMEDIATE, taking the write lock first, so the second change waits
    /// and then reads what the first saved; PostgreSQL fails one of two overlapping ones with a serialization failure,
    /// answered here as a 409 (fetch and try again), never a 500 and never both saved.
    /// </summary>
    private async Task<Result<UserDetails>> GuardedAsync(Func<Task<Result<UserDetails>>> change, CancellationToken ct)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            var result = await change();
            if (result.IsSuccess)
            {
                await transaction.CommitAsync(ct);
            }

            return result;
        }
        catch (Exception e) when (DatabaseErrors.IsSerializationFailure(e))
        {
            db.ChangeTracker.Clear();
            return CommonErrors.ConcurrencyConflict;
        }
    }

    /// <summary>The account's status, counting an address blocked after failed sign-ins as a lockout.</summary>
    private async Task<UserStatus> StatusAsync(AppUser user, CancellationToken ct) => (await StateAsync(user, ct)).Status;

    /// <summary>The account's status as the users list shows it (<see cref="UserStatuses.Of(AppUser, DateTimeOffset, DateTimeOffset?)"/>), with when a lockout ends.</summary>
    private async Task<(UserStatus Status, DateTimeOffset? LockedUntil)> StateAsync(AppUser user, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var blocked = await Account.PasswordSignIn.BlockedUntilAsync(db, user.Id, now, ct);
        return UserStatuses.Of(user, now, blocked.TryGetValue(user.Id, out var until) ? until : null);
    }

    /// <summary>The user to change, tracked with their roles; null when it is the actor themself or no such user.</summary>
    private async Task<AppUser?> TargetAsync(Guid actorId, Guid userId, CancellationToken ct) =>
        actorId == userId ? null : await db.Users.Include(u => u.Assignments).FirstOrDefaultAsync(u => u.Id == userId, ct);

    private static Error Refusal(Guid actorId, Guid userId) => actorId == userId ? ManageUserErrors.OwnAccount : UserErrors.UserNotFound;

    private async Task<bool> AnotherActiveSystemAdministratorAsync(Guid userId, CancellationToken ct)
    {
        // Lockouts are compared here, not in SQL (SQLite cannot compare DateTimeOffset values); there are few administrators.
        var now = clock.GetUtcNow();
        var others = await db.Users.AsNoTracking()
            .Where(u => u.Id != userId && db.RoleAssignments.Any(a => a.UserId == u.Id && a.Role == Role.SystemAdministrator))
            .Select(u => u.LockoutEnd).ToListAsync(ct);
        return others.Any(end => end is null || end <= now);
    }
}
