using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.Web.Features.Allocation.Data;

/// <summary>
/// How one member splits its contribution among its own units in one year, e.g. Stockholm among its district
/// councils by 0.5 × working-age population + 0.5 × financial assistance (the question in the Spånga-Tensta referral).
/// </summary>
public sealed class InternalSplitSetting : IAssociationOwned, IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid OrganisationId { get; set; }

    public int Year { get; set; }

    public SplitKeyKind Key { get; set; }

    /// <summary>For <see cref="SplitKeyKind.WeightedMix"/>: the population weight; financial assistance gets the rest.</summary>
    public decimal? PopulationWeight { get; set; }

    public long Version { get; set; }

    public List<InternalSplitUnit> Units { get; set; } = [];
}

/// <summary>One unit of a member's internal split, with the figures its key needs.</summary>
public sealed class InternalSplitUnit : IAssociationOwned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssociationId { get; set; }

    public Guid SettingId { get; set; }

    public int Position { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public long Population { get; set; }

    public Sek SupportMeasure { get; set; }

    public Sek FinancialAssistance { get; set; }

    public decimal? FixedShare { get; set; }
}
