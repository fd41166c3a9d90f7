namespace Samordna.Web.Features.Allocation.ImportDataSet;

/// <summary>
/// Upload of a data set. The form is read by <see cref="UploadForm"/> (size checked before and while reading; it
/// validates the antiforgery token), so a file over the limit gets a Swedish message here, never an error page.
/// </summary>
[RequirePermission(AllocationPermissions.ManageNational)]
[IgnoreAntiforgeryToken]
public sealed class ImportModel(ImportDataSetHandler handler, TimeProvider clock, IOptions<FileLimits> limits) : PageModel
{
    public ImportInput Input { get; set; } = new();

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

    /// <summary>No parameters and no bound properties: the form is read by <see cref="UploadForm"/>, with its limits.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        var form = await UploadForm.ReadAsync(HttpContext, limits.Value, ct);
        if (form.MissingAntiforgeryToken)
        {
            return BadRequest();
        }

        ModelState.Clear();
        if (form.Problem is { } problem)
        {
            Response.StatusCode = problem.StatusCode;
            ModelState.AddModelError("Input.Content", problem.ToString());
            return Page();
        }

        await TryUpdateModelAsync(Input, nameof(Input));
        ModelState.Clear();
        var errors = new ValidationErrors();
        var upload = form.File("Upload");
        byte[]? content = null;
        if (upload is not null)
        {
            await using var stream = upload.OpenReadStream();
            try
            {
                content = await TabularFile.ReadBytesAsync(stream, limits.Value, ct);
            }
            catch (TabularFileException ex)
            {
                // A file over the limit is one error of the round; the other fields are still checked below.
                Response.StatusCode = ex.Problem.StatusCode;
                errors.Add("content", ex.Problem.ToString());
            }
        }

        int? year = int.TryParse(Input.Year, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
        var request = new ImportDataSetRequest(year, Input.Name, Input.Source, Input.AgeBand, upload?.FileName, content, Input.IsIllustrative);
        var unreadableYear = year is null && !string.IsNullOrWhiteSpace(Input.Year);
        if (unreadableYear)
        {
            errors.Add("year", "Statistikår ska vara ett årtal, till exempel 2024.");
        }

        // With an unreadable year, check the rest as if a year were given, so every problem shows at once.
        errors.Merge(ImportDataSetHandler.Validate(unreadableYear ? request with { Year = 2000 } : request, limits.Value));
        if (!errors.IsValid)
        {
            this.ShowErrors(errors);
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
