using Samordna.Web.Features.Allocation.Data;

namespace Samordna.Web.Features.Allocation.ListRuns;

public sealed record RunListItem(
    Guid Id,
    int Year,
    string Name,
    AllocationRunStatus Status,
    Sek Frame,
    int AssociationCount,
    int FloorsBinding,
    int CeilingsBinding,
    Guid DataSetId,
    DateTime CreatedAt,
    string CreatedBy);

/// <summary>Saved runs, newest year first, the decided one of each year first within its year.</summary>
public sealed class ListRunsHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<RunListItem>> HandleAsync(int? year, CancellationToken ct)
    {
        var query = db.Set<AllocationRun>().AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(r => r.Year == y);
        }

        var rows = await query
            .Select(r => new RunListItem(r.Id, r.Year, r.Name, r.Status, r.Frame, r.AssociationCount, r.FloorsBinding, r.CeilingsBinding, r.DataSetId, r.CreatedAt, r.CreatedBy))
            .ToListAsync(ct);
        return rows
            .OrderByDescending(r => r.Year)
            .ThenBy(r => r.Status == AllocationRunStatus.Decided ? 0 : 1)
            .ThenByDescending(r => r.CreatedAt)
            .ToList();
    }
}
