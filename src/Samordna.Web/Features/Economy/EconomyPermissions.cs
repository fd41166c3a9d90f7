namespace Samordna.Web.Features.Economy;

/// <summary>Rights over the association's economy.</summary>
public static class EconomyPermissions
{
    /// <summary>Read the budget (a public budget figure once adopted; everyone of the association and the national administrators).</summary>
    public const string ViewBudget = "economy.budget.view";

    /// <summary>Draft the budget, send it for consultation, and record the board's adoption.</summary>
    public const string ManageBudget = "economy.budget.manage";

    /// <summary>Comment on a budget proposal in the consultation: a member's representative for the member, the office for any member.</summary>
    public const string CommentBudget = "economy.budget.comment";

    /// <summary>Read the member report and the members' invoices and payments: a member's representative only their own member's.</summary>
    public const string ViewMemberReport = "economy.members.view";

    /// <summary>Record member invoices (one per member from the adopted contribution table, or one by one) and payments.</summary>
    public const string ManageMemberLedger = "economy.members.manage";

    public static IReadOnlyList<PermissionDefinition> Definitions { get; } =
    [
        new(ViewBudget, "Se förbundets budget", PermissionScope.Association, [.. Roles.National, .. Roles.AllAssociationRoles]),
        new(ManageBudget, "Upprätta budget, skicka den på samråd och registrera styrelsens beslut", PermissionScope.Association, [Role.AssociationAdministrator]),
        new(ViewMemberReport, "Se medlemsrapporten (medlemsrepresentanten bara för sin medlem)", PermissionScope.Association,
            [.. Roles.National, Role.AssociationAdministrator, Role.BoardMember, Role.Auditor, Role.MemberRepresentative]),
        new(ManageMemberLedger, "Registrera fakturor och inbetalningar av medlemsbidrag", PermissionScope.Association, [Role.AssociationAdministrator]),
        new(CommentBudget, "Lämna en medlems synpunkter på budgetförslaget", PermissionScope.Association, [Role.AssociationAdministrator, Role.MemberRepresentative]),
    ];
}
