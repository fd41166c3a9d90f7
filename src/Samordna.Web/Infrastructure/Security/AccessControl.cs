namespace Samordna.Web.Infrastructure.Security;

/// <summary>
/// The one decision point for "may the current user do this, here". Authorization policies, page filters,
/// navigation and handlers that filter lists all ask this class; nothing else interprets roles.
/// </summary>
public sealed class AccessControl(ICurrentUser user)
{
    public ICurrentUser User => user;

    /// <summary>May the user exercise <paramref name="permission"/> for <paramref name="associationId"/> (null for national permissions)?</summary>
    public async Task<bool> IsAllowedAsync(string permission, Guid? associationId, CancellationToken ct = default)
    {
        if (!user.IsAuthenticated)
        {
            return false;
        }

        var definition = PermissionCatalog.Get(permission);
        var assignments = await user.GetAssignmentsAsync(ct);
        return IsAllowed(definition, assignments, associationId);
    }

    public static bool IsAllowed(PermissionDefinition definition, IReadOnlyList<RoleAssignment> assignments, Guid? associationId)
    {
        foreach (var a in assignments)
        {
            if (!definition.IsGrantedTo(a.Role))
            {
                continue;
            }

            if (a.Role.IsNational())
            {
                return true;
            }

            if (definition.Scope == PermissionScope.Association && associationId is { } id && a.AssociationId == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The associations where the user holds <paramref name="permission"/>; null means "all" (a national role).</summary>
    public async Task<IReadOnlySet<Guid>?> AssociationsWhereAllowedAsync(string permission, CancellationToken ct = default)
    {
        if (!user.IsAuthenticated)
        {
            return new HashSet<Guid>();
        }

        var definition = PermissionCatalog.Get(permission);
        var assignments = await user.GetAssignmentsAsync(ct);
        if (assignments.Any(a => a.Role.IsNational() && definition.IsGrantedTo(a.Role)))
        {
            return null;
        }

        return assignments
            .Where(a => a.AssociationId is not null && definition.IsGrantedTo(a.Role))
            .Select(a => a.AssociationId!.Value)
            .ToHashSet();
    }

    /// <summary>
    /// For a member representative: the member organisations whose own figures the user may read in this
    /// association. Null means the user may read every member's figures (any other role that holds the permission).
    /// </summary>
    public Task<IReadOnlySet<Guid>?> MemberRestrictionAsync(Guid associationId, CancellationToken ct = default) =>
        MemberRestrictionAsync(associationId, null, ct);

    /// <summary>
    /// As <see cref="MemberRestrictionAsync(Guid, CancellationToken)"/>, but only a role that holds
    /// <paramref name="permission"/> lifts the restriction: a representative who is also, say, an intervention owner
    /// (a role without the permission) still sees only their own member.
    /// </summary>
    public async Task<IReadOnlySet<Guid>?> MemberRestrictionAsync(Guid associationId, string? permission, CancellationToken ct = default)
    {
        var definition = permission is null ? null : PermissionCatalog.Get(permission);
        var assignments = await user.GetAssignmentsAsync(ct);
        if (assignments.Any(a => (definition is null || definition.IsGrantedTo(a.Role))
                                 && (a.Role.IsNational() || (a.AssociationId == associationId && a.Role != Role.MemberRepresentative))))
        {
            return null;
        }

        return assignments
            .Where(a => a.AssociationId == associationId && a.Role == Role.MemberRepresentative && a.MemberOrganisationId is not null)
            .Select(a => a.MemberOrganisationId!.Value)
            .ToHashSet();
    }
}
