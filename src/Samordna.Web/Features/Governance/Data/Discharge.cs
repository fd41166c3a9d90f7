namespace Samordna.Web.Features.Governance.Data;

public enum DischargeOutcome
{
    /// <summary>Not yet decided by the member.</summary>
    Pending,

    /// <summary>Ansvarsfrihet beviljad.</summary>
    Granted,

    /// <summary>Ansvarsfrihet vägrad.</summary>
    Refused,
}

/// <summary>One member's decision on discharge (ansvarsfrihet) of the board for one financial year. Each member decides separately.</summary>
public sealed class Discharge : IAssociationOwned, IGovernanceRow, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    /// <summary>The financial year the discharge is about.</summary>
    public int Year { get; set; }

    public Guid OrganisationId { get; set; }

    public DischargeOutcome Outcome { get; set; }

    /// <summary>The date of the member's decision; required unless pending.</summary>
    public DateOnly? DecidedOn { get; set; }

    public string? Note { get; set; }

    public long Version { get; set; }
}
