using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.Engine;
using Samordna.Web.Features.Allocation.Files;

namespace Samordna.Web.Features.Allocation.RunAllocation;

/// <summary>
/// Why a computation gave no allocation: the engine's (or the area check's) Swedish messages, the associations they
/// name, and, for input errors, the field each is about (engine terms such as <c>Frame</c>).
/// </summary>
public sealed record AllocationFailure(string Code, IReadOnlyList<string> Messages, IReadOnlyList<string> AssociationCodes, IReadOnlyList<AllocationError> Errors)
{
    public string Message => string.Join(" ", Messages);

    /// <summary>True when every error is about an input field (a 400), not about feasibility (a 422).</summary>
    public bool IsInputError => Errors.Count > 0 && Errors.All(e => e.Field is not null);

    public static AllocationFailure From(IReadOnlyList<AllocationError> errors) => new(
        errors[0].Code,
        errors.Select(e => e.Message).ToArray(),
        errors.SelectMany(e => e.AssociationCodes).Distinct(StringComparer.Ordinal).ToArray(),
        errors);

    public static AllocationFailure Single(string code, string message, IEnumerable<string>? associationCodes = null) =>
        From([new AllocationError(code, message) { AssociationCodes = associationCodes?.ToArray() ?? [] }]);
}

/// <summary>A computed run: its pinned inputs and either the engine's result (mapped to result rows) or the failure.</summary>
public sealed record RunComputation(
    ParameterSnapshot Parameters,
    AllocationDataSet DataSet,
    IReadOnlyList<AssociationSnapshot> Associations,
    AllocationResult? Result,
    IReadOnlyList<AllocationRunResult> Rows,
    AllocationFailure? Failure)
{
    public bool IsSuccess => Failure is null && Result is not null;
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
        RunComputation Fail(AllocationFailure f) => new(parameters, dataSet, associations, null, [], f);

        if (registerProblems is { Count: > 0 })
        {
            return Fail(new AllocationFailure(AllocationErrors.AreaProblem.Code, registerProblems.Select(p => p.Message).ToArray(), registerProblems.Select(p => p.Code).Distinct().ToArray(), []));
        }

        if (DataSetContent.Hash(dataSet.AgeBand, units) != dataSet.ContentHash)
        {
            return Fail(AllocationFailure.Single(AllocationErrors.DataSetChanged.Code, AllocationErrors.DataSetChanged.Message));
        }

        var wanted = CsvText.AgeBand(parameters.AgeBand);
        var has = CsvText.AgeBand(dataSet.AgeBand);
        if (wanted is not null && has is not null && wanted != has)
        {
            return Fail(AllocationFailure.Single(AllocationErrors.AgeBandMismatch.Code,
                $"Underlaget {dataSet.Name} gäller invånare {dataSet.AgeBand}, men årets parametrar anger åldersgruppen {parameters.AgeBand}. Välj ett annat underlag eller ändra årets åldersgrupp."));
        }

        var figures = units.Select(u => new UnitFigures(u.Code, u.Name, u.SupportMeasure.Kronor, u.WorkingAgePopulation)).ToArray();
        var aggregation = AreaAggregator.Aggregate(figures, associations.Select(a => new AssociationArea(a.Code, a.Units)).ToArray());
        if (!aggregation.IsSuccess)
        {
            var messages = aggregation.Errors.Select(e => e.AssociationIndex >= 0
                ? $"{associations[e.AssociationIndex].Name}: {AreaMessage(e, dataSet)}"
                : e.Message).ToArray();
            return Fail(new AllocationFailure(AllocationErrors.AreaProblem.Code, messages, aggregation.Errors.Select(e => e.AssociationCode).Where(c => c.Length > 0).Distinct().ToArray(), []));
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
            return Fail(AllocationFailure.From(outcome.Errors));
        }

        var rows = outcome.Value.Associations.Select((r, i) => ResultRows.From(r, associations[i].AssociationId, i)).ToArray();
        return new RunComputation(parameters, dataSet, associations, outcome.Value, rows, null);
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
