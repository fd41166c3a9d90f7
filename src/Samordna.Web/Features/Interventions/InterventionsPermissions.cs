namespace Samordna.Web.Features.Interventions;

/// <summary>
/// Rights over the association's interventions. Which life-cycle move a user may make is decided per intervention by
/// <see cref="Lifecycle.InterventionLifecycle"/> (office, preparatory group, or the owner's own staff).
/// </summary>
public static class InterventionsPermissions
{
    /// <summary>See the association's interventions (an intervention owner: those of their own organisation).</summary>
    public const string View = "interventions.view";

    /// <summary>Write and change applications, and the field's reports.</summary>
    public const string Apply = "interventions.apply";

    /// <summary>Make life-cycle moves (the state machine decides which).</summary>
    public const string Move = "interventions.move";

    /// <summary>Money, agreements, payments and publishing in the catalogue.</summary>
    public const string Manage = "interventions.manage";

    public static IReadOnlyList<PermissionDefinition> Definitions { get; } =
    [
        new(View, "Se förbundets insatser", PermissionScope.Association, [.. Roles.National, .. Roles.AllAssociationRoles]),
        new(Apply, "Skriva ansökningar och rapporter för insatser", PermissionScope.Association,
            [.. Roles.National, Role.AssociationAdministrator, Role.InterventionOwner]),
        new(Move, "Flytta insatser i deras livscykel", PermissionScope.Association,
            [.. Roles.National, Role.AssociationAdministrator, Role.PreparatoryGroupMember, Role.InterventionOwner]),
        new(Manage, "Hantera insatsers ekonomi, överenskommelser och publicering", PermissionScope.Association,
            [.. Roles.National, Role.AssociationAdministrator]),
    ];
}
