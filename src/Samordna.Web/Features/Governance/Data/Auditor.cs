namespace Samordna.Web.Features.Governance.Data;

public enum AuditorKind
{
    /// <summary>Förtroendevald revisor utsedd av en kommuns eller regions fullmäktige (possibly jointly with others).</summary>
    MemberAuditor,

    /// <summary>The one authorised auditor Försäkringskassan appoints for the state (FK and AF together).</summary>
    StateAuditor,
}

/// <summary>An auditor (revisor) appointed by one member. A joint auditor is recorded once per appointing member.</summary>
public sealed class Auditor : IAssociationOwned, IGovernanceRow, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public string PersonName { get; set; } = string.Empty;

    /// <summary>For the state auditor: the audit firm.</summary>
    public string? Firm { get; set; }

    public AuditorKind Kind { get; set; }

    public Guid AppointedByOrganisationId { get; set; }

    public DateOnly DecisionDate { get; set; }

    public DateOnly TermStart { get; set; }

    /// <summary>Last day of the assignment, or null while it lasts.</summary>
    public DateOnly? TermEnd { get; set; }

    public long Version { get; set; }

    public bool IsActiveOn(DateOnly date) => TermStart <= date && (TermEnd is null || date <= TermEnd);
}
