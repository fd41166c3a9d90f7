using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Registry;

/// <summary>Rights over the association register: associations, members, charter.</summary>
public static class RegistryPermissions
{
    /// <summary>See an association's details and members.</summary>
    public const string View = "registry.view";

    /// <summary>Change an association's details, members and charter.</summary>
    public const string Manage = "registry.manage";

    /// <summary>List, import and export the whole national register.</summary>
    public const string ManageNational = "registry.national";

    public static IReadOnlyList<PermissionDefinition> Definitions { get; } =
    [
        new(View, "Se förbundets uppgifter och medlemmar", PermissionScope.Association,
            [.. Roles.National, .. Roles.AllAssociationRoles]),
        new(Manage, "Ändra förbundets uppgifter och medlemmar", PermissionScope.Association,
            [Role.SystemAdministrator, Role.NationalAdministrator, Role.AssociationAdministrator]),
        new(ManageNational, "Förvalta det nationella registret", PermissionScope.National,
            [Role.SystemAdministrator, Role.NationalAdministrator]),
    ];
}
