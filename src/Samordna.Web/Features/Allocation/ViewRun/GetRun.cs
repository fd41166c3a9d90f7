using Samordna.Web.Features.Allocation.Data;

namespace Samordna.Web.Features.Allocation.ViewRun;

public sealed record RunDetails(
    AllocationRun Run,
    ParameterSnapshot Parameters,
    IReadOnlyList<AssociationSnapshot> Inputs,
    string DataSetLabel,
    bool DataSetIsIllustrative,
    IReadOnlyList<AllocationRunResult> Results);

/// <summary>A saved run with its pinned inputs and stored results (in the order they were computed).</summary>
public sealed class GetRunHandler(AppDbContext db)
{
    public async Task<RunDetails?> HandleAsync(Guid runId, CancellationToken ct, bool withResults = true)
    {
        var run = await db.Set<AllocationRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null)
        {
            return null;
        }

        var dataSet = await db.Set<AllocationDataSet>().AsNoTracking()
            .Where(d => d.Id == run.DataSetId)
            .Select(d => new { d.Name, d.Year, d.Sequence, d.IsIllustrative })
            .FirstAsync(ct);
        var results = withResults
            ? (await db.Set<AllocationRunResult>().AsNoTracking().Where(r => r.RunId == runId).ToListAsync(ct)).OrderBy(r => r.Position).ToList()
            : [];
        return new RunDetails(
            run,
            SnapshotJson.Read<ParameterSnapshot>(run.ParametersJson),
            SnapshotJson.Read<List<AssociationSnapshot>>(run.InputsJson),
            $"{dataSet.Name} ({dataSet.Year} v{dataSet.Sequence})",
            dataSet.IsIllustrative,
            results);
    }

    public async Task<AllocationRunResult?> ResultAsync(Guid runId, Guid resultId, CancellationToken ct) =>
        await db.Set<AllocationRunResult>().AsNoTracking().FirstOrDefaultAsync(r => r.RunId == runId && r.Id == resultId, ct);
}
