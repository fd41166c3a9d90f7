using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.Engine;
using Samordna.Web.Features.Allocation.Files;

namespace Samordna.Benchmarks;

/// <summary>
/// A national allocation run: 290 municipalities aggregated into 80 associations, d = 0.10 floors (previous allocations
/// spread around the model amounts so that some floors bind), five associations asking for less and three above
/// their reasonable equity; plus the contribution splits for all 80 associations.
/// BenchmarkDotNet needs benchmark classes public and not sealed.
/// </summary>
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private const int Municipalities = 290;
    private const int Associations = 80;

    private UnitFigures[] _units = [];
    private AssociationArea[] _areas = [];
    private AssociationInput[] _shell = [];
    private AllocationParameters _parameters = null!;
    private ContributionInput[] _contributions = [];
    private string _parametersCsv = string.Empty;
    private string _unitsCsv = string.Empty;
    private string _associationsCsv = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        _units = Enumerable.Range(0, Municipalities)
            .Select(i => new UnitFigures(
                (100 + i).ToString("0000", CultureInfo.InvariantCulture),
                $"Kommun {i}",
                random.Next(5_000_000, 900_000_000) + (random.Next(0, 100) / 100m),
                random.Next(1_500, 650_000)))
            .ToArray();

        // 50 associations of 4 municipalities and 30 of 3: 200 + 90 = 290.
        var next = 0;
        _areas = Enumerable.Range(0, Associations).Select(i =>
        {
            var size = i < 50 ? 4 : 3;
            var codes = _units.Skip(next).Take(size).Select(u => u.Code).ToArray();
            next += size;
            return new AssociationArea($"SF{i:00}", codes);
        }).ToArray();

        _parameters = AllocationParameters.ResearchDefaults(2026) with { MaxYearlyDecrease = 0.10m };
        var plain = Inputs(AreaAggregator.Aggregate(_units, _areas).Totals, _ => null);
        var model = AllocationEngine.Compute(_parameters, plain).ValueOrThrow().Associations;

        // Previous allocations between 85 % and 125 % of this year's model amount: about a third get a binding floor.
        _shell = plain.Select((a, i) =>
        {
            var m = model[i].ModelAmount.WholeKronor;
            var previous = m * random.Next(85, 126) / 100;
            return a with
            {
                PreviousAllocation = Sek.FromKronor(previous),
                AskedAmount = i % 16 == 3 ? Sek.FromKronor(m * 70 / 100) : null,
                ForecastEquity = i % 27 == 5 ? Sek.FromKronor(previous) : Sek.FromKronor(previous / 10),
            };
        }).ToArray();

        var check = AllocationEngine.Compute(_parameters, _shell).ValueOrThrow();
        var floors = check.Associations.Count(a => a.Binding == BindingBound.Floor);
        var ceilings = check.Associations.Count(a => a.Binding == BindingBound.Ceiling);
        if (floors == 0 || ceilings == 0)
        {
            throw new InvalidOperationException($"The benchmark data should bind both floors and ceilings (floors {floors}, ceilings {ceilings}).");
        }

        _contributions = check.Associations.Select((a, i) => new ContributionInput
        {
            AssociationCode = a.Code,
            AssociationName = a.Name,
            StateAllocation = a.Amount,
            Members = Members(_areas[i], i),
            MunicipalityKey = SplitKey.WeightedMixOf(new(SplitMeasures.Population, 0.5m), new(SplitMeasures.SupportMeasure, 0.5m)),
            RegionKey = SplitKey.ByPopulation,
        }).ToArray();

        (_parametersCsv, _unitsCsv, _associationsCsv) = ToCsv();
    }

    [Benchmark(Description = "National run: aggregate 290 units → 80 associations, compute")]
    public AllocationResult NationalRun()
    {
        var totals = AreaAggregator.Aggregate(_units, _areas).Totals;
        var inputs = new AssociationInput[totals.Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            inputs[i] = _shell[i] with { SupportMeasure = totals[i].SupportMeasure, WorkingAgePopulation = totals[i].WorkingAgePopulation };
        }

        return AllocationEngine.Compute(_parameters, inputs).ValueOrThrow();
    }

    [Benchmark(Description = "National run from CSV text: parse, aggregate, compute, write result")]
    public string NationalRunFromCsv()
    {
        var input = AllocationInputReader.Parse(_parametersCsv, _unitsCsv, _associationsCsv);
        var value = input.Value ?? throw new InvalidOperationException(string.Join(Environment.NewLine, input.Errors));
        return AllocationResultCsv.ToCsv(AllocationEngine.Compute(value.Parameters, value.Associations).ValueOrThrow());
    }

    [Benchmark(Description = "Contribution splits for 80 associations")]
    public int ContributionSplits()
    {
        var members = 0;
        foreach (var c in _contributions)
        {
            members += ContributionCalculator.Compute(c).ValueOrThrow().Members.Count;
        }

        return members;
    }

    private AssociationInput[] Inputs(IReadOnlyList<AreaTotals> totals, Func<int, Sek?> previous) =>
        totals.Select((t, i) => new AssociationInput
        {
            Code = t.AssociationCode,
            Name = $"Samordningsförbundet {i}",
            SupportMeasure = t.SupportMeasure,
            WorkingAgePopulation = t.WorkingAgePopulation,
            PreviousAllocation = previous(i),
        }).ToArray();

    private ContributionMember[] Members(AssociationArea area, int index)
    {
        var byCode = _units.ToDictionary(u => u.Code);
        var municipalities = area.UnitCodes.Select(code => new ContributionMember(code, byCode[code].Name, MemberRole.Municipality)
        {
            Measures = new Dictionary<string, decimal>
            {
                [SplitMeasures.Population] = byCode[code].WorkingAgePopulation,
                [SplitMeasures.SupportMeasure] = byCode[code].SupportMeasure,
            },
        });

        // Every fifth association spans two regions.
        var regionCount = index % 5 == 0 ? 2 : 1;
        var regions = Enumerable.Range(0, regionCount).Select(r => new ContributionMember($"R{index:00}{r}", $"Region {index}-{r}", MemberRole.Region)
        {
            Measures = new Dictionary<string, decimal> { [SplitMeasures.Population] = 100_000 + (r * 50_000) },
        });
        return [.. municipalities, .. regions];
    }

    private (string Parameters, string Units, string Associations) ToCsv()
    {
        var parameters = "year;2026\nframe;339 000 000\nmax_decrease;0,10\n";
        var units = new StringBuilder("Kommunkod;Kommun;Försörjningsmått;Invånare 16-64\n");
        foreach (var u in _units)
        {
            units.Append(CultureInfo.InvariantCulture, $"{u.Code};{u.Name};{u.SupportMeasure.ToString("N2", SwedishCulture.Instance)};{u.WorkingAgePopulation.ToString("N0", SwedishCulture.Instance)}\n");
        }

        var associations = new StringBuilder("Kod;Namn;Område;Föregående tilldelning;Eget kapital;Begärt belopp\n");
        for (var i = 0; i < _shell.Length; i++)
        {
            var a = _shell[i];
            associations.Append(CultureInfo.InvariantCulture, $"{a.Code};{a.Name};{string.Join('|', _areas[i].UnitCodes)};{a.PreviousAllocation?.ToInvariantString()};{a.ForecastEquity?.ToInvariantString()};{a.AskedAmount?.ToInvariantString()}\n");
        }

        return (parameters, units.ToString(), associations.ToString());
    }
}
