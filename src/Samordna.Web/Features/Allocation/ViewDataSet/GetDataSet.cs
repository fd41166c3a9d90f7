using Samordna.Web.Features.Allocation.Data;

namespace Samordna.Web.Features.Allocation.ViewDataSet;

public sealed record DataSetDetails(AllocationDataSet DataSet, IReadOnlyList<AllocationDataSetUnit> Units, bool HashMatches, int RunCount);

/// <summary>One data set with its rows, and whether the rows still match the content hash taken at import.</summary>
public sealed class GetDataSetHandler(AppDbContext db)
{
    public async Task<DataSetDetails?> HandleAsync(Guid dataSetId, CancellationToken ct)
    {
        var dataSet = await db.Set<AllocationDataSet>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == dataSetId, ct);
        if (dataSet is null)
        {
            return null;
        }

        var units = await db.Set<AllocationDataSetUnit>().AsNoTracking().Where(u => u.DataSetId == dataSetId).ToListAsync(ct);
        var ordered = units.OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var runs = await db.Set<AllocationRun>().CountAsync(r => r.DataSetId == dataSetId, ct);
        return new DataSetDetails(dataSet, ordered, DataSetContent.Hash(dataSet.AgeBand, ordered) == dataSet.ContentHash, runs);
    }
}
