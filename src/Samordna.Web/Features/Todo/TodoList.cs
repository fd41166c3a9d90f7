namespace Samordna.Web.Features.Todo;

/// <summary>
/// Whose items a user sees in one association: the office and the national roles see everything; otherwise the board
/// members the board's items, the preparatory group its own, a member representative their member's, an intervention
/// owner their organisation's as owner. Auditors and participant officers have no items of their own.
/// </summary>
public sealed record TodoViewer(bool SeesAll, bool Board, bool PreparatoryGroup, IReadOnlySet<Guid> Members, IReadOnlySet<Guid> Owners)
{
    public static TodoViewer For(IEnumerable<RoleAssignment> assignments, Guid associationId)
    {
        var here = assignments.Where(a => a.Role.IsNational() || a.AssociationId == associationId).ToList();
        HashSet<Guid> Organisations(Role role) =>
            here.Where(a => a.Role == role && a.MemberOrganisationId is not null).Select(a => a.MemberOrganisationId!.Value).ToHashSet();
        return new TodoViewer(
            here.Any(a => a.Role.IsNational() || a.Role == Role.AssociationAdministrator),
            here.Any(a => a.Role == Role.BoardMember),
            here.Any(a => a.Role == Role.PreparatoryGroupMember),
            Organisations(Role.MemberRepresentative),
            Organisations(Role.InterventionOwner));
    }

    public bool Sees(TodoAudience audience) => SeesAll || audience.Kind switch
    {
        TodoAudienceKind.Board => Board,
        TodoAudienceKind.PreparatoryGroup => PreparatoryGroup,
        TodoAudienceKind.Member => audience.OrganisationId is { } m && Members.Contains(m),
        TodoAudienceKind.InterventionOwner => audience.OrganisationId is { } o && Owners.Contains(o),
        _ => false,
    };
}

/// <summary>The list's order and who sees what: pure, so the unit tests check them without a database.</summary>
public static class TodoList
{
    private static readonly StringComparer Swedish = StringComparer.Create(SwedishCulture.Instance, false);

    /// <summary>
    /// The items the viewer sees, without the findings another source replaces, ordered: overdue first (the oldest
    /// first), then those with a due date (the nearest first), then those without; within a day by area and text.
    /// </summary>
    public static IReadOnlyList<TodoItem> For(IEnumerable<TodoItem> items, IReadOnlySet<string> replacedFindings, TodoViewer viewer, DateOnly today) =>
        Order(items.Where(i => !replacedFindings.Contains(i.Code) && viewer.Sees(i.Audience)), today);

    public static IReadOnlyList<TodoItem> Order(IEnumerable<TodoItem> items, DateOnly today) =>
        items.OrderBy(i => i.IsOverdueOn(today) ? 0 : i.DueOn is null ? 2 : 1)
            .ThenBy(i => i.DueOn ?? DateOnly.MaxValue)
            .ThenBy(i => i.Area, Swedish)
            .ThenBy(i => i.Text, Swedish)
            .ToList();
}
