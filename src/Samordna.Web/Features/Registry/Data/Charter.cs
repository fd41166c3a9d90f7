namespace Samordna.Web.Features.Registry.Data;

/// <summary>How several municipalities (or regions) divide their party's quarter, or a member its share among its units.</summary>
public enum SplitKeyKind
{
    /// <summary>By working-age population.</summary>
    Population,

    /// <summary>By försörjningsmått (support measure).</summary>
    SupportMeasure,

    /// <summary>By fixed shares written into the charter (see <see cref="CharterMemberShare"/>).</summary>
    FixedShares,

    /// <summary>Equal parts.</summary>
    EqualShares,

    /// <summary>A weighted mix of population and support measure.</summary>
    WeightedMix,
}

/// <summary>
/// One dated version of an association's charter (förbundsordning): the facts the rules need. A new version needs
/// every member's decision (R13): it takes effect on <see cref="ValidFrom"/>, or on the last decision if that comes
/// later, once every organisation that is a member on <see cref="ValidFrom"/> has decided (see Rules/CharterRule), and
/// applies until a later version takes effect.
/// </summary>
public sealed class CharterVersion : IAssociationOwned, IVersioned, IAudited, IPublicData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public DateOnly ValidFrom { get; set; }

    /// <summary>Ledamöter each member appoints (at least one; as many ersättare), unless <see cref="BoardSeats"/> says otherwise for it.</summary>
    public int BoardSeatsPerMember { get; set; } = 1;

    /// <summary>Board term in years if the charter sets one shorter than the law's four; null means four.</summary>
    public int? MandatePeriodYears { get; set; }

    /// <summary>Notice period for a member's exit, in months; the law's default is three years (36).</summary>
    public int NoticePeriodMonths { get; set; } = 36;

    /// <summary>Matters that need a qualified majority, as the charter words them.</summary>
    public string? QualifiedMajorityMatters { get; set; }

    public SplitKeyKind MunicipalSplitKey { get; set; } = SplitKeyKind.Population;

    public SplitKeyKind RegionSplitKey { get; set; } = SplitKeyKind.Population;

    /// <summary>For <see cref="SplitKeyKind.WeightedMix"/>: the population weight (the support measure gets the rest).</summary>
    public decimal? MixPopulationWeight { get; set; }

    public string? Note { get; set; }

    public long Version { get; set; }

    public List<CharterMemberShare> FixedShares { get; set; } = [];

    /// <summary>Members with another number of seats than <see cref="BoardSeatsPerMember"/>.</summary>
    public List<CharterBoardSeat> BoardSeats { get; set; } = [];

    /// <summary>Each member's decision to adopt this version.</summary>
    public List<CharterMemberDecision> Decisions { get; set; } = [];

    /// <summary>Ledamöter (and as many ersättare) the member appoints under this version.</summary>
    public int SeatsFor(Guid organisationId) =>
        BoardSeats.FirstOrDefault(s => s.OrganisationId == organisationId)?.Seats ?? BoardSeatsPerMember;

    public static string SwedishSplitKey(SplitKeyKind kind) => kind switch
    {
        SplitKeyKind.Population => "Efter invånare i arbetsför ålder",
        SplitKeyKind.SupportMeasure => "Efter försörjningsmått",
        SplitKeyKind.FixedShares => "Fasta andelar",
        SplitKeyKind.EqualShares => "Lika delar",
        SplitKeyKind.WeightedMix => "Viktad blandning av invånare och försörjningsmått",
        _ => kind.ToString(),
    };
}

/// <summary>A member whose number of board seats differs from the charter's default.</summary>
public sealed class CharterBoardSeat : IAssociationOwned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid CharterVersionId { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>Ledamöter, and as many ersättare (10 § of the law).</summary>
    public int Seats { get; set; }
}

/// <summary>One member's decision to adopt a charter version (fullmäktige in a municipality or region, the agency for FK and AF).</summary>
public sealed class CharterMemberDecision : IAssociationOwned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid CharterVersionId { get; set; }

    public Guid OrganisationId { get; set; }

    public DateOnly DecidedOn { get; set; }

    /// <summary>Where the decision is found, e.g. "KF 2023-11-20 § 112".</summary>
    public string? Reference { get; set; }
}

/// <summary>A member's fixed share in a charter with <see cref="SplitKeyKind.FixedShares"/>.</summary>
public sealed class CharterMemberShare : IAssociationOwned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid CharterVersionId { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>Share of its party's quarter, e.g. 0.35. Shares of one party sum to 1.</summary>
    public decimal Share { get; set; }
}
