using Samordna.Web.Features.Allocation.ListRuns;

namespace Samordna.Web.Features.Allocation.CompareRuns;

[RequirePermission(AllocationPermissions.ViewNational)]
public sealed class IndexModel(CompareRunsHandler handler, ListRunsHandler list) : PageModel
{
    public IReadOnlyList<RunListItem> Runs { get; private set; } = [];

    public Guid? A { get; private set; }

    public Guid? B { get; private set; }

    public RunComparison? Comparison { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? a, Guid? b, CancellationToken ct)
    {
        Runs = await list.HandleAsync(null, ct);
        A = a;
        B = b;
        if (a is { } x && b is { } y)
        {
            var result = await handler.HandleAsync(x, y, ct);
            if (!result.IsSuccess)
            {
                Response.StatusCode = StatusCodes.Status404NotFound;
                ModelState.AddModelError("a", result.Error!.Message);
                return Page();
            }

            Comparison = result.Value;
        }

        return Page();
    }
}
