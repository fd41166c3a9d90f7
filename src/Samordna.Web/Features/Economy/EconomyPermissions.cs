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

    public static IReadOnlyList<PermissionDefinition> Definitions { get; } =
    [
        new(ViewBudget, "Se förbundets budget", PermissionScope.Association, [.. Roles.National, .. Roles.AllAssociationRoles]),
        new(ManageBudget, "Upprätta budget, skicka den på samråd och registrera styrelsens beslut", PermissionScope.Association, [Role.AssociationAdministrator]),
        new(CommentBudget, "Lämna en medlems synpunkter på budgetförslaget", PermissionScope.Association, [Role.AssociationAdministrator, Role.MemberRepresentative]),
    ];
}
