using Samordna.Web.Features.Allocation.Data;

namespace Samordna.Web.Features.Allocation.DecideRun;

[RequirePermission(AllocationPermissions.ManageNational)]
public sealed class DecideModel(DecideRunHandler handler, AppDbContext db) : PageModel
{
    [BindProperty]
    public long? Version { get; set; }

    public Guid RunId { get; private set; }

    public string RunName { get; private set; } = string.Empty;

    public int Year { get; private set; }

    public string? OtherDecided { get; private set; }

    /// <summary>The run is already the year's decided run: nothing to decide, so the page offers no "Besluta".</summary>
    public bool IsDecided { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid runId, CancellationToken ct)
    {
        if (!await LoadAsync(runId, ct))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid runId, CancellationToken ct)
    {
        var version = Version;
        if (!await LoadAsync(runId, ct))
        {
            return NotFound();
        }

        var result = await handler.HandleAsync(runId, version, ct);
        if (!result.IsSuccess)
        {
            Response.StatusCode = result.Error!.StatusCode;
            ModelState.AddModelError(string.Empty, result.Error.Message);
            return Page();
        }

        TempData["Status"] = $"Medelstilldelningen {Year} är beslutad på körningen {RunName}.";
        return Redirect($"/medelstilldelning/korningar/{runId}");
    }

    private async Task<bool> LoadAsync(Guid runId, CancellationToken ct)
    {
        var run = await db.Set<AllocationRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null)
        {
            return false;
        }

        RunId = run.Id;
        RunName = run.Name;
        Year = run.Year;
        Version = run.Version;
        IsDecided = run.Status == AllocationRunStatus.Decided;
        OtherDecided = await db.Set<AllocationRun>().AsNoTracking()
            .Where(r => r.Year == run.Year && r.Status == AllocationRunStatus.Decided && r.Id != run.Id)
            .Select(r => r.Name)
            .FirstOrDefaultAsync(ct);
        return true;
    }
}
