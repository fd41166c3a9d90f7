using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.Web.Features.Allocation.RunAllocation;

/// <summary>
/// A run of the year's allocation on stored inputs: the data set (default: the newest before the year), the year's
/// parameters with optional what-if changes, and the register's areas. <see cref="Save"/> false computes without
/// saving anything; true saves the run under <see cref="Name"/> (a named scenario) with its inputs pinned.
/// </summary>
public sealed record RunAllocationRequest(
    int? Year,
    Guid? DataSetId = null,
    ParameterOverrides? Overrides = null,
    bool Save = false,
    string? Name = null,
    string? Description = null);

public sealed class RunAllocationHandler(AppDbContext db, RunInputsBuilder builder, TimeProvider clock, IAuditActor actor)
{
    public static ValidationErrors Validate(RunAllocationRequest r)
    {
        var errors = new ValidationErrors();
        errors.RequiredRange("year", "År", r.Year, 2016, 2100);

        if (r.Save)
        {
            errors.RequiredText("name", "Namn", r.Name, 200);
        }

        errors.FreeText("description", "Beskrivning", r.Description, 2000);
        if (r.Overrides is { } o)
        {
            Whole(errors, "overrides.frame", "Ram", o.Frame);
            Whole(errors, "overrides.baseAmount", "Grundtilldelning", o.BaseAmount);
            Share(errors, "overrides.supportMeasureWeight", "Vikt för försörjningsmått", o.SupportMeasureWeight);
            Share(errors, "overrides.populationWeight", "Vikt för invånare", o.PopulationWeight);
            Share(errors, "overrides.maxYearlyDecrease", "Högsta minskning", o.MaxYearlyDecrease);
            Share(errors, "overrides.equityReductionShare", "Andel av överskottet", o.EquityReductionShare);
            if (o.EquityTiers is not null)
            {
                EquityTierRules.Check(errors, "overrides.equityTiers", o.EquityTiers);
            }

            if (o.ReferenceDate is { } date && r.Year is { } y && (date < new DateOnly(y - 1, 1, 1) || date > new DateOnly(y, 12, 31)))
            {
                errors.Add("overrides.referenceDate", $"Referensdatum ska ligga under {y - 1} eller {y}.");
            }

            if (o.SupportMeasureWeight is not null ^ o.PopulationWeight is not null)
            {
                errors.Add("overrides.supportMeasureWeight", "Ange båda vikterna eller ingen av dem.");
            }
        }

        return errors;
    }

    /// <summary>Computes (and, when asked, saves) the run. Infeasible bounds are a computed outcome (<see cref="RunComputation.Errors"/>), not an error.</summary>
    public async Task<Result<(RunComputation Computation, Guid? RunId)>> HandleAsync(RunAllocationRequest r, CancellationToken ct)
    {
        var computed = await ComputeAsync(r, ct);
        if (!computed.IsSuccess)
        {
            return computed.Error!;
        }

        var computation = computed.Value!;
        if (!r.Save || !computation.IsSuccess)
        {
            return (computation, (Guid?)null);
        }

        var id = await SaveAsync(computation, r.Name!.Trim(), r.Description, ct);
        return (computation, (Guid?)id);
    }

    public async Task<Result<RunComputation>> ComputeAsync(RunAllocationRequest r, CancellationToken ct)
    {
        var year = r.Year!.Value;
        var parameters = await builder.ParametersAsync(year, r.Overrides, ct);
        if (!parameters.IsSuccess)
        {
            return parameters.Error!;
        }

        var dataSet = await builder.DataSetAsync(year, r.DataSetId, ct);
        if (!dataSet.IsSuccess)
        {
            return dataSet.Error!;
        }

        var units = await builder.UnitsAsync(dataSet.Value!.Id, ct);
        var (associations, problems) = await builder.AssociationsAsync(year, parameters.Value!.ReferenceDate, ct);
        return RunCalculator.Compute(parameters.Value, dataSet.Value, units, associations, problems);
    }

    /// <summary>
    /// What a what-if of the year is compared with, by association code: the year's decided run, or else the year's
    /// parameters without changes on the same data set. Null when neither can be had.
    /// </summary>
    public async Task<(string Label, IReadOnlyDictionary<string, Sek> Amounts)?> BaseAsync(int year, Guid dataSetId, CancellationToken ct)
    {
        var decided = await db.Set<AllocationRun>().AsNoTracking()
            .Where(r => r.Year == year && r.Status == AllocationRunStatus.Decided)
            .Select(r => new { r.Id, r.Name })
            .FirstOrDefaultAsync(ct);
        if (decided is not null)
        {
            var rows = await db.Set<AllocationRunResult>().AsNoTracking().Where(r => r.RunId == decided.Id).Select(r => new { r.Code, r.Amount }).ToListAsync(ct);
            return ($"den beslutade körningen \"{decided.Name}\"", rows.ToDictionary(r => r.Code, r => r.Amount, StringComparer.Ordinal));
        }

        var plain = await ComputeAsync(new RunAllocationRequest(year, dataSetId), ct);
        return plain.IsSuccess && plain.Value.IsSuccess
            ? ("beräkningen på årets parametrar utan ändringar", plain.Value.Rows.ToDictionary(r => r.Code, r => r.Amount, StringComparer.Ordinal))
            : null;
    }

    private async Task<Guid> SaveAsync(RunComputation c, string name, string? description, CancellationToken ct)
    {
        var result = c.Result!;
        var run = new AllocationRun
        {
            Year = c.Parameters.Year,
            Name = name,
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            Status = AllocationRunStatus.Saved,
            DataSetId = c.DataSet.Id,
            DataSetHash = c.DataSet.ContentHash,
            ParametersJson = SnapshotJson.Write(c.Parameters),
            InputsJson = SnapshotJson.Write(c.Associations),
            ReferenceDate = c.Parameters.ReferenceDate,
            Frame = c.Parameters.Frame,
            Lambda = result.Lambda.ToString(),
            AssociationCount = result.Associations.Count,
            FloorsBinding = result.Associations.Count(a => a.Binding == BindingBound.Floor),
            CeilingsBinding = result.Associations.Count(a => a.Binding == BindingBound.Ceiling),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor.Name,
        };
        foreach (var row in c.Rows)
        {
            row.RunId = run.Id;
        }

        run.Results = c.Rows.ToList();
        db.Add(run);
        await db.SaveChangesAsync(ct);
        return run.Id;
    }

    private static void Whole(ValidationErrors errors, string field, string label, Sek? value)
    {
        if (value is { } v && (v.IsNegative || !v.IsWholeKronor))
        {
            errors.Add(field, $"{label} ska vara hela kronor och inte negativ.");
        }
    }

    private static void Share(ValidationErrors errors, string field, string label, decimal? value)
    {
        if (value is { } v && decimal.Round(v, 6) != v)
        {
            errors.Add(field, $"{label} får ha högst sex decimaler.");
        }
    }
}
