namespace Samordna.Web.Features.Allocation;

/// <summary>Rights over the state allocation (national) and the members' contributions (per association).</summary>
public static class AllocationPermissions
{
    /// <summary>See data sets, year parameters, runs and results for all associations.</summary>
    public const string ViewNational = "allocation.view";

    /// <summary>Import data sets, set year parameters, save and decide runs.</summary>
    public const string ManageNational = "allocation.manage";

    /// <summary>Compute an allocation on posted inputs without saving anything.</summary>
    public const string Compute = "allocation.compute";

    /// <summary>Enter an association's own figures for a year (forecast equity, asked amount).</summary>
    public const string EditInputs = "allocation.inputs.edit";

    /// <summary>See the association's allocation and its whole contribution table (a public budget figure).</summary>
    public const string ViewContributions = "allocation.contributions.view";

    /// <summary>Adopt the association's contribution table and set members' internal splits.</summary>
    public const string ManageContributions = "allocation.contributions.manage";

    public static IReadOnlyList<PermissionDefinition> Definitions { get; } =
    [
        new(ViewNational, "Se medelstilldelningens underlag, körningar och resultat för alla förbund", PermissionScope.National,
            [Role.SystemAdministrator, Role.NationalAdministrator]),
        new(ManageNational, "Importera underlag, ändra årets parametrar, spara och besluta körningar", PermissionScope.National,
            [Role.SystemAdministrator, Role.NationalAdministrator]),
        new(Compute, "Beräkna en fördelning på egna uppgifter utan att spara", PermissionScope.National,
            [Role.SystemAdministrator, Role.NationalAdministrator]),
        new(EditInputs, "Lämna förbundets uppgifter till medelstilldelningen (eget kapital, begärt belopp)", PermissionScope.Association,
            [Role.SystemAdministrator, Role.NationalAdministrator, Role.AssociationAdministrator]),
        new(ViewContributions, "Se förbundets tilldelning och hela tabellen med medlemsbidrag", PermissionScope.Association,
            [.. Roles.National, .. Roles.AllAssociationRoles]),
        new(ManageContributions, "Fastställa förbundets medlemsbidrag och medlemmars interna fördelning", PermissionScope.Association,
            [Role.SystemAdministrator, Role.NationalAdministrator, Role.AssociationAdministrator]),
    ];
}
