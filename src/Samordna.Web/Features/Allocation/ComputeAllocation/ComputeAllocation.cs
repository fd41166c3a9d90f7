using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.Engine;
using Samordna.Web.Features.Allocation.RunAllocation;

namespace Samordna.Web.Features.Allocation.ComputeAllocation;

/// <summary>
/// <c>POST /api/v1/allocation/compute</c>: the model on posted inputs, nothing read or saved. Money is kronor as JSON
/// numbers (at most two decimals); shares are decimals (0.75). Omitted parameters take the research defaults of the
/// year (docs/allocation-model.md §1); <see cref="ComputeParameters.NoMaxYearlyDecrease"/> turns the decrease
/// protection off in a year whose default has it.
/// </summary>
public sealed record ComputeRequest(ComputeParameters? Parameters, IReadOnlyList<ComputeAssociation>? Associations);

public sealed record ComputeParameters(
    int? Year,
    Sek? Frame = null,
    Sek? BaseAmount = null,
    decimal? SupportMeasureWeight = null,
    decimal? PopulationWeight = null,
    string? AgeBand = null,
    decimal? MaxYearlyDecrease = null,
    bool? NoMaxYearlyDecrease = null,
    decimal? EquityReductionShare = null,
    IReadOnlyList<EquityTierInput>? EquityTiers = null);

/// <summary>One association: F and P already summed over its area.</summary>
public sealed record ComputeAssociation(
    string? Code,
    string? Name,
    decimal? SupportMeasure,
    long? WorkingAgePopulation,
    Sek? PreviousAllocation = null,
    Sek? ForecastEquity = null,
    Sek? ReasonableEquityOverride = null,
    Sek? AskedAmount = null);

/// <summary>A computed allocation. Exact figures are also given as fractions of kronor ("12600000/11") for independent checks.</summary>
public sealed record AllocationResponse(
    int Year,
    Sek Frame,
    Sek BaseAmount,
    string Lambda,
    decimal LambdaApproximation,
    Sek TotalAmount,
    decimal TotalSupportMeasure,
    long TotalWorkingAgePopulation,
    IReadOnlyList<AssociationAllocationResponse> Associations)
{
    public static AllocationResponse From(AllocationResult r) => new(
        r.Parameters.Year,
        r.Parameters.Frame,
        r.Parameters.BaseAmount,
        r.Lambda.ToString(),
        decimal.Round(r.Lambda.ToDecimalApproximation(), 10),
        r.TotalAmount,
        r.TotalSupportMeasure,
        r.TotalWorkingAgePopulation,
        r.Associations.Select(AssociationAllocationResponse.From).ToArray());
}

public sealed record AssociationAllocationResponse(
    string Code,
    string Name,
    decimal SupportMeasure,
    long WorkingAgePopulation,
    Sek ModelAmount,
    string ModelAmountExact,
    Sek Floor,
    FloorReason FloorReason,
    Sek? Ceiling,
    CeilingReason CeilingReason,
    BindingBound Binding,
    bool AboveReasonableEquity,
    Sek ExactAmount,
    string ExactAmountFraction,
    Sek Amount,
    Sek? PreviousAllocation,
    Sek? ChangeFromPrevious,
    decimal? ChangePercent,
    IReadOnlyList<string> Explanation,
    Guid? AssociationId = null,
    Guid? ResultId = null)
{
    public static AssociationAllocationResponse From(AssociationAllocation a) => From(ResultRows.From(a, Guid.Empty, 0)) with { AssociationId = null, ResultId = null };

    public static AssociationAllocationResponse From(AllocationRunResult r) => new(
        r.Code,
        r.Name,
        r.SupportMeasure.Kronor,
        r.WorkingAgePopulation,
        r.ModelAmount,
        r.ModelAmountExact,
        r.Floor,
        r.FloorReason,
        r.Ceiling,
        r.CeilingReason,
        r.Binding,
        r.AboveReasonableEquity,
        r.ExactAmountDisplay,
        r.ExactAmount,
        r.Amount,
        r.PreviousAllocation,
        r.ChangeFromPrevious,
        r.ChangeFraction is { } f ? f * 100m : null,
        ResultRows.Explanation(r),
        r.AssociationId,
        r.Id);
}

/// <summary>Validates and computes a posted allocation. Input errors are 400s naming the field; infeasible bounds are 422s naming the associations.</summary>
public sealed class ComputeAllocationHandler
{
    public const int MaxAssociations = 2000;

