namespace Samordna.Web.Features.Todo;

/// <summary>Rights over the association's to-do list.</summary>
public static class TodoPermissions
{
    /// <summary>See the association's to-do list (each user only the items that concern them).</summary>
    public const string View = "todo.view";

    public static IReadOnlyList<PermissionDefinition> Definitions { get; } =
    [
        new(View, "Se förbundets att göra-lista (det som gäller den egna rollen)", PermissionScope.Association, [.. Roles.National, .. Roles.AllAssociationRoles]),
    ];
}
