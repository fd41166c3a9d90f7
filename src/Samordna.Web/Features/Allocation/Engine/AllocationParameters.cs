namespace Samordna.Web.Features.Allocation.Engine;

/// <summary>
/// The parameters of the state allocation model for one year. Every number is data, not a constant:
/// FK and Nationella rådet may change any of them from one year to the next.
/// </summary>
public sealed record AllocationParameters
{
    /// <summary>The allocation year (the year the money is for).</summary>
    public required int Year { get; init; }

    /// <summary>The national state frame S, whole kronor.</summary>
    public required Sek Frame { get; init; }

    /// <summary>The base amount G every association gets first, whole kronor.</summary>
    public Sek BaseAmount { get; init; } = ResearchDefaultBaseAmount;

    /// <summary>Weight w_F of the support measure (försörjningsmått) key.</summary>
    public decimal SupportMeasureWeight { get; init; } = 0.75m;

    /// <summary>Weight w_P of the working-age population key.</summary>
    public decimal PopulationWeight { get; init; } = 0.25m;

    /// <summary>The age band the population figures cover, as text for display ("16–64"; SCB's order now says 16–65).</summary>
    public string AgeBand { get; init; } = "16–64";

    /// <summary>
    /// Largest yearly decrease d (0.10 = at most 10 % lower than last year), or null when no such protection applies that year.
    /// Associations above their reasonable equity level are never protected.
    /// </summary>
    public decimal? MaxYearlyDecrease { get; init; }

    /// <summary>Share r of the equity excess that reduces the allocation (0.5: the state's half of the excess).</summary>
    public decimal EquityReductionShare { get; init; } = 0.5m;

    /// <summary>The tiers that give the reasonable equity level from the association's size, smallest first.</summary>
    public IReadOnlyList<EquityTier> EquityTiers { get; init; } = EquityTier.IllustrativeDefaults;

    public static readonly Sek ResearchDefaultBaseAmount = Sek.FromKronor(400_000L);

    /// <summary>
    /// The defaults found in research (see docs/allocation-model.md): frame 339 MSEK, G = 400 000 kr, 75/25 weights,
    /// the 10 % decrease protection only for 2016 and 2017 (its later status is unknown), r = 0.5 and the
    /// illustrative (unverified) equity tiers. The model was first used for 2016.
    /// </summary>
    public static AllocationParameters ResearchDefaults(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2016);
        return new AllocationParameters
        {
            Year = year,
            Frame = Sek.FromKronor(339_000_000L),
            MaxYearlyDecrease = year <= 2017 ? 0.10m : null,
        };
    }
}

/// <summary>
/// One step of the reasonable-equity table: associations whose size is at most <see cref="UpTo"/> (inclusive;
/// null = no upper limit) may hold <see cref="Rate"/> × size as equity. The rate applies flat to the whole size.
/// </summary>
public sealed record EquityTier(Sek? UpTo, decimal Rate)
{
    /// <summary>
    /// ILLUSTRATIVE, NOT VERIFIED: Nationella rådet's real table (2013-10-02, clarified 2019-06-14) could not be
    /// retrieved. Size ≤ 4 MSEK: 20 %, ≤ 8 MSEK: 15 %, above: 10 %.
    /// </summary>
    public static readonly IReadOnlyList<EquityTier> IllustrativeDefaults =
    [
        new(Sek.FromKronor(4_000_000L), 0.20m),
        new(Sek.FromKronor(8_000_000L), 0.15m),
        new(null, 0.10m),
    ];
}

/// <summary>One association's figures for one allocation year.</summary>
public sealed record AssociationInput
{
    /// <summary>The association's code; unique, and the tie-break key of the rounding rule (ordinal order).</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>F_i: the support measure summed over the association's area, kronor (≥ 0).</summary>
    public required decimal SupportMeasure { get; init; }

    /// <summary>P_i: the working-age population summed over the area (≥ 0).</summary>
    public required long WorkingAgePopulation { get; init; }

    /// <summary>Last year's state allocation, if the association had one.</summary>
    public Sek? PreviousAllocation { get; init; }

    /// <summary>The forecast of equity at the end of the year before the allocation year (may be negative).</summary>
    public Sek? ForecastEquity { get; init; }

    /// <summary>A reasonable equity level set for this association; wins over the tiers.</summary>
    public Sek? ReasonableEquityOverride { get; init; }

    /// <summary>The amount the association asks for when it wants less than the model gives ("it asks for less").</summary>
    public Sek? AskedAmount { get; init; }
}
