namespace Samordna.Web.Features.Registry;

/// <summary>Rights over the association register: associations, members, charter.</summary>
public static class RegistryPermissions
{
    /// <summary>See an association's details and members.</summary>
    public const string View = "registry.view";

    /// <summary>Change an association's details, members and charter.</summary>
    public const string Manage = "registry.manage";

    /// <summary>Put an association into liquidation or dissolve it: national administrators only, though scoped to the association's address.</summary>
    public const string ManageLifecycle = "registry.lifecycle";

    /// <summary>Create associations, merge them, import and export the whole national register.</summary>
    public const string ManageNational = "registry.national";

    public static IReadOnlyList<PermissionDefinition> Definitions { get; } =
    [
        new(View, "Se förbundets uppgifter och medlemmar", PermissionScope.Association,
            [.. Roles.National, .. Roles.AllAssociationRoles]),
        new(Manage, "Ändra förbundets uppgifter och medlemmar", PermissionScope.Association,
            [Role.SystemAdministrator, Role.NationalAdministrator, Role.AssociationAdministrator]),
        new(ManageLifecycle, "Registrera likvidation och upplösning av förbundet", PermissionScope.Association,
            [Role.SystemAdministrator, Role.NationalAdministrator]),
        new(ManageNational, "Förvalta det nationella registret: nya förbund, sammanslagningar, import och export", PermissionScope.National,
            [Role.SystemAdministrator, Role.NationalAdministrator]),
    ];
}
