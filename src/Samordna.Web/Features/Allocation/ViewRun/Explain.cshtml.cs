using Samordna.Web.Features.Allocation.Data;

namespace Samordna.Web.Features.Allocation.ViewRun;

/// <summary>"Why this amount" for one association in a saved run: plain sentences and the change's causes first, the engine's exact steps folded away.</summary>
[RequirePermission(AllocationPermissions.ViewNational)]
public sealed class ExplainModel(GetRunHandler handler, ExplainAllocationHandler explain) : PageModel
{
    public AllocationRun? Run { get; private set; }

    public AllocationExplanationView? Explanation { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid runId, Guid resultId, CancellationToken ct)
    {
        var result = await handler.ResultAsync(runId, resultId, ct);
        Explanation = result is null ? null : await explain.HandleAsync(runId, result.AssociationId, ct);
        if (result is null || Explanation is null)
        {
            return NotFound();
        }

        Run = (await handler.HandleAsync(runId, ct, withResults: false))!.Run;
        return Page();
    }
}
