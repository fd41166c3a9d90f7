using Microsoft.AspNetCore.Mvc.RazorPages;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Allocation.ListRuns;

[RequirePermission(AllocationPermissions.ViewNational)]
public sealed class IndexModel(ListRunsHandler handler) : PageModel
{
    public IReadOnlyList<RunListItem> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Runs = await handler.HandleAsync(null, ct);
}
