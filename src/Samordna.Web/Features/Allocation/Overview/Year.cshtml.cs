namespace Samordna.Web.Features.Allocation.Overview;

[RequirePermission(AllocationPermissions.ViewNational)]
public sealed class YearModel(YearOverviewHandler handler) : PageModel
{
    public YearOverview? Overview { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        if (year is < 2016 or > 2100)
        {
            return NotFound();
        }

        Overview = await handler.HandleAsync(year, ct);
        return Page();
    }
}
