namespace Samordna.Web.Features.Allocation.Data;

/// <summary>
/// The model's parameters for one allocation year, as national administrators set them (defaults from the research,
/// see <see cref="Engine.AllocationParameters.ResearchDefaults"/>). Edits carry the version read (409 when stale) and are audited.
/// A saved run copies them (see <see cref="AllocationRun.ParametersJson"/>), so a later edit never changes a run.
/// </summary>
public sealed class AllocationYearParameters : IVersioned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The allocation year (the year the money is for). Unique.</summary>
    public int Year { get; set; }

    public Sek Frame { get; set; }

    public Sek BaseAmount { get; set; }

    public decimal SupportMeasureWeight { get; set; }

    public decimal PopulationWeight { get; set; }

    public string AgeBand { get; set; } = string.Empty;

    /// <summary>d, or null when no decrease protection applies this year.</summary>
    public decimal? MaxYearlyDecrease { get; set; }

    public decimal EquityReductionShare { get; set; }

    /// <summary>The equity tiers in their stored text form: "4000000:0.2|8000000:0.15|*:0.1" (see <see cref="Files.EquityTiersText"/>).</summary>
    public string EquityTiers { get; set; } = string.Empty;

    /// <summary>The date whose memberships make up each association's area (default 1 January of the year).</summary>
    public DateOnly ReferenceDate { get; set; }

    /// <summary>Free text: where the figures come from, what is unverified.</summary>
    public string? Note { get; set; }

    public long Version { get; set; }
}
