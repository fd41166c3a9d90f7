using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samordna.Web.Domain;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Allocation.ImportDataSet;

[RequirePermission(AllocationPermissions.ManageNational)]
[RequestSizeLimit(ImportDataSetHandler.MaxBytes + 100_000)]
public sealed class ImportModel(ImportDataSetHandler handler, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ImportInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public sealed class ImportInput
    {
        public string? Year { get; set; }

        public string? Name { get; set; }

        public string? Source { get; set; }

        public string? AgeBand { get; set; }

        public bool IsIllustrative { get; set; }

        public string? Content { get; set; }
    }

    public void OnGet()
    {
        var year = SwedishCulture.Today(clock).Year - 1;
        Input = new ImportInput { Year = year.ToString(System.Globalization.CultureInfo.InvariantCulture), AgeBand = "16–64" };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        byte[]? content = null;
        if (Upload is { Length: > 0 and <= ImportDataSetHandler.MaxBytes })
        {
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }
        else if (Upload is { Length: > ImportDataSetHandler.MaxBytes })
        {
            content = new byte[ImportDataSetHandler.MaxBytes + 1];
        }

        int? year = int.TryParse(Input.Year, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
        var request = new ImportDataSetRequest(year, Input.Name, Input.Source, Input.AgeBand, Upload?.FileName, content, Input.IsIllustrative);
        var errors = new Infrastructure.Errors.ValidationErrors();
        var unreadableYear = year is null && !string.IsNullOrWhiteSpace(Input.Year);
        if (unreadableYear)
        {
            errors.Add("year", "Statistikår ska vara ett årtal, till exempel 2024.");
        }

        // With an unreadable year, check the rest as if a year were given, so every problem shows at once.
        foreach (var (field, messages) in ImportDataSetHandler.Validate(unreadableYear ? request with { Year = 2000 } : request).ToDictionary())
        {
            foreach (var m in messages)
            {
                errors.Add(field, m);
            }
        }

        if (!errors.IsValid)
        {
            errors.CopyTo(ModelState);
            return Page();
        }

        var result = await handler.HandleAsync(request, ct);
        if (!result.IsSuccess)
        {
            Response.StatusCode = result.Error!.StatusCode;
            ModelState.AddModelError("Input.Content", result.Error.Message);
            return Page();
        }

        TempData["Status"] = $"Underlaget är inläst: {result.Value!.UnitCount} rader, kontrollsumma {result.Value.ContentHash[..12]}.";
        return Redirect($"/medelstilldelning/underlag/{result.Value.Id}");
    }
}
