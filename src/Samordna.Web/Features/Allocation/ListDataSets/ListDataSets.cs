using Samordna.Web.Features.Allocation.Data;

namespace Samordna.Web.Features.Allocation.ListDataSets;

public sealed record DataSetListItem(
    Guid Id,
    int Year,
    int Sequence,
    string Name,
    string Source,
    string AgeBand,
    string FileName,
    bool IsIllustrative,
    string ContentHash,
    int UnitCount,
    Sek TotalSupportMeasure,
    long TotalWorkingAgePopulation,
    DateTime ImportedAt,
    string ImportedBy);

/// <summary>All imported data sets, newest statistics year and version first.</summary>
public sealed class ListDataSetsHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<DataSetListItem>> HandleAsync(CancellationToken ct)
    {
        var rows = await db.Set<AllocationDataSet>().AsNoTracking()
            .Select(d => new DataSetListItem(d.Id, d.Year, d.Sequence, d.Name, d.Source, d.AgeBand, d.FileName, d.IsIllustrative, d.ContentHash,
                d.UnitCount, d.TotalSupportMeasure, d.TotalWorkingAgePopulation, d.ImportedAt, d.ImportedBy))
            .ToListAsync(ct);
        return rows.OrderByDescending(d => d.Year).ThenByDescending(d => d.Sequence).ToList();
    }
}
