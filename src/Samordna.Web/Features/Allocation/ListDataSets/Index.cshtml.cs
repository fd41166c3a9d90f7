namespace Samordna.Web.Features.Allocation.ListDataSets;

[RequirePermission(AllocationPermissions.ViewNational)]
public sealed class IndexModel(ListDataSetsHandler handler, AccessControl access) : PageModel
{
    public IReadOnlyList<DataSetListItem> DataSets { get; private set; } = [];

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        DataSets = await handler.HandleAsync(ct);
        CanManage = await access.IsAllowedAsync(AllocationPermissions.ManageNational, null, ct);
    }
}
