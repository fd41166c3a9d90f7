namespace Samordna.Web.Features.Allocation.Engine;

/// <summary>One allocation year as the model amount sees it: the year's parameters and every association's F and P.</summary>
public sealed record ModelYear(AllocationParameters Parameters, IReadOnlyList<AssociationInput> Associations);

/// <summary>
/// An association's change from last year's allocation split into four parts that sum exactly to the change
/// (docs/allocation-model.md §2.6). All amounts are whole kronor.
/// </summary>
public sealed record ChangeDecomposition
{
    /// <summary>Last year's allocation.</summary>
    public required Sek Previous { get; init; }

    /// <summary>This year's allocation.</summary>
    public required Sek Current { get; init; }

    /// <summary>Current − previous; always equal to the sum of the four parts.</summary>
    public Sek Change => Current - Previous;

    /// <summary>Last year's model share (S · M_i / ΣM, no floor or ceiling), nearest krona.</summary>
    public required Sek ModelSharePrevious { get; init; }

    /// <summary>This year's model share, nearest krona.</summary>
    public required Sek ModelShareCurrent { get; init; }

    /// <summary>Part 1: this year's frame and model parameters (S, G, weights) on last year's statistics.</summary>
    public required Sek Frame { get; init; }

    /// <summary>Part 2: the association's own support measure and population, from last year's to this year's.</summary>
    public required Sek OwnStatistics { get; init; }

    /// <summary>Part 3: the other associations' statistics (and which associations there are), from last year's to this year's.</summary>
    public required Sek OtherStatistics { get; init; }

    /// <summary>Part 4: what floors, ceilings, balancing and rounding did this year minus what they did last year.</summary>
    public Sek Bounds => BoundsCurrent - BoundsPrevious;

    /// <summary>Last year's allocation − last year's model share: how much the bounds moved the amount last year.</summary>
    public Sek BoundsPrevious => Previous - ModelSharePrevious;

    /// <summary>This year's allocation − this year's model share.</summary>
    public Sek BoundsCurrent => Current - ModelShareCurrent;

    /// <summary>True when the base amount or the weights changed too (they are in part 1 with the frame).</summary>
    public required bool ModelParametersChanged { get; init; }

    public IReadOnlyList<Sek> Parts => [Frame, OwnStatistics, OtherStatistics, Bounds];
}

/// <summary>
/// Why an allocation changed from last year: a sequential attribution over counterfactual model years, computed with
/// the engine's own model-amount step. Pure and exact; the order is fixed and the attribution depends on it.
/// </summary>
public static class ChangeDecomposer
{
    /// <summary>
    /// Splits <paramref name="current"/> − <paramref name="previous"/> for the association <paramref name="code"/>.
    /// U(year) is the model share S · M_i / ΣM (what the association would get with no floor or ceiling; equal to M_i
    /// whenever ΣM = S). Starting from last year, one input group at a time is switched to this year's, in this order:
    /// (1) the frame and model parameters, (2) the association's own F and P, (3) the other associations (their
    /// statistics, and associations that came or went). Each U is rounded to the nearest krona and each part is the
    /// difference of consecutive rounded U's. Part 4 is (current − U this year) − (previous − U last year): the change
    /// in what floors, ceilings, balancing and rounding did. The four parts therefore sum exactly to the change.
    /// Returns null when the association is missing from either year, or a counterfactual year has no distribution basis.
    /// </summary>
    public static ChangeDecomposition? Decompose(ModelYear lastYear, ModelYear thisYear, string code, Sek previous, Sek current)
    {
        var own = Find(lastYear.Associations, code);
        var ownNow = Find(thisYear.Associations, code);
        if (own is null || ownNow is null)
        {
            return null;
        }

        var switchedOwn = lastYear.Associations
            .Select(a => Same(a.Code, code) ? a with { SupportMeasure = ownNow.SupportMeasure, WorkingAgePopulation = ownNow.WorkingAgePopulation } : a)
            .ToArray();

        var u0 = ModelShare(lastYear.Parameters, lastYear.Associations, code);
        var u1 = ModelShare(thisYear.Parameters, lastYear.Associations, code);
        var u2 = ModelShare(thisYear.Parameters, switchedOwn, code);
        var u3 = ModelShare(thisYear.Parameters, thisYear.Associations, code);
        if (u0 is not { } s0 || u1 is not { } s1 || u2 is not { } s2 || u3 is not { } s3)
        {
            return null;
        }

        var p0 = lastYear.Parameters;
        var p1 = thisYear.Parameters;
        return new ChangeDecomposition
        {
            Previous = previous,
            Current = current,
            ModelSharePrevious = s0,
            ModelShareCurrent = s3,
            Frame = s1 - s0,
            OwnStatistics = s2 - s1,
            OtherStatistics = s3 - s2,
            ModelParametersChanged = p0.BaseAmount != p1.BaseAmount
                || p0.SupportMeasureWeight != p1.SupportMeasureWeight
                || p0.PopulationWeight != p1.PopulationWeight,
        };
    }

    /// <summary>S · M_i / ΣM to the nearest krona, or null without a distribution basis (or ΣM ≤ 0).</summary>
    private static Sek? ModelShare(AllocationParameters parameters, IReadOnlyList<AssociationInput> associations, string code)
    {
        var models = AllocationEngine.ModelAmounts(parameters, associations);
        if (models is null)
        {
            return null;
        }

        var total = Rational.Zero;
        var mine = Rational.Zero;
        for (var i = 0; i < models.Length; i++)
        {
            total += models[i];
            if (Same(associations[i].Code, code))
            {
                mine = models[i];
            }
        }

        return total.Sign <= 0 ? null : ExactMoney.ToWholeKronor(ExactMoney.Kronor(parameters.Frame) * mine / total);
    }

    private static AssociationInput? Find(IReadOnlyList<AssociationInput> associations, string code) =>
        associations.FirstOrDefault(a => Same(a.Code, code));

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
