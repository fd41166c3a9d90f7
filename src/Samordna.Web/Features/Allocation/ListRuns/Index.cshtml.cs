using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Samordna.Web.Features.Allocation.ListRuns;

[RequirePermission(AllocationPermissions.ViewNational)]
public sealed class IndexModel(ListRunsHandler handler, AccessControl access) : PageModel
{
    public IReadOnlyList<RunListItem> Runs { get; private set; } = [];

    public ViewDataDictionary RunTableViewData { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Runs = await handler.HandleAsync(null, ct);
        RunTableViewData = new ViewDataDictionary(ViewData) { ["CanDecide"] = await access.IsAllowedAsync(AllocationPermissions.ManageNational, null, ct) };
    }
}
