namespace Samordna.Web.Features.Administration;

public static class AdministrationPermissions
{
    /// <summary>Create users and give them roles.</summary>
    public const string ManageUsers = "admin.users";

    /// <summary>Read an association's audit log.</summary>
    public const string ViewAuditLog = "audit.view";

    public static IReadOnlyList<PermissionDefinition> Definitions { get; } =
    [
        new(ManageUsers, "Hantera användare och roller", PermissionScope.National, [Role.SystemAdministrator]),
        new(ViewAuditLog, "Läsa förbundets granskningslogg", PermissionScope.Association,
            [Role.SystemAdministrator, Role.NationalAdministrator, Role.AssociationAdministrator, Role.Auditor]),
    ];
}
