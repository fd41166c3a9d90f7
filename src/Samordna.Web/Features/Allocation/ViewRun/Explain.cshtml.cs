using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.RunAllocation;

namespace Samordna.Web.Features.Allocation.ViewRun;

/// <summary>"Why this amount": the engine's explanation steps for one association in a saved run.</summary>
[RequirePermission(AllocationPermissions.ViewNational)]
public sealed class ExplainModel(GetRunHandler handler) : PageModel
{
    public AllocationRun? Run { get; private set; }

    public AllocationRunResult? Result { get; private set; }

    public AssociationSnapshot? Input { get; private set; }

    public IReadOnlyList<string> Steps { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid runId, Guid resultId, CancellationToken ct)
    {
        var details = await handler.HandleAsync(runId, ct, withResults: false);
        Result = details is null ? null : await handler.ResultAsync(runId, resultId, ct);
        if (details is null || Result is null)
        {
            return NotFound();
        }

        Run = details.Run;
        Input = details.Inputs.FirstOrDefault(i => i.AssociationId == Result.AssociationId);
        Steps = ResultRows.Explanation(Result);
        return Page();
    }
}
