namespace Samordna.Web.Infrastructure.Security;

/// <summary>Where a permission is evaluated.</summary>
public enum PermissionScope
{
    /// <summary>Decided per association: the request's <c>associationId</c> route value must match one of the user's assignments, or the user holds a national role that is granted the permission.</summary>
    Association,

    /// <summary>Decided without an association: only national roles (and roles granted globally) can hold it.</summary>
    National,
}

/// <summary>A named right, declared by the feature area that owns it (see each area's <c>*Permissions.cs</c>).</summary>
public sealed record PermissionDefinition(string Name, string Description, PermissionScope Scope, IReadOnlyList<Role> GrantedTo)
{
    public bool IsGrantedTo(Role role) => GrantedTo.Contains(role);
}
