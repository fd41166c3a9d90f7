namespace Samordna.Web.Features.Allocation.EditParameters;

[RequirePermission(AllocationPermissions.ViewNational)]
public sealed class IndexModel(EditParametersHandler handler, TimeProvider clock) : PageModel
{
    public IReadOnlyList<YearParametersResponse> Years { get; private set; } = [];

    public int SuggestedYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? ar, CancellationToken ct)
    {
        if (ar is not null)
        {
            if (FormFields.Year(ar) is { } year and >= 2016)
            {
                return Redirect($"/medelstilldelning/parametrar/{year}");
            }

            ModelState.AddModelError("ar", "Tilldelningsår ska vara ett årtal från 2016, till exempel 2027.");
        }

        SuggestedYear = SwedishCulture.Today(clock).Year + 1;
        Years = await handler.ListAsync(ct);
        return Page();
    }
}
