using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.Files;
using Samordna.Web.Features.Allocation.ViewRun;

namespace Samordna.Web.Features.Allocation.CompareRuns;

public sealed record RunSummary(Guid Id, int Year, string Name, AllocationRunStatus Status, string DataSet, Guid DataSetId, string Lambda);

/// <summary>One parameter side by side; <see cref="Differs"/> marks what the scenario changed.</summary>
public sealed record ParameterComparison(string Label, string A, string B)
{
    public bool Differs => !string.Equals(A, B, StringComparison.Ordinal);
}

/// <summary>One association in both runs (null amount: not in that run).</summary>
public sealed record AssociationComparison(Guid AssociationId, string Code, string Name, Sek? AmountA, Sek? AmountB, string BindingA, string BindingB)
{
    public Sek? Difference => AmountA is { } a && AmountB is { } b ? b - a : null;
}

public sealed record RunComparison(
    RunSummary A,
    RunSummary B,
    IReadOnlyList<ParameterComparison> Parameters,
    IReadOnlyList<AssociationComparison> Associations)
{
    public Sek TotalA => Sek.Sum(Associations.Select(x => x.AmountA ?? Sek.Zero));

    public Sek TotalB => Sek.Sum(Associations.Select(x => x.AmountB ?? Sek.Zero));
}

/// <summary>Two saved runs side by side: their parameters and each association's amount in both, with the difference B − A.</summary>
public sealed class CompareRunsHandler(GetRunHandler runs)
{
    public async Task<Result<RunComparison>> HandleAsync(Guid a, Guid b, CancellationToken ct)
    {
        var runA = await runs.HandleAsync(a, ct);
        var runB = await runs.HandleAsync(b, ct);
        if (runA is null || runB is null)
        {
            return AllocationErrors.RunNotFound;
        }

        var byA = runA.Results.ToDictionary(r => r.AssociationId);
        var byB = runB.Results.ToDictionary(r => r.AssociationId);
        var rows = byA.Keys.Union(byB.Keys)
            .Select(id =>
            {
                byA.TryGetValue(id, out var x);
                byB.TryGetValue(id, out var y);
                var any = (x ?? y)!;
                return new AssociationComparison(id, any.Code, any.Name, x?.Amount, y?.Amount,
                    x is null ? "–" : ResultsQuery.BindingText(x.Binding), y is null ? "–" : ResultsQuery.BindingText(y.Binding));
            })
            .OrderBy(r => r.Name, StringComparer.Create(SwedishCulture.Instance, true))
            .ToList();
        return new RunComparison(Summary(runA), Summary(runB), Parameters(runA, runB), rows);
    }

    private static RunSummary Summary(RunDetails d) =>
        new(d.Run.Id, d.Run.Year, d.Run.Name, d.Run.Status, d.DataSetLabel, d.Run.DataSetId, ViewRun.IndexModel.Lambda(d.Run.Lambda));

    private static List<ParameterComparison> Parameters(RunDetails a, RunDetails b)
    {
        var pa = a.Parameters;
        var pb = b.Parameters;
        static string D(decimal? d) => d is { } v ? SwedishCulture.Percent(v, 2) : "inget";
        static string T(ParameterSnapshot p) => EquityTiersText.Format(p.EquityTiers.Select(t => new Engine.EquityTier(t.UpTo, t.Rate)));
        return
        [
            new("År", pa.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), pb.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Underlag", a.DataSetLabel, b.DataSetLabel),
            new("Ram (S)", pa.Frame.ToString(), pb.Frame.ToString()),
            new("Grundtilldelning (G)", pa.BaseAmount.ToString(), pb.BaseAmount.ToString()),
            new("Vikt försörjningsmått", FormFields.Field(pa.SupportMeasureWeight), FormFields.Field(pb.SupportMeasureWeight)),
            new("Vikt invånare", FormFields.Field(pa.PopulationWeight), FormFields.Field(pb.PopulationWeight)),
            new("Skydd mot minskning (d)", D(pa.MaxYearlyDecrease), D(pb.MaxYearlyDecrease)),
            new("Regeln om eget kapital", pa.ApplyEquityRule ? "tillämpas" : "tillämpas inte", pb.ApplyEquityRule ? "tillämpas" : "tillämpas inte"),
            new("Andel av överskottet", D(pa.EquityReductionShare), D(pb.EquityReductionShare)),
            new("Trappa", T(pa), T(pb)),
            new("Referensdatum", SwedishCulture.Date(pa.ReferenceDate), SwedishCulture.Date(pb.ReferenceDate)),
            new("Balansfaktor λ", ViewRun.IndexModel.Lambda(a.Run.Lambda), ViewRun.IndexModel.Lambda(b.Run.Lambda)),
        ];
    }
}
