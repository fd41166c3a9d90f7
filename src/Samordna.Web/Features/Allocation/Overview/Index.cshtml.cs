using Samordna.Web.Features.Allocation.ListRuns;

namespace Samordna.Web.Features.Allocation.Overview;

[RequirePermission(AllocationPermissions.ViewNational)]
public sealed class IndexModel(YearOverviewHandler years, ListRunsHandler runs, TimeProvider clock) : PageModel
{
    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<RunListItem> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Years = await years.YearsAsync(SwedishCulture.Today(clock).Year + 1, ct);
        Runs = (await runs.HandleAsync(null, ct)).Take(10).ToList();
    }
}
