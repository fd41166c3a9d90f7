namespace Samordna.Web.Features.Governance.Data;

public enum MeetingKind
{
    /// <summary>Ordinarie sammanträde.</summary>
    Ordinary,

    /// <summary>Extra sammanträde.</summary>
    Extra,

    /// <summary>Konstituerande sammanträde (first of a term: elects chair and vice chairs).</summary>
    Constituent,
}

/// <summary>A meeting of the board (styrelsesammanträde).</summary>
public sealed class BoardMeeting : IAssociationOwned, IGovernanceRow, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public DateOnly Date { get; set; }

    public string Place { get; set; } = string.Empty;

    /// <summary>When the meeting starts (Swedish time), if set.</summary>
    public TimeOnly? StartsAt { get; set; }

    /// <summary>The day the notice (kallelse) with the papers went out to the board.</summary>
    public DateOnly? NoticeSentOn { get; set; }

    /// <summary>Who checks the minutes (justerare), by name: usually the chair and one more member chosen at the meeting.</summary>
    public string? MinutesCheckers { get; set; }

    public MeetingKind Kind { get; set; }

    /// <summary>The day the minutes were approved (justerat); decisions are final from then.</summary>
    public DateOnly? MinutesApprovedOn { get; set; }

    /// <summary>True once attendance has been recorded (so "nobody recorded" differs from "nobody came").</summary>
    public bool AttendanceRecorded { get; set; }

    public long Version { get; set; }
}

/// <summary>One item on a meeting's agenda (dagordning), in order.</summary>
public sealed class AgendaItem : IAssociationOwned, IGovernanceRow, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid MeetingId { get; set; }

    public int Position { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public long Version { get; set; }
}

/// <summary>In what capacity a present person took part in a meeting.</summary>
public enum AttendanceCapacity
{
    /// <summary>Tjänstgörande ledamot.</summary>
    BoardMember,

    /// <summary>Tjänstgörande ersättare, in place of an absent ledamot of the same member.</summary>
    ServingSubstitute,

    /// <summary>Närvarande ersättare som inte tjänstgör.</summary>
    NonServingSubstitute,
}

/// <summary>One board appointment present at one meeting. Who serves is worked out by the attendance rule.</summary>
public sealed class MeetingAttendance : IAssociationOwned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid MeetingId { get; set; }

    public Guid AppointmentId { get; set; }

    public AttendanceCapacity Capacity { get; set; }

    /// <summary>For a serving ersättare: the absent ledamot replaced.</summary>
    public Guid? ReplacesAppointmentId { get; set; }
}
