using Microsoft.AspNetCore.Identity;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Administration.Users;

/// <summary>
/// A new user with one first role. Without a password (the page and the API never send one) the user is invited: an
/// e-mail with a one-time link where they set their own password, so no administrator ever knows it. A password is
/// given only by code that seeds users (tests, demo). Further roles are added with <see cref="ManageUserHandler"/>.
/// </summary>
public sealed record CreateUserRequest(string? Email, string? DisplayName, string? Password, Role? Role, Guid? AssociationId, Guid? MemberOrganisationId);

/// <summary>An invitation: who, and the first role. The user sets their own password through the link in the e-mail.</summary>
public sealed record InviteUserRequest(string? Email, string? DisplayName, Role? Role, Guid? AssociationId, Guid? MemberOrganisationId)
{
    public CreateUserRequest AsCreate() => new(Email, DisplayName, null, Role, AssociationId, MemberOrganisationId);
}

public sealed record AssignRoleRequest(Role? Role, Guid? AssociationId, Guid? MemberOrganisationId);

public static class UserErrors
{
    public static readonly Error DuplicateEmail = new("USER_DUPLICATE_EMAIL", "Det finns redan en användare med den e-postadressen.", ErrorKind.Conflict, "email");
    public static readonly Error UnknownAssociation = new("USER_UNKNOWN_ASSOCIATION", "Förbundet finns inte.", ErrorKind.Validation, "associationId");
    public static readonly Error NotAMember = new("USER_NOT_A_MEMBER", "Organisationen är inte medlem i förbundet.", ErrorKind.Validation, "memberOrganisationId");
    public static readonly Error UserNotFound = new("USER_NOT_FOUND", "Användaren finns inte.", ErrorKind.NotFound);
}

public sealed class CreateUserHandler(UserManager<AppUser> users, AppDbContext db, TimeProvider clock, Invitations invitations)
{
    public static ValidationErrors Validate(CreateUserRequest r)
    {
        var errors = new ValidationErrors();
        if (errors.Required("email", "E-postadress", r.Email) && !r.Email!.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("email", "E-postadressen är inte giltig.");
        }

        else if (r.Email is { Length: > 256 })
        {
            errors.Add("email", "E-postadressen får vara högst 256 tecken.");
        }

        errors.RequiredText("displayName", "Namn", r.DisplayName, 200);
        ValidateRole(errors, new AssignRoleRequest(r.Role, r.AssociationId, r.MemberOrganisationId));
        return errors;
    }

    public static void ValidateRole(ValidationErrors errors, AssignRoleRequest r)
    {
        if (!errors.Required("role", "Roll", r.Role))
        {
            return;
        }

        if (r.Role!.Value.IsNational() && r.AssociationId is not null)
        {
            errors.Add("associationId", "En nationell roll gäller alla förbund; ange inget förbund.");
        }

        if (!r.Role.Value.IsNational() && r.AssociationId is null)
        {
            errors.Add("associationId", "Förbund måste anges för den här rollen.");
        }

        if (r.Role is { } role && role.ActsForMember() && r.MemberOrganisationId is null)
        {
            errors.Add("memberOrganisationId", role switch
            {
                Role.MemberRepresentative => "Medlem måste anges för en medlemsrepresentant.",
                Role.InterventionOwner => "Medlem måste anges för en insatsägare: den organisation vars insatser personen arbetar med.",
                _ => "Medlem måste anges för en deltagaransvarig: den organisation som driver insatserna personen registrerar deltagare i.",
            });
        }

        if (r.Role is { } other && !other.ActsForMember() && r.MemberOrganisationId is not null)
        {
            errors.Add("memberOrganisationId", "Medlem anges bara för medlemsrepresentanter, insatsägare och deltagaransvariga.");
        }
    }

    /// <param name="linkBase">The site's address for the invitation link (<see cref="Invitations.LinkBase"/>); needed when no password is given.</param>
    public async Task<Result<Guid>> HandleAsync(CreateUserRequest r, CancellationToken ct, string? linkBase = null)
    {
        var roleCheck = await CheckRoleTargetAsync(db, new AssignRoleRequest(r.Role, r.AssociationId, r.MemberOrganisationId), ct);
        if (roleCheck is not null)
        {
            return roleCheck;
        }

        if (await users.FindByEmailAsync(r.Email!.Trim()) is not null)
        {
            return UserErrors.DuplicateEmail;
        }

        var user = new AppUser
        {
            UserName = r.Email.Trim(),
            Email = r.Email.Trim(),
            EmailConfirmed = r.Password is not null,
            DisplayName = r.DisplayName!.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };

        // The user, the role and the invitation e-mail are saved together, or none of them.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = r.Password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, r.Password);
        if (!created.Succeeded)
        {
            return new Error("USER_INVALID_PASSWORD", string.Join(" ", created.Errors.Select(e => e.Description)), ErrorKind.Validation, r.Password is null ? "email" : "password");
        }

        db.RoleAssignments.Add(new RoleAssignment
        {
            UserId = user.Id,
            Role = r.Role!.Value,
            AssociationId = r.AssociationId,
            MemberOrganisationId = r.MemberOrganisationId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        if (r.Password is null)
        {
            // After the role is saved: a role change renews the security stamp, which the link's token is bound to.
            await invitations.EnqueueAsync(user, linkBase ?? throw new ArgumentNullException(nameof(linkBase)), ct);
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return user.Id;
    }

    internal static async Task<Error?> CheckRoleTargetAsync(AppDbContext db, AssignRoleRequest r, CancellationToken ct)
    {
        if (r.AssociationId is { } associationId
            && !await db.Set<Association>().IgnoreQueryFilters().AnyAsync(a => a.Id == associationId, ct))
        {
            return UserErrors.UnknownAssociation;
        }

        if (r.MemberOrganisationId is { } memberId
            && !await db.Set<Membership>().IgnoreQueryFilters().AnyAsync(m => m.AssociationId == r.AssociationId && m.OrganisationId == memberId, ct))
        {
            return UserErrors.NotAMember;
        }

        return null;
    }
}

public sealed record UserListItem(Guid Id, string Email, string DisplayName, UserStatus Status, string StatusText, IReadOnlyList<string> Roles);

public sealed class ListUsersHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserListItem>> HandleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking().Include(u => u.Assignments).OrderBy(u => u.Email).ToListAsync(ct);
        var associations = await db.Set<Association>().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var blocked = await Account.PasswordSignIn.BlockedUntilAsync(db, null, now, ct);
        return users.Select(u =>
            {
                var (status, lockedUntil) = UserStatuses.Of(u, now, blocked.TryGetValue(u.Id, out var until) ? until : null);
                return new UserListItem(u.Id, u.Email ?? string.Empty, u.DisplayName, status, status.SwedishText(lockedUntil),
                    u.Assignments.Select(a => a.AssociationId is { } id ? $"{a.Role.SwedishName()} ({associations.GetValueOrDefault(id, "?")})" : a.Role.SwedishName()).ToList());
            })
            .ToList();
    }
}
