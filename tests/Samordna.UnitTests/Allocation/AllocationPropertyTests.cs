using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.UnitTests.Allocation;

/// <summary>
/// Properties over random inputs. Scenarios are feasible by construction: S ≥ N·G, every previous allocation is at most
/// S/N (so Σ floors ≤ S), and the first association never has a ceiling and always has population (so Σ ceilings = ∞).
/// </summary>
public sealed class AllocationPropertyTests
{
    private const int Cases = 150;

    public sealed record Spec(long SupportHundreds, int Population, int PreviousPermille, bool HasPrevious, int EquityPermille, bool HasEquity, int AskPermille, bool HasAsk);

    public sealed record Scenario(AllocationParameters Parameters, AssociationInput[] Associations)
    {
        public override string ToString() =>
            $"S={Parameters.Frame}, G={Parameters.BaseAmount}, d={Parameters.MaxYearlyDecrease}; "
            + string.Join(" | ", Associations.Select(a => $"{a.Code}: F={a.SupportMeasure} P={a.WorkingAgePopulation} prev={a.PreviousAllocation} eq={a.ForecastEquity} ask={a.AskedAmount}"));
    }

    private static readonly Gen<Spec> Specs =
        from support in Gen.Choose(0, 2_000_000)
        from population in Gen.Choose(0, 400_000)
        from previous in Gen.Choose(0, 1000)
        from hasPrevious in Gen.Elements(true, false)
        from equity in Gen.Choose(-200, 1500)
        from hasEquity in Gen.Elements(true, false)
        from ask in Gen.Choose(0, 1500)
        from hasAsk in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
        select new Spec(support, population, previous, hasPrevious, equity, hasEquity, ask, hasAsk);

    /// <param name="askAtLeastBase">Asks never below G (the premise of the "everyone gets G" property).</param>
    /// <param name="equityOnlyWithPrevious">Equity only where the size is fixed by a previous allocation.</param>
    private static Gen<Scenario> Scenarios(bool askAtLeastBase = false, bool equityOnlyWithPrevious = false) =>
        from n in Gen.Choose(1, 12)
        from specs in Specs.ArrayOf(n)
        from baseAmount in Gen.Elements(0L, 123_457L, 400_000L)
        from extraThousands in Gen.Choose(0, 60_000)
        from extraOdd in Gen.Choose(0, 999)
        from d in Gen.Elements<decimal?>(null, 0.10m, 0.25m)
        select Make(specs, baseAmount, (extraThousands * 1000L) + extraOdd, d, askAtLeastBase, equityOnlyWithPrevious);

    private static Scenario Make(Spec[] specs, long g, long extra, decimal? d, bool askAtLeastBase, bool equityOnlyWithPrevious)
    {
        var n = specs.Length;
        var frame = (n * g) + extra;
        var perAssociation = frame / n;
        var associations = specs.Select((s, i) =>
        {
            var first = i == 0;
            var hasPrevious = s.HasPrevious;
            var hasEquity = s.HasEquity && !first && (!equityOnlyWithPrevious || hasPrevious);
            var ask = perAssociation * s.AskPermille / 1000;
            return new AssociationInput
            {
                Code = $"SF{i:00}",
                Name = $"Förbund {i}",
                SupportMeasure = s.SupportHundreds / 100m,
                WorkingAgePopulation = first ? s.Population + 1 : s.Population,
                PreviousAllocation = hasPrevious ? Sek.FromKronor(perAssociation * s.PreviousPermille / 1000) : null,
                ForecastEquity = hasEquity ? Sek.FromKronor(perAssociation * s.EquityPermille / 1000) : null,
                AskedAmount = s.HasAsk && !first ? Sek.FromKronor(askAtLeastBase ? Math.Max(g, ask) : ask) : null,
            };
        }).ToArray();
        var parameters = new AllocationParameters { Year = 2026, Frame = Sek.FromKronor(frame), BaseAmount = Sek.FromKronor(g), MaxYearlyDecrease = d };
        return new Scenario(parameters, associations);
    }

    [Property(MaxTest = Cases)]
    public Property Amounts_sum_exactly_to_the_frame_follow_one_lambda_and_stay_within_a_krona_of_the_exact_amounts() =>
        Prop.ForAll(Scenarios().ToArbitrary(), scenario =>
        {
            var result = Build.Computed(scenario.Parameters, scenario.Associations);
            Assert.Equal(scenario.Parameters.Frame, Sek.Sum(result.Associations.Select(a => a.Amount)));
            Assert.Equal(scenario.Parameters.Frame, result.TotalAmount);
            var exactTotal = Rational.Zero;
            foreach (var a in result.Associations)
            {
                exactTotal += a.ExactAmount;
                var amount = Rational.FromInteger(a.Amount.WholeKronor);
                Assert.True(amount - a.ExactAmount < Rational.One && a.ExactAmount - amount < Rational.One, $"{a.Code}: {a.Amount} vs {a.ExactAmount}");
                Assert.True(a.ExactAmount >= a.Floor, $"{a.Code} under its floor");
                Assert.True(a.Ceiling is null || a.ExactAmount <= a.Ceiling.Value, $"{a.Code} over its ceiling");

                // The defining equation with the reported λ: A = min(ceiling, max(floor, λ·M)).
                var scaled = result.Lambda * a.ModelAmountExact;
                var clamped = scaled < a.Floor ? a.Floor : scaled;
                Assert.Equal(a.Ceiling is { } c && c < clamped ? c : clamped, a.ExactAmount);
            }

            Assert.Equal(Rational.FromInteger(scenario.Parameters.Frame.WholeKronor), exactTotal);
        });

    [Property(MaxTest = Cases)]
    public Property Everyone_gets_at_least_the_base_amount_when_the_frame_covers_it_and_nobody_asks_for_less() =>
        Prop.ForAll(Scenarios(askAtLeastBase: true).ToArbitrary(), scenario =>
        {
            var result = Build.Computed(scenario.Parameters, scenario.Associations);
            Assert.All(result.Associations, a => Assert.True(a.Amount >= scenario.Parameters.BaseAmount, $"{a.Code} got {a.Amount}"));
        });

    [Property(MaxTest = Cases)]
    public Property Raising_one_support_measure_never_lowers_that_association_by_more_than_one_krona() =>
        Prop.ForAll(
            Scenarios(equityOnlyWithPrevious: true).ToArbitrary(),
            Gen.Choose(0, 11).ToArbitrary(),
            Gen.Choose(1, 50_000_000).ToArbitrary(),
            (scenario, pick, raise) =>
            {
                var k = pick % scenario.Associations.Length;
                var raised = scenario.Associations.ToArray();
                raised[k] = raised[k] with { SupportMeasure = raised[k].SupportMeasure + (raise / 100m) };

                var before = Build.Computed(scenario.Parameters, scenario.Associations).Associations[k];
                var after = Build.Computed(scenario.Parameters, raised).Associations[k];

                Assert.True(after.ExactAmount >= before.ExactAmount, $"exact {before.ExactAmount} → {after.ExactAmount}");
                Assert.True(after.Amount.WholeKronor >= before.Amount.WholeKronor - 1, $"{before.Amount} → {after.Amount}");
            });
}
