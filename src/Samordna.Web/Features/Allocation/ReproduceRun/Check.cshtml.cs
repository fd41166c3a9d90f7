namespace Samordna.Web.Features.Allocation.ReproduceRun;

[RequirePermission(AllocationPermissions.ViewNational)]
public sealed class CheckModel(ReproduceRunHandler handler) : PageModel
{
    public ReproductionReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid runId, CancellationToken ct)
    {
        var result = await handler.HandleAsync(runId, ct);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Report = result.Value;
        return Page();
    }
}