    public static ValidationErrors Validate(ComputeRequest r)
    {
        var errors = new ValidationErrors();
        var p = r.Parameters;
        if (p is null)
        {
            errors.Add("parameters", "Parametrar måste anges (minst year).");
        }
        else if (errors.Required("parameters.year", "År (parameters.year)", p.Year))
        {
            errors.Range("parameters.year", "År (parameters.year)", p.Year, 2016, 2100);
        }

        if (r.Associations is null || r.Associations.Count == 0)
        {
            errors.Add("associations", "Minst ett förbund måste anges.");
        }
        else if (r.Associations.Count > MaxAssociations)
        {
            errors.Add("associations", $"Högst {MaxAssociations} förbund kan beräknas i ett anrop.");
        }
        else
        {
            for (var i = 0; i < r.Associations.Count; i++)
            {
                var a = r.Associations[i];
                var at = $"associations[{i}]";
                if (a is null)
                {
                    errors.Add(at, $"Förbund nummer {i + 1} saknas.");
                    continue;
                }

                errors.Required($"{at}.code", $"Förbund nummer {i + 1}: kod", a.Code);
                errors.Required($"{at}.name", $"Förbund nummer {i + 1}: namn", a.Name);
                errors.Required($"{at}.supportMeasure", $"Förbund nummer {i + 1}: försörjningsmått", a.SupportMeasure);
                errors.Required($"{at}.workingAgePopulation", $"Förbund nummer {i + 1}: invånare", a.WorkingAgePopulation);
            }
        }

        if (p?.EquityTiers is { } tiers)
        {
            EquityTierRules.Check(errors, "parameters.equityTiers", tiers);
        }

        if (!errors.IsValid)
        {
            return errors;
        }

        var (parameters, inputs) = ToEngine(r);
        foreach (var e in AllocationValidator.Validate(parameters, inputs))
        {
            errors.Add(FieldOf(e, r.Associations!), e.Message);
        }

        return errors;
    }

    public static Result<AllocationResult> Handle(ComputeRequest r)
    {
        var (parameters, inputs) = ToEngine(r);
        return AllocationEngine.Compute(parameters, inputs);
    }

    private static (AllocationParameters, AssociationInput[]) ToEngine(ComputeRequest r)
    {
        var p = r.Parameters!;
        var defaults = AllocationParameters.ResearchDefaults(p.Year!.Value);
        var parameters = defaults with
        {
            Frame = p.Frame ?? defaults.Frame,
            BaseAmount = p.BaseAmount ?? defaults.BaseAmount,
            SupportMeasureWeight = p.SupportMeasureWeight ?? defaults.SupportMeasureWeight,
            PopulationWeight = p.PopulationWeight ?? defaults.PopulationWeight,
            AgeBand = p.AgeBand ?? defaults.AgeBand,
            MaxYearlyDecrease = p.NoMaxYearlyDecrease == true ? null : p.MaxYearlyDecrease ?? defaults.MaxYearlyDecrease,
            EquityReductionShare = p.EquityReductionShare ?? defaults.EquityReductionShare,
            EquityTiers = p.EquityTiers is { } t ? EquityTierRules.ToEngine(t) : defaults.EquityTiers,
        };
        var inputs = r.Associations!.Select(a => new AssociationInput
        {
            Code = a.Code!.Trim(),
            Name = a.Name!.Trim(),
            SupportMeasure = a.SupportMeasure!.Value,
            WorkingAgePopulation = a.WorkingAgePopulation!.Value,
            PreviousAllocation = a.PreviousAllocation,
            ForecastEquity = a.ForecastEquity,
            ReasonableEquityOverride = a.ReasonableEquityOverride,
            AskedAmount = a.AskedAmount,
        }).ToArray();
        return (parameters, inputs);
    }

    /// <summary>"associations[1].supportMeasure" for an association's field, "parameters.frame" for a parameter.</summary>
    private static string FieldOf(Error e, IReadOnlyList<ComputeAssociation> associations)
    {
        var field = e.Field is { Length: > 0 } f ? char.ToLowerInvariant(f[0]) + f[1..] : null;
        if (e.Subjects.Count > 0 || e.Code is AllocationErrorCodes.CodeMissing or AllocationErrorCodes.NameMissing)
        {
            var index = e.Subjects.Count > 0
                ? LastIndexOf(associations, e.Subjects[0])
                : -1;
            var at = index >= 0 ? $"associations[{index}]" : "associations";
            return field is null ? at : $"{at}.{field}";
        }

        return field is null ? "associations" : field == "supportMeasureWeight" || field == "populationWeight" || field == "frame" || field == "baseAmount"
            || field == "ageBand" || field == "maxYearlyDecrease" || field == "equityReductionShare" || field == "equityTiers" || field == "year"
            ? $"parameters.{field}"
            : field;
    }

    private static int LastIndexOf(IReadOnlyList<ComputeAssociation> associations, string code)
    {
        for (var i = associations.Count - 1; i >= 0; i--)
        {
            if (string.Equals(associations[i].Code?.Trim(), code, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
