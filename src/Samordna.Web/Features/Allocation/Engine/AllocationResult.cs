namespace Samordna.Web.Features.Allocation.Engine;

/// <summary>Why an association's floor is what it is.</summary>
public enum FloorReason
{
    /// <summary>The base amount G, the floor for everyone.</summary>
    BaseAmount,

    /// <summary>(1 − d) × last year's allocation, above G: the protection against a large yearly decrease.</summary>
    MaxYearlyDecrease,

    /// <summary>The association asked for less than its floor, so the floor was lowered to what it asked for.</summary>
    LoweredToAskedAmount,
}

/// <summary>Why an association has a ceiling.</summary>
public enum CeilingReason
{
    None,

    /// <summary>The association asked for this amount (when it is also the lower of two ceilings).</summary>
    AskedAmount,

    /// <summary>Equity above the reasonable level: model amount less r × the excess, never below G.</summary>
    EquityCap,
}

/// <summary>Which bound decides the exact amount.</summary>
public enum BindingBound
{
    /// <summary>The association gets λ × its model amount.</summary>
    None,
    Floor,
    Ceiling,
}

/// <summary>Where the size used for the reasonable equity level comes from.</summary>
public enum EquitySizeBasis
{
    /// <summary>2 × last year's allocation: the yearly funding including the members' matching.</summary>
    PreviousAllocation,

    /// <summary>2 × this year's model amount, for an association without a previous allocation.</summary>
    ModelAmount,
}

/// <summary>How the equity rule was applied to one association. Amounts are exact kronor.</summary>
public sealed record EquityAssessment
{
    public required Rational Size { get; init; }

    public required EquitySizeBasis SizeBasis { get; init; }

    /// <summary>The reasonable equity level: the override when given, else tier rate × size.</summary>
    public required Rational ReasonableLevel { get; init; }

    /// <summary>True when the level came from <see cref="AssociationInput.ReasonableEquityOverride"/>.</summary>
    public required bool IsOverride { get; init; }

    /// <summary>The tier used, or null when the override was used.</summary>
    public EquityTier? Tier { get; init; }

    public Sek? ForecastEquity { get; init; }

    /// <summary>True only when a forecast exists and is strictly above the reasonable level.</summary>
    public required bool IsAboveReasonableLevel { get; init; }

    /// <summary>Forecast − reasonable level when above, else 0.</summary>
    public required Rational Excess { get; init; }

    /// <summary>max(G, M − r × excess) when above, else null.</summary>
    public Rational? Cap { get; init; }
}

/// <summary>The allocation of one association, with every intermediate figure and a Swedish explanation.</summary>
public sealed record AssociationAllocation
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required decimal SupportMeasure { get; init; }

    public required long WorkingAgePopulation { get; init; }

    /// <summary>M_i, exact kronor.</summary>
    public required Rational ModelAmountExact { get; init; }

    /// <summary>M_i rounded to whole öre (half away from zero), for display only.</summary>
    public required Sek ModelAmount { get; init; }

    /// <summary>The floor, exact kronor.</summary>
    public required Rational Floor { get; init; }

    public required FloorReason FloorReason { get; init; }

    /// <summary>The ceiling, exact kronor; null = no ceiling.</summary>
    public Rational? Ceiling { get; init; }

    public required CeilingReason CeilingReason { get; init; }

    public required EquityAssessment Equity { get; init; }

    public required BindingBound Binding { get; init; }

    /// <summary>A_i = min(ceiling, max(floor, λ × M_i)), exact kronor; these sum exactly to the frame.</summary>
    public required Rational ExactAmount { get; init; }

    /// <summary>The allocation in whole kronor (largest remainder of the exact amounts); these sum exactly to the frame.</summary>
    public required Sek Amount { get; init; }

    public Sek? PreviousAllocation { get; init; }

    /// <summary>Amount − previous allocation; null without a previous allocation.</summary>
    public Sek? ChangeFromPrevious { get; init; }

    /// <summary>The change as a fraction of the previous allocation (0.0123 = +1.23 %), 4 decimals; null without a previous allocation or when it was 0.</summary>
    public decimal? ChangeFraction { get; init; }

    /// <summary>"Why this amount": ordered Swedish steps with the actual numbers.</summary>
    public required IReadOnlyList<string> Explanation { get; init; }
}

/// <summary>The allocation of one year's frame to all associations.</summary>
public sealed record AllocationResult
{
    public required AllocationParameters Parameters { get; init; }

    /// <summary>The balancing factor: everyone unbound gets λ × their model amount. The smallest λ that balances.</summary>
    public required Rational Lambda { get; init; }

    /// <summary>ΣF over all associations, kronor.</summary>
    public required decimal TotalSupportMeasure { get; init; }

    /// <summary>ΣP over all associations.</summary>
    public required long TotalWorkingAgePopulation { get; init; }

    /// <summary>Σ M_i; equals the frame unless ΣF or ΣP is zero.</summary>
    public required Rational TotalModelAmount { get; init; }

    public required Rational TotalFloors { get; init; }

    /// <summary>Σ ceilings; null when some association has no ceiling (the sum is unbounded).</summary>
    public Rational? TotalCeilings { get; init; }

    /// <summary>Σ final amounts; always equal to the frame.</summary>
    public required Sek TotalAmount { get; init; }

    /// <summary>In the order the associations were given.</summary>
    public required IReadOnlyList<AssociationAllocation> Associations { get; init; }
}
