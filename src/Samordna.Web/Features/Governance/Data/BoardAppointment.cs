namespace Samordna.Web.Features.Governance.Data;

/// <summary>Whether a person sits on the board as a ledamot or as an ersättare.</summary>
public enum BoardRole
{
    /// <summary>Ledamot: holds a seat and votes.</summary>
    BoardMember,

    /// <summary>Ersättare: steps in for an absent ledamot of the same member, in the decided order.</summary>
    Substitute,
}

/// <summary>Why the person may be appointed at all (12 § lag (2003:1210)).</summary>
public enum EligibilityBasis
{
    /// <summary>Ledamot i det utseende fullmäktige (kommun- eller regionfullmäktige).</summary>
    CouncilMember,

    /// <summary>Ersättare i det utseende fullmäktige.</summary>
    CouncilSubstitute,

    /// <summary>Anställd vid Försäkringskassan eller Arbetsförmedlingen.</summary>
    AgencyEmployee,
}

/// <summary>An office the board elects among its ledamöter.</summary>
public enum BoardOffice
{
    None,

    /// <summary>Ordförande.</summary>
    Chair,

    /// <summary>Vice ordförande (one or two).</summary>
    ViceChair,
}

/// <summary>
/// One person appointed by one member to the board of one association, as ledamot or ersättare, for one term.
/// Administrative personal data: a name only, never a personal identity number. A person who sits on two boards
/// has one appointment in each association.
/// </summary>
public sealed class BoardAppointment : IAssociationOwned, IGovernanceRow, IAudited, IPublicData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public string PersonName { get; set; } = string.Empty;

    /// <summary>The member whose seat this is.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The body that made the appointment; must be the member itself (one municipality cannot represent another).</summary>
    public Guid AppointedByOrganisationId { get; set; }

    public BoardRole Role { get; set; }

    /// <summary>For an ersättare: the order in which the member's ersättare are called in (1 first).</summary>
    public int? SubstituteOrder { get; set; }

    public EligibilityBasis Eligibility { get; set; }

    /// <summary>Date of the appointing body's decision.</summary>
    public DateOnly DecisionDate { get; set; }

    /// <summary>First day of the term.</summary>
    public DateOnly TermStart { get; set; }

    /// <summary>Last day of the term (inclusive), at the latest the day before 1 April after the next general election.</summary>
    public DateOnly TermEnd { get; set; }

    /// <summary>Chair or vice chair, as elected by the board; only a ledamot can hold an office.</summary>
    public BoardOffice Office { get; set; }

    public long Version { get; set; }

    public bool IsActiveOn(DateOnly date) => TermStart <= date && date <= TermEnd;
}
