namespace Samordna.Web.Features.Governance.Data;

/// <summary>What a decision decides, when it is about something the system knows (or will know) by id.</summary>
public enum DecisionLinkKind
{
    None,

    /// <summary>Verksamhetsplan och budget.</summary>
    Budget,

    /// <summary>Beslut om medel till en insats.</summary>
    FundingDecision,

    /// <summary>A charter version (förbundsordning) the board proposes or takes note of.</summary>
    CharterVersion,

    /// <summary>Anything else, described in the link text.</summary>
    Other,

    /// <summary>Årsredovisning: the board's approval of the annual report (for the year before the decision's).</summary>
    AnnualReport,
}

public enum VoteKind
{
    /// <summary>No vote was taken: the decision was made by acclamation.</summary>
    None,

    /// <summary>Votes counted: for, against, abstaining.</summary>
    Counted,

    /// <summary>Roll-call vote: how each serving ledamot voted.</summary>
    RollCall,
}

public enum VoteChoice
{
    For,
    Against,
    Abstain,
}

/// <summary>
/// A numbered decision (§) of a board meeting. Numbers run per calendar year of the meeting, 1, 2, 3 … (see
/// docs/adr/0202). The link to what it decides is typed (kind + id + text) because budgets and interventions are
/// not yet in the system.
/// </summary>
public sealed class BoardDecision : IAssociationOwned, IGovernanceRow, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid MeetingId { get; set; }

    public Guid? AgendaItemId { get; set; }

    /// <summary>The calendar year of the meeting; § numbers are unique within it.</summary>
    public int Year { get; set; }

    /// <summary>The § number.</summary>
    public int Number { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>The decision as worded in the minutes.</summary>
    public string Text { get; set; } = string.Empty;

    public DecisionLinkKind LinkKind { get; set; }

    public Guid? LinkedId { get; set; }

    public string? LinkText { get; set; }

    public VoteKind VoteKind { get; set; }

    public int? VotesFor { get; set; }

    public int? VotesAgainst { get; set; }

    public int? VotesAbstaining { get; set; }

    public long Version { get; set; }

    public List<DecisionVote> Votes { get; set; } = [];
}

/// <summary>One serving ledamot's (or serving ersättare's) vote in a roll-call vote.</summary>
public sealed class DecisionVote : IAssociationOwned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid DecisionId { get; set; }

    public Guid AppointmentId { get; set; }

    public VoteChoice Choice { get; set; }
}
