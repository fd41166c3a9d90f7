namespace Samordna.Web.Features.Governance;

/// <summary>
/// Rights over the board, auditors, meetings, decisions and discharge. Board members' and auditors' names are
/// administrative personal data: read by the roles that need them, not by intervention owners or participant officers.
/// </summary>
public static class GovernancePermissions
{
    /// <summary>See the board, auditors, meetings, decisions and discharge.</summary>
    public const string View = "governance.view";

    /// <summary>Record and change them.</summary>
    public const string Manage = "governance.manage";

    public static IReadOnlyList<PermissionDefinition> Definitions { get; } =
    [
        new(View, "Se styrelse, revisorer, sammanträden, beslut och ansvarsfrihet", PermissionScope.Association,
            [.. Roles.National, Role.AssociationAdministrator, Role.BoardMember, Role.Auditor, Role.MemberRepresentative]),
        new(Manage, "Registrera och ändra styrelse, revisorer, sammanträden, beslut och ansvarsfrihet", PermissionScope.Association,
            [.. Roles.National, Role.AssociationAdministrator]),
    ];
}
