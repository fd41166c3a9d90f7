using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.Engine;
using Samordna.Web.Features.Allocation.Files;

namespace Samordna.Web.Features.Allocation.RunAllocation;

/// <summary>
/// A computed run: its pinned inputs and either the engine's result (mapped to result rows) or the errors that
/// prevented it (the engine's or the area check's, in Swedish, with the associations they name as subjects and, for
/// input errors, the field in engine terms such as <c>Frame</c>).
/// </summary>
public sealed record RunComputation(
    ParameterSnapshot Parameters,
    AllocationDataSet DataSet,
    IReadOnlyList<AssociationSnapshot> Associations,
    AllocationResult? Result,
    IReadOnlyList<AllocationRunResult> Rows,
    IReadOnlyList<Error> Errors)
{
    public bool IsSuccess => Errors.Count == 0 && Result is not null;
}

/// <summary>
/// Computes a run from pinned inputs, purely: the same data set rows, parameter snapshot and association snapshots
/// always give the same rows. Saving a run and reproducing it both go through here.
/// </summary>
public static class RunCalculator
{
    public static RunComputation Compute(
        ParameterSnapshot parameters,
        AllocationDataSet dataSet,
        IReadOnlyList<AllocationDataSetUnit> units,
        IReadOnlyList<AssociationSnapshot> associations,
        IReadOnlyList<(string Code, string Message)>? registerProblems = null)
    {
        RunComputation Fail(IReadOnlyList<Error> errors) => new(parameters, dataSet, associations, null, [], errors);
        RunComputation FailWith(Error error) => Fail([error]);

        if (registerProblems is { Count: > 0 })
        {
            return Fail(registerProblems.Select(p => AllocationErrors.AreaProblem.WithMessage(p.Message) with { Subjects = [p.Code] }).ToArray());
        }

        if (DataSetContent.Hash(dataSet.AgeBand, units) != dataSet.ContentHash)
        {
            return FailWith(AllocationErrors.DataSetChanged);
        }

        var wanted = CsvText.AgeBand(parameters.AgeBand);
        var has = CsvText.AgeBand(dataSet.AgeBand);
        if (wanted is not null && has is not null && wanted != has)
        {
            return FailWith(AllocationErrors.AgeBandMismatch.WithMessage(
                $"Underlaget {dataSet.Name} gäller invånare {dataSet.AgeBand}, men årets parametrar anger åldersgruppen {parameters.AgeBand}. Välj ett annat underlag eller ändra årets åldersgrupp."));
        }

        var figures = units.Select(u => new UnitFigures(u.Code, u.Name, u.SupportMeasure.Kronor, u.WorkingAgePopulation)).ToArray();
        var aggregation = AreaAggregator.Aggregate(figures, associations.Select(a => new AssociationArea(a.Code, a.Units)).ToArray());
        if (!aggregation.IsSuccess)
        {
            return Fail(aggregation.Errors.Select(e => AllocationErrors.AreaProblem.WithMessage(e.AssociationIndex >= 0
                    ? $"{associations[e.AssociationIndex].Name}: {AreaMessage(e, dataSet)}"
                    : e.Message) with { Subjects = e.AssociationCode.Length > 0 ? [e.AssociationCode] : [] }).ToArray());
        }

        var inputs = associations.Zip(aggregation.Totals, (a, t) => new AssociationInput
        {
            Code = a.Code,
            Name = a.Name,
            SupportMeasure = t.SupportMeasure,
            WorkingAgePopulation = t.WorkingAgePopulation,
            PreviousAllocation = a.PreviousAllocation,
            ForecastEquity = parameters.ApplyEquityRule ? a.ForecastEquity : null,
            ReasonableEquityOverride = a.ReasonableEquityOverride,
            AskedAmount = a.AskedAmount,
        }).ToArray();
        var outcome = AllocationEngine.Compute(parameters.ToEngine(), inputs);
        if (!outcome.IsSuccess)
        {
            return Fail(outcome.Errors);
        }

        var rows = outcome.Value.Associations.Select((r, i) => ResultRows.From(r, associations[i].AssociationId, i)).ToArray();
        return new RunComputation(parameters, dataSet, associations, outcome.Value, rows, []);
    }

    private static string AreaMessage(AreaError e, AllocationDataSet dataSet) => e.Code == AllocationErrorCodes.AreaUnknownUnit
        ? $"medlemmen {e.UnitCode} finns inte i underlaget {dataSet.Label}. Läs in statistik som täcker alla medlemmar."
        : e.Code == AllocationErrorCodes.AreaEmpty
            ? "förbundet har inga kommuner eller stadsdelar som medlemmar på referensdatumet."
            : e.Message;
}

/// <summary>Maps the engine's result for one association to the stored result row.</summary>
public static class ResultRows
{
    public static AllocationRunResult From(AssociationAllocation a, Guid associationId, int position) => new()
    {
        AssociationId = associationId,
        Position = position,
        Code = a.Code,
        Name = a.Name,
        SupportMeasure = Sek.FromKronor(a.SupportMeasure),
        WorkingAgePopulation = a.WorkingAgePopulation,
        ModelAmount = a.ModelAmount,
        ModelAmountExact = a.ModelAmountExact.ToString(),
        Floor = ExactMoney.ToDisplaySek(a.Floor),
        FloorReason = a.FloorReason,
        Ceiling = a.Ceiling is { } c ? ExactMoney.ToDisplaySek(c) : null,
        CeilingReason = a.CeilingReason,
        Binding = a.Binding,
        AboveReasonableEquity = a.Equity.IsAboveReasonableLevel,
        ExactAmountDisplay = ExactMoney.ToDisplaySek(a.ExactAmount),
        ExactAmount = a.ExactAmount.ToString(),
        Amount = a.Amount,
        PreviousAllocation = a.PreviousAllocation,
        ChangeFromPrevious = a.ChangeFromPrevious,
        ChangeFractionE4 = a.ChangeFraction is { } f ? (long)(f * 10_000m) : null,
        ExplanationJson = SnapshotJson.Write(a.Explanation),
    };

    public static IReadOnlyList<string> Explanation(AllocationRunResult r) => SnapshotJson.Read<string[]>(r.ExplanationJson);
}
