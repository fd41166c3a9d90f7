using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.Data;

/// <summary>Individinriktad or strukturövergripande: fixed when the intervention is created.</summary>
public enum Orientation
{
    /// <summary>Individinriktad: direct support to people.</summary>
    Individual,

    /// <summary>Strukturövergripande: strengthening cooperation (training, methods, studies).</summary>
    Structural,
}

/// <summary>How the intervention is followed up: fixed when it is created (as in FK's Uppföljning Finsam).</summary>
public enum FollowUpMethod
{
    /// <summary>Participation records without identities (issue "participant follow-up").</summary>
    ParticipantRecords,

    /// <summary>Volyminsats: head-counts by sex only.</summary>
    HeadcountOnly,
}

/// <summary>How a person gets into the intervention.</summary>
public enum AccessRoute
{
    Referral,
    SelfReferral,
    Both,
}

/// <summary>
/// An insats: an activity the association funds and its parties carry out, from idea to final report. Orientation,
/// follow-up method and ESF co-financing are fixed once it exists (a mixed intervention is two interventions).
/// </summary>
public sealed class Intervention : IAssociationOwned, IVersioned, IAudited, IPublicData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public Orientation Orientation { get; set; }

    /// <summary>Preciserad inriktning: a code from the configured list for the orientation.</summary>
    public string PreciseOrientation { get; set; } = string.Empty;

    public FollowUpMethod FollowUpMethod { get; set; }

    public bool EsfCoFinanced { get; set; }

    /// <summary>Insatsägare: the party organisation that runs the intervention; one of <see cref="Parties"/>.</summary>
    public Guid OwnerOrganisationId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    /// <summary>The youngest age the intervention is for.</summary>
    public int AgeFrom { get; set; }

    /// <summary>The oldest age the intervention is for.</summary>
    public int AgeTo { get; set; }

    public string ShortTermGoals { get; set; } = string.Empty;

    public string LongTermGoals { get; set; } = string.Empty;

    public string ExpectedEffects { get; set; } = string.Empty;

    public string ImplementationPlan { get; set; } = string.Empty;

    public string FollowUpPlan { get; set; } = string.Empty;

    public string Risks { get; set; } = string.Empty;

    public AccessRoute AccessRoute { get; set; }

    /// <summary>Where the public asks about the intervention: the provider's function address or phone, never a participant.</summary>
    public string PublicContact { get; set; } = string.Empty;

    public InterventionState State { get; set; }

    /// <summary>The board meeting the application is meant for (the association's rhythm).</summary>
    public Guid? TargetMeetingId { get; set; }

    /// <summary>The beredningsgrupp's recommendation, once prepared.</summary>
    public Recommendation? Recommendation { get; set; }

    public string? PreparationStatement { get; set; }

    /// <summary>Conflicts of interest (jäv) noted during preparation.</summary>
    public string? ConflictsOfInterest { get; set; }

    /// <summary>The board's numbered decision to fund (or reject) it.</summary>
    public Guid? DecisionId { get; set; }

    public DateOnly? AgreementSignedOn { get; set; }

    /// <summary>Why it was withdrawn, rejected or ended early.</summary>
    public string? EndReason { get; set; }

    /// <summary>Shown in the public catalogue (only while active).</summary>
    public bool Published { get; set; }

    /// <summary>Stemmed Swedish words of the public text, fed to the database's full-text index (see docs/adr/0013).</summary>
    public string SearchTerms { get; set; } = string.Empty;

    public bool IsDemo { get; set; }

    public long Version { get; set; }

    public List<InterventionParty> Parties { get; set; } = [];

    public List<InterventionMunicipality> Municipalities { get; set; } = [];

    public List<InterventionTargetGroup> TargetGroups { get; set; } = [];

    public List<InterventionYear> Years { get; set; } = [];
}

/// <summary>
/// A row that belongs to one intervention (a party, a place, a year, a budget line, a report …): its own id, the
/// association it belongs to (the scope filter's key) and the intervention.
/// </summary>
public abstract class InterventionPart : IAssociationOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid InterventionId { get; set; }
}

public enum Recommendation
{
    Approve,
    Reject,
}

/// <summary>A party organisation (member) that takes part.</summary>
public sealed class InterventionParty : InterventionPart, IAudited
{
    public Guid OrganisationId { get; set; }
}

/// <summary>A member municipality the intervention serves ("Vad finns i min kommun?").</summary>
public sealed class InterventionMunicipality : InterventionPart, IPublicData
{
    public string MunicipalityCode { get; set; } = string.Empty;
}

/// <summary>A target group code from the configured list.</summary>
public sealed class InterventionTargetGroup : InterventionPart, IPublicData
{
    public string Code { get; set; } = string.Empty;
}

/// <summary>Planned participants of one calendar year, by sex.</summary>
public sealed class InterventionYear : InterventionPart, IAudited
{
    public int Year { get; set; }

    public int PlannedWomen { get; set; }

    public int PlannedMen { get; set; }

    public int PlannedTotal => PlannedWomen + PlannedMen;
}

/// <summary>One dated, attributed move of the life cycle (the audit log has it too; this is the intervention's own history).</summary>
public sealed class InterventionEvent : InterventionPart, IAudited
{
    public InterventionMove Move { get; set; }

    public InterventionState FromState { get; set; }

    public InterventionState ToState { get; set; }

    public DateTime OccurredAt { get; set; }

    public DateOnly EffectiveDate { get; set; }

    public Guid? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string? Note { get; set; }
}
