using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.RunAllocation;
using Samordna.Web.Features.Allocation.ViewRun;

namespace Samordna.Web.Features.Allocation.ReproduceRun;

public sealed record ReproductionDifference(string Code, string Field, string Stored, string Recomputed);

public sealed record ReproductionReport(
    Guid RunId,
    bool Identical,
    bool DataSetHashMatches,
    int AssociationCount,
    IReadOnlyList<ReproductionDifference> Differences,
    string? Failure);

/// <summary>
/// Repeats a saved run from its pinned inputs only (the data set's stored rows, the parameter snapshot, the
/// association snapshots) and compares every stored figure with the new computation. Nothing is read from the
/// register or the current parameters, so later changes there cannot affect the answer.
/// </summary>
public sealed class ReproduceRunHandler(AppDbContext db, GetRunHandler runs)
{
    public async Task<Result<ReproductionReport>> HandleAsync(Guid runId, CancellationToken ct)
    {
        var details = await runs.HandleAsync(runId, ct);
        if (details is null)
        {
            return AllocationErrors.RunNotFound;
        }

        var dataSet = await db.Set<AllocationDataSet>().AsNoTracking().FirstAsync(d => d.Id == details.Run.DataSetId, ct);
        var units = await db.Set<AllocationDataSetUnit>().AsNoTracking().Where(u => u.DataSetId == dataSet.Id).ToListAsync(ct);
        var hashMatches = DataSetContent.Hash(dataSet.AgeBand, units) == details.Run.DataSetHash;
        var computation = RunCalculator.Compute(details.Parameters, dataSet, units, details.Inputs);
        if (!computation.IsSuccess)
        {
            return new ReproductionReport(runId, false, hashMatches, details.Results.Count, [], computation.Errors.Describe());
        }

        var differences = new List<ReproductionDifference>();
        if (computation.Result!.Lambda.ToString() != details.Run.Lambda)
        {
            differences.Add(new("–", "λ", details.Run.Lambda, computation.Result.Lambda.ToString()));
        }

        var stored = details.Results.ToDictionary(r => r.Code, StringComparer.Ordinal);
        foreach (var again in computation.Rows)
        {
            if (!stored.Remove(again.Code, out var s))
            {
                differences.Add(new(again.Code, "förbund", "saknas", "finns"));
                continue;
            }

            Compare(differences, s.Code, "modellbelopp", s.ModelAmountExact, again.ModelAmountExact);
            Compare(differences, s.Code, "golv", s.Floor.ToString(), again.Floor.ToString());
            Compare(differences, s.Code, "tak", s.Ceiling?.ToString() ?? "–", again.Ceiling?.ToString() ?? "–");
            Compare(differences, s.Code, "gräns som binder", s.Binding.ToString(), again.Binding.ToString());
            Compare(differences, s.Code, "exakt belopp", s.ExactAmount, again.ExactAmount);
            Compare(differences, s.Code, "tilldelning", s.Amount.ToString(), again.Amount.ToString());
            Compare(differences, s.Code, "förklaring", s.ExplanationJson, again.ExplanationJson);
        }

        differences.AddRange(stored.Keys.Select(code => new ReproductionDifference(code, "förbund", "finns", "saknas")));
        return new ReproductionReport(runId, differences.Count == 0 && hashMatches, hashMatches, details.Results.Count, differences, null);
    }

    private static void Compare(List<ReproductionDifference> differences, string code, string field, string stored, string again)
    {
        if (!string.Equals(stored, again, StringComparison.Ordinal))
        {
            differences.Add(new(code, field, stored, again));
        }
    }
}
