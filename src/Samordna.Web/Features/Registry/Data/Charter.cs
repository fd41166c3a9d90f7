using Samordna.Web.Data;
using Samordna.Web.Infrastructure.Audit;

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
/// every member's decision (R13); the version applies from <see cref="ValidFrom"/> until the next one.
/// </summary>
public sealed class CharterVersion : IAssociationOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public DateOnly ValidFrom { get; set; }

    /// <summary>Ledamöter each member municipality and region appoints (at least one; as many ersättare).</summary>
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
