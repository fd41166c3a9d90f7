namespace Samordna.Web.Features.Registry.Data;

/// <summary>What happened to an association's membership on a date.</summary>
public enum MembershipEventKind
{
    /// <summary>An organisation joined (utvidgning).</summary>
    Join,

    /// <summary>A member left after notice (utträde).</summary>
    Exit,

    /// <summary>This association continued and took over another association's members (sammanslagning).</summary>
    Merger,

    /// <summary>This association ended by merging into another one.</summary>
    MergedInto,

    /// <summary>The association went into liquidation (likvidation).</summary>
    Liquidation,

    /// <summary>The association was dissolved (upplöst).</summary>
    Dissolution,
}

/// <summary>
/// One dated membership event. <see cref="EffectiveDate"/> is always the first day of the new state: the first day as a
/// member, the first day no longer a member, the first day the merged association exists, the first day of liquidation,
/// the first day the association no longer exists. Events are facts: they are recorded, never edited.
/// </summary>
public sealed class MembershipEvent : IAssociationOwned, IAudited, IPublicData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public MembershipEventKind Kind { get; set; }

    public DateOnly EffectiveDate { get; set; }

    /// <summary>For an exit: the day notice was given (uppsägning).</summary>
    public DateOnly? NoticeDate { get; set; }

    /// <summary>When the deciding body (fullmäktige, the agency, the members) decided.</summary>
    public DateOnly? DecisionDate { get; set; }

    /// <summary>Where the decision is found, e.g. "KF 2014-04-09 § 45".</summary>
    public string? Reference { get; set; }

    /// <summary>For a join or an exit: the member organisation.</summary>
    public Guid? OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>For a merger: the other association.</summary>
    public Guid? CounterpartAssociationId { get; set; }

    /// <summary>The other association's name when the event was recorded (another association's row is out of this one's scope).</summary>
    public string? CounterpartName { get; set; }

    /// <summary>For a merger: the equity settled between the associations.</summary>
    public Sek? EquitySettled { get; set; }

    public string? Note { get; set; }

    public static string SwedishKind(MembershipEventKind kind) => kind switch
    {
        MembershipEventKind.Join => "Inträde (utvidgning)",
        MembershipEventKind.Exit => "Utträde",
        MembershipEventKind.Merger => "Sammanslagning (övertog förbund)",
        MembershipEventKind.MergedInto => "Sammanslagning (gick upp i förbund)",
        MembershipEventKind.Liquidation => "Likvidation",
        MembershipEventKind.Dissolution => "Upplösning",
        _ => kind.ToString(),
    };
}
