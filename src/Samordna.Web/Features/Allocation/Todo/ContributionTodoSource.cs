using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Todo;

namespace Samordna.Web.Features.Allocation.Todo;

/// <summary>
/// The members' contribution table not yet adopted for this year or next, once the state allocation for that year is
/// decided and includes the association (before that there is nothing to adopt), for the office.
/// </summary>
public sealed class ContributionTodoSource(AppDbContext db) : ITodoSource
{
    public const string Code = "TODO-ALLOC-CONTRIBUTIONS";

    public async Task<IReadOnlyList<TodoItem>> ItemsAsync(Guid associationId, DateOnly today, CancellationToken ct)
    {
        int[] years = [today.Year, today.Year + 1];
        var decided = await (from run in db.Set<AllocationRun>().AsNoTracking()
                             join result in db.Set<AllocationRunResult>().AsNoTracking() on run.Id equals result.RunId
                             where run.Status == AllocationRunStatus.Decided && years.Contains(run.Year) && result.AssociationId == associationId
                             select run.Year).Distinct().ToListAsync(ct);
        var adopted = await db.Set<ContributionTable>().AsNoTracking()
            .Where(t => t.AssociationId == associationId && years.Contains(t.Year)).Select(t => t.Year).Distinct().ToListAsync(ct);
        return decided.Except(adopted).Order()
            .Select(year => new TodoItem(Code, "Medlemsbidrag", null, TodoAudience.Office,
                $"Statens medel för {year} är beslutade, men medlemsbidragen för {year} är inte fastställda.",
                $"/forbund/{associationId}/medlemsbidrag/faststall?ar={year}"))
            .ToList();
    }
}
