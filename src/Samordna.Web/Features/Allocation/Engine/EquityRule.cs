namespace Samordna.Web.Features.Allocation.Engine;

/// <summary>
/// The equity rule of the state allocation model (finsam-law-economics.md §2.2, §3): the association's size is
/// 2 × last year's allocation (or 2 × this year's model amount without one); the reasonable equity level is the
/// first tier's rate × size whose upper limit the size does not pass (or the association's own override); a forecast
/// strictly above the level is the excess, and the allocation is capped at max(G, model − r × excess). Pure and exact.
/// The allocation engine and the economy area's equity page both call this, so there is one rule.
/// </summary>
public static class EquityRule
{
    /// <param name="previousAllocation">Last year's state allocation, if any (the size is then 2 × it).</param>
    /// <param name="forecastEquity">The equity forecast at the end of the year before the allocation year, if any.</param>
    /// <param name="reasonableOverride">A reasonable level set for the association; wins over the tiers.</param>
    /// <param name="modelAmount">The model amount M for the allocation year, exact kronor.</param>
    /// <param name="parameters">The allocation year's parameters: tiers, reduction share r and base amount G.</param>
    public static EquityAssessment Assess(Sek? previousAllocation, Sek? forecastEquity, Sek? reasonableOverride, Rational modelAmount, AllocationParameters parameters)
    {
        var g = ExactMoney.Kronor(parameters.BaseAmount);
        var (size, basis) = previousAllocation is { } previous
            ? (2 * ExactMoney.Kronor(previous), EquitySizeBasis.PreviousAllocation)
            : (2 * modelAmount, EquitySizeBasis.ModelAmount);

        EquityTier? tier = null;
        Rational reasonable;
        if (reasonableOverride is { } level)
        {
            reasonable = ExactMoney.Kronor(level);
        }
        else
        {
            tier = parameters.EquityTiers.First(t => t.UpTo is not { } upTo || size <= ExactMoney.Kronor(upTo));
            reasonable = Rational.FromDecimal(tier.Rate) * size;
        }

        var above = forecastEquity is { } equity && ExactMoney.Kronor(equity) > reasonable;
        var excess = above ? ExactMoney.Kronor(forecastEquity!.Value) - reasonable : Rational.Zero;
        Rational? cap = above ? Rational.Max(g, modelAmount - Rational.FromDecimal(parameters.EquityReductionShare) * excess) : null;
        return new EquityAssessment
        {
            Size = size,
            SizeBasis = basis,
            ReasonableLevel = reasonable,
            IsOverride = tier is null,
            Tier = tier,
            ForecastEquity = forecastEquity,
            IsAboveReasonableLevel = above,
            Excess = excess,
            Cap = cap,
        };
    }

    /// <summary>
    /// How much the equity cap takes from the model amount: M − cap when above the level (at most M − G, never
    /// negative), else 0. Exact kronor.
    /// </summary>
    public static Rational Reduction(EquityAssessment assessment, Rational modelAmount) =>
        assessment.Cap is { } cap && cap < modelAmount ? modelAmount - cap : Rational.Zero;
}
