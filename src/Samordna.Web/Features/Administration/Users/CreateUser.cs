using Microsoft.AspNetCore.Identity;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Administration.Users;

/// <summary>A new user with one first role. Further roles are added with <see cref="AssignRoleHandler"/>.</summary>
public sealed record CreateUserRequest(string? Email, string? DisplayName, string? Password, Role? Role, Guid? AssociationId, Guid? MemberOrganisationId);

public sealed record AssignRoleRequest(Role? Role, Guid? AssociationId, Guid? MemberOrganisationId);

public static class UserErrors
{
    public static readonly Error DuplicateEmail = new("USER_DUPLICATE_EMAIL", "Det finns redan en användare med den e-postadressen.", ErrorKind.Conflict, "email");
    public static readonly Error UnknownAssociation = new("USER_UNKNOWN_ASSOCIATION", "Förbundet finns inte.", ErrorKind.Validation, "associationId");
    public static readonly Error NotAMember = new("USER_NOT_A_MEMBER", "Organisationen är inte medlem i förbundet.", ErrorKind.Validation, "memberOrganisationId");
    public static readonly Error UserNotFound = new("USER_NOT_FOUND", "Användaren finns inte.", ErrorKind.NotFound);
}

public sealed class CreateUserHandler(UserManager<AppUser> users, AppDbContext db, TimeProvider clock)
{
    public static ValidationErrors Validate(CreateUserRequest r)
    {
        var errors = new ValidationErrors();
        if (errors.Required("email", "E-postadress", r.Email) && !r.Email!.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("email", "E-postadressen är inte giltig.");
        }

        errors.Required("displayName", "Namn", r.DisplayName);
        errors.FreeText("displayName", "Namn", r.DisplayName, 200);
        errors.Required("password", "Lösenord", r.Password);
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

    public async Task<Result<Guid>> HandleAsync(CreateUserRequest r, CancellationToken ct)
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
            EmailConfirmed = true,
            DisplayName = r.DisplayName!.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, r.Password!);
        if (!created.Succeeded)
        {
            return new Error("USER_INVALID_PASSWORD", string.Join(" ", created.Errors.Select(e => e.Description)), ErrorKind.Validation, "password");
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

public sealed record UserListItem(Guid Id, string Email, string DisplayName, bool IsLockedOut, IReadOnlyList<string> Roles);

public sealed class ListUsersHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserListItem>> HandleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking().Include(u => u.Assignments).OrderBy(u => u.Email).ToListAsync(ct);
        var associations = await db.Set<Association>().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return users.Select(u => new UserListItem(
                u.Id,
                u.Email ?? string.Empty,
                u.DisplayName,
                u.LockoutEnd is { } end && end > now,
                u.Assignments.Select(a => a.AssociationId is { } id ? $"{a.Role.SwedishName()} ({associations.GetValueOrDefault(id, "?")})" : a.Role.SwedishName()).ToList()))
            .ToList();
    }
}
