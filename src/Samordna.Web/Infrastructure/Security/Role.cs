namespace Samordna.Web.Infrastructure.Security;

/// <summary>
/// The roles a user can hold. National roles are held without an association; the others are always held
/// for one association (and a member representative also for one member organisation).
/// </summary>
public enum Role
{
    /// <summary>Systemadministratör: runs the installation, manages users.</summary>
    SystemAdministrator,

    /// <summary>Nationell administratör (Försäkringskassan): national register, allocation runs, reads all associations.</summary>
    NationalAdministrator,

    /// <summary>Förbundsadministratör (förbundschef/kansli): manages one association.</summary>
    AssociationAdministrator,

    /// <summary>Insatsägare: runs funded interventions of one association.</summary>
    InterventionOwner,

    /// <summary>Deltagaransvarig: records pseudonymous participation in one association's interventions.</summary>
    ParticipantOfficer,

    /// <summary>Styrelseledamot: reads the association's governance and finances.</summary>
    BoardMember,

    /// <summary>Medlemsrepresentant: reads the association and its own member's figures.</summary>
    MemberRepresentative,

    /// <summary>Revisor: reads everything of one association, including the audit log.</summary>
    Auditor,

    /// <summary>Beredningsgrupp: an official of a party who prepares funding applications for the board.</summary>
    PreparatoryGroupMember,
}

public static class Roles
{
    public static bool IsNational(this Role role) => role is Role.SystemAdministrator or Role.NationalAdministrator;

    /// <summary>A role held for one member organisation of the association (whose figures, interventions or participants it concerns).</summary>
    public static bool ActsForMember(this Role role) => role is Role.MemberRepresentative or Role.InterventionOwner or Role.ParticipantOfficer;

    public static string SwedishName(this Role role) => role switch
    {
        Role.SystemAdministrator => "Systemadministratör",
        Role.NationalAdministrator => "Nationell administratör",
        Role.AssociationAdministrator => "Förbundsadministratör",
        Role.InterventionOwner => "Insatsägare",
        Role.ParticipantOfficer => "Deltagaransvarig",
        Role.BoardMember => "Styrelseledamot",
        Role.MemberRepresentative => "Medlemsrepresentant",
        Role.Auditor => "Revisor",
        Role.PreparatoryGroupMember => "Beredningsgrupp",
        _ => role.ToString(),
    };

    /// <summary>Every role with an association-scoped reading right.</summary>
    public static readonly Role[] AllAssociationRoles =
    [
        Role.AssociationAdministrator, Role.InterventionOwner, Role.ParticipantOfficer,
        Role.BoardMember, Role.MemberRepresentative, Role.Auditor, Role.PreparatoryGroupMember,
    ];

    public static readonly Role[] National = [Role.SystemAdministrator, Role.NationalAdministrator];
}
