using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.UnitTests.Allocation;

/// <summary>Small builders so each test shows only the figures it is about.</summary>
internal static class Build
{
    public static AllocationParameters Parameters(long frame, long baseAmount = 400_000, decimal? maxDecrease = null) => new()
    {
        Year = 2026,
        Frame = Sek.FromKronor(frame),
        BaseAmount = Sek.FromKronor(baseAmount),
        MaxYearlyDecrease = maxDecrease,
    };

    public static AssociationInput Association(
        string code,
        decimal supportMeasure,
        long population,
        long? previous = null,
        long? equity = null,
        long? reasonable = null,
        long? asked = null) => new()
        {
            Code = code,
            Name = "Samordningsförbundet " + code,
            SupportMeasure = supportMeasure,
            WorkingAgePopulation = population,
            PreviousAllocation = previous is { } p ? Sek.FromKronor(p) : null,
            ForecastEquity = equity is { } e ? Sek.FromKronor(e) : null,
            ReasonableEquityOverride = reasonable is { } r ? Sek.FromKronor(r) : null,
            AskedAmount = asked is { } a ? Sek.FromKronor(a) : null,
        };

    /// <summary>
    /// Three associations whose model amounts are 1 200 000, 1 000 000 and 800 000 kr when S = 3 000 000 and G = 400 000:
    /// the pool S − 3G = 1 800 000 is split 4/9, 3/9, 2/9 by both keys (F = 400:300:200, P = 4000:3000:2000), so
    /// M_A = 400 000 + 800 000, M_B = 400 000 + 600 000, M_C = 400 000 + 400 000.
    /// </summary>
    public static AssociationInput[] ThreeSimple(
        Func<AssociationInput, AssociationInput>? a = null,
        Func<AssociationInput, AssociationInput>? b = null,
        Func<AssociationInput, AssociationInput>? c = null) =>
    [
        (a ?? (x => x))(Association("A", 400m, 4000)),
        (b ?? (x => x))(Association("B", 300m, 3000)),
        (c ?? (x => x))(Association("C", 200m, 2000)),
    ];

    public static AllocationResult Computed(AllocationParameters parameters, IReadOnlyList<AssociationInput> associations)
    {
        var outcome = AllocationEngine.Compute(parameters, associations);
        Assert.True(outcome.IsSuccess, string.Join(Environment.NewLine, outcome.Errors));
        return outcome.Value;
    }

    public static AssociationAllocation Get(this AllocationResult result, string code) => result.Associations.Single(x => x.Code == code);

    public static long Kronor(this AssociationAllocation a) => a.Amount.WholeKronor;

    public static Rational Exact(long kronor) => Rational.FromInteger(kronor);

    /// <summary>sv-SE numbers use a non-breaking space between thousands; tests compare with plain spaces.</summary>
    public static string Plain(this string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    public static Sek Money(long kronor) => Sek.FromKronor(kronor);
}
