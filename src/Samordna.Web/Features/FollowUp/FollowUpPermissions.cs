namespace Samordna.Web.Features.FollowUp;

/// <summary>
/// Rights over follow-up. Records are read and written only by participant officers, and only for the interventions
/// their own organisation runs (<see cref="FollowUpActor"/>); everyone else, the office and FK included, reads aggregates.
/// </summary>
public static class FollowUpPermissions
{
    /// <summary>Read the association's follow-up in aggregates, with small counts suppressed.</summary>
    public const string ViewAggregates = "followup.aggregates";

    /// <summary>Enrol, exit and correct participation records of the own organisation's interventions.</summary>
    public const string Record = "followup.record";

    /// <summary>Enter head-counts by sex.</summary>
    public const string Count = "followup.count";

    /// <summary>Add and retire the association's extra questions (closed answers only).</summary>
    public const string Questions = "followup.questions";

    public static IReadOnlyList<PermissionDefinition> Definitions { get; } =
    [
        new(ViewAggregates, "Se uppföljningens sammanställningar (små tal dolda)", PermissionScope.Association, [.. Roles.National, .. Roles.AllAssociationRoles]),
        new(Record, "Registrera deltagare i den egna organisationens insatser", PermissionScope.Association, [Role.ParticipantOfficer]),
        new(Count, "Registrera antal deltagare per kön", PermissionScope.Association, [Role.AssociationAdministrator, Role.ParticipantOfficer]),
        new(Questions, "Lägga till och avsluta förbundets tilläggsfrågor i deltagaruppföljningen", PermissionScope.Association, [Role.AssociationAdministrator]),
    ];
}
