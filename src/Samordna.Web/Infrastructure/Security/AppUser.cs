using Microsoft.AspNetCore.Identity;

namespace Samordna.Web.Infrastructure.Security;

/// <summary>
/// A person who signs in: staff of an association, of a member organisation or of FK. Never a participant.
/// Holds only administrative personal data (name, work e-mail).
/// </summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Created by the demo seeder. A production start refuses to run while any such user exists.</summary>
    public bool IsDemo { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<RoleAssignment> Assignments { get; set; } = [];
}

/// <summary>One role held by one user, for one association (and member) where the role is scoped.</summary>
public sealed class RoleAssignment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public Role Role { get; set; }

    /// <summary>Null only for national roles.</summary>
    public Guid? AssociationId { get; set; }

    /// <summary>For <see cref="Role.MemberRepresentative"/>: the member organisation whose figures the user may read.</summary>
    public Guid? MemberOrganisationId { get; set; }

    public DateTime CreatedAt { get; set; }
}
