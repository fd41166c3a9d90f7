namespace Samordna.Web.Features.Compliance;

/// <summary>Rights over the compliance panel.</summary>
public static class CompliancePermissions
{
    /// <summary>See the association's compliance findings.</summary>
    public const string View = "compliance.view";

    public static IReadOnlyList<PermissionDefinition> Definitions { get; } =
    [
        new(View, "Se förbundets regelefterlevnad", PermissionScope.Association, [.. Roles.National, .. Roles.AllAssociationRoles]),
    ];
}
