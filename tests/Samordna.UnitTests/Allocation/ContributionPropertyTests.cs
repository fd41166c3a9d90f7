using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.UnitTests.Allocation;

public sealed class ContributionPropertyTests
{
    private const int Cases = 200;

    public sealed record PartySpec(int Population, int Support, int Share);

    private static readonly Gen<PartySpec> Parties =
        from population in Gen.Choose(1, 900_000)
        from support in Gen.Choose(0, 2_000_000)
        from share in Gen.Choose(1, 100)
        select new PartySpec(population, support, share);

    private static readonly Gen<SplitKey> Keys = Gen.Elements(
        SplitKey.ByPopulation,
        SplitKey.BySupportMeasure,
        SplitKey.ByFixedShares,
        SplitKey.ByEqualShares,
        SplitKey.WeightedMixOf(new(SplitMeasures.Population, 0.5m), new(SplitMeasures.SupportMeasure, 0.5m)),
        SplitKey.WeightedMixOf(new(SplitMeasures.Population, 0.3m), new(SplitMeasures.SupportMeasure, 0.7m)));

    public sealed record ContributionCase(ContributionInput Input)
    {
        public override string ToString() =>
            $"A={Input.StateAllocation}, key={Input.MunicipalityKey.Describe()}, members={string.Join(", ", Input.Members.Select(m => $"{m.Code}:{m.Role}"))}";
    }

    private static readonly Gen<ContributionCase> Cases3 =
        from kronor in Gen.Choose(0, int.MaxValue)
        from municipalities in Parties.ArrayOf().Select(a => a.Take(7).ToArray())
        from regions in Parties.ArrayOf().Select(a => a.Take(3).ToArray())
        from gotland in Gen.Elements(true, false)
        from gotlandSpec in Parties
        from key in Keys
        from regionKey in Keys
        select Make(kronor, municipalities, regions, gotland ? gotlandSpec : null, key, regionKey);

    private static ContributionCase Make(long kronor, PartySpec[] municipalities, PartySpec[] regions, PartySpec? gotland, SplitKey key, SplitKey regionKey)
    {
        static ContributionMember Member(string code, MemberRole role, PartySpec s) => new(code, code, role)
        {
            Measures = new Dictionary<string, decimal> { [SplitMeasures.Population] = s.Population, [SplitMeasures.SupportMeasure] = s.Support },
            FixedShare = s.Share / 100m,
        };

        var members = new List<ContributionMember>();
        members.AddRange(municipalities.Select((s, i) => Member($"K{i}", MemberRole.Municipality, s)));
        members.AddRange(regions.Select((s, i) => Member($"R{i}", MemberRole.Region, s)));
        if (gotland is not null || municipalities.Length == 0 || regions.Length == 0)
        {
            // Without Gotland an association needs at least one of each; Gotland alone covers both.
            members.Add(Member("0980", MemberRole.MunicipalityAndRegion, gotland ?? new PartySpec(1, 1, 1)));
        }

        return new ContributionCase(new ContributionInput
        {
            AssociationCode = "SF",
            AssociationName = "Förbund",
            StateAllocation = Sek.FromKronor(kronor),
            Members = members,
            MunicipalityKey = key,
            RegionKey = regionKey,
        });
    }

    [Property(MaxTest = Cases)]
    public Property Contributions_are_exactly_two_to_one_to_one_and_every_split_sums_to_its_total() =>
        Prop.ForAll(Cases3.ToArbitrary(), c =>
        {
            var r = ContributionCalculator.Compute(c.Input).ValueOrThrow();
            var a = c.Input.StateAllocation;

            Assert.Equal(a, r.StateShare);
            Assert.Equal(a.Ore, 2 * r.RegionsTotal.Ore);
            Assert.Equal(a.Ore, 2 * r.MunicipalitiesTotal.Ore);
            Assert.Equal(r.MunicipalitiesTotal, Sek.Sum(r.Members.Select(m => m.AsMunicipality)));
            Assert.Equal(r.RegionsTotal, Sek.Sum(r.Members.Select(m => m.AsRegion)));
            Assert.Equal(r.MunicipalitiesTotal, Sek.Sum(r.MunicipalitySplit.Shares.Select(s => s.Amount)));
            Assert.Equal(r.RegionsTotal, Sek.Sum(r.RegionSplit.Shares.Select(s => s.Amount)));
            Assert.Equal(a, Sek.Sum(r.Members.Select(m => m.Total)));
            Assert.Equal(a * 2, r.Total);
            Assert.All(r.Members, m => Assert.False(m.AsMunicipality.IsNegative || m.AsRegion.IsNegative));
            Assert.All(
                r.Members.Where(m => m.Role == MemberRole.Region),
                m => Assert.Equal(Sek.Zero, m.AsMunicipality));
            Assert.All(
                r.MunicipalitySplit.Shares.Concat(r.RegionSplit.Shares),
                s => Assert.True((Rational.FromInteger(s.Amount.Ore) - (s.ExactAmount * 100)) is var diff && diff < Rational.One && -diff < Rational.One));
            if (c.Input.Members.Any(m => m.Role == MemberRole.MunicipalityAndRegion))
            {
                Assert.Contains(r.MunicipalitySplit.Shares, s => s.Code == "0980");
                Assert.Contains(r.RegionSplit.Shares, s => s.Code == "0980");
            }
        });

    [Property(MaxTest = Cases)]
    public Property Internal_split_sums_exactly_to_the_members_contribution() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            Parties.NonEmptyListOf().Select(l => l.Take(30).ToArray()).ToArbitrary(),
            Keys.ToArbitrary(),
            (ore, units, key) =>
            {
                var parties = units.Select((s, i) => new SplitParty($"D{i:00}", $"Stadsdel {i}")
                {
                    Measures = new Dictionary<string, decimal> { [SplitMeasures.Population] = s.Population, [SplitMeasures.SupportMeasure] = s.Support },
                    FixedShare = s.Share,
                }).ToArray();
                var total = new Sek(ore);

                var split = ContributionCalculator.SplitInternally(total, key, parties, "Stockholms stad").ValueOrThrow();

                Assert.Equal(total, Sek.Sum(split.Shares.Select(s => s.Amount)));
                Assert.Equal(Rational.One, split.Shares.Aggregate(Rational.Zero, (acc, s) => acc + s.Share));
            });
}
