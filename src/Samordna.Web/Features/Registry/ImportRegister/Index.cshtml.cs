using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.ExportRegister;

namespace Samordna.Web.Features.Registry.ImportRegister;

/// <summary>
/// Export and import of the whole register for national administrators. Both work without JavaScript. The upload is
/// read by <see cref="UploadForm"/> (size checked before and while reading; it validates the antiforgery token).
/// </summary>
[RequirePermission(RegistryPermissions.ManageNational)]
[IgnoreAntiforgeryToken]
public sealed class IndexModel(ImportRegisterHandler import, ExportRegisterHandler export, AppDbContext db, TimeProvider clock, IOptions<FileLimits> limits) : PageModel
{
    public ImportInput Input { get; set; } = new();

    public ImportRegisterOutcome? Outcome { get; private set; }

    public IReadOnlyList<RegistryImport> RecentImports { get; private set; } = [];

    public sealed class ImportInput
    {
        public IFormFile? File { get; set; }

        public bool DryRun { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>GET ?handler=export&amp;format=csv|xlsx: the whole register as a file.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (ExportRegisterHandler.ParseFormat(format) is not { } chosen)
        {
            ModelState.AddModelError("format", "Välj CSV eller Excel.");
            await LoadAsync(ct);
            return Page();
        }

        var file = await export.HandleAsync(chosen, SwedishCulture.Today(clock), ct);
        return File(file.Content, file.ContentType, file.FileName);
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
            ModelState.AddModelError("Input.File", problem.ToString());
            await LoadAsync(ct);
            return Page();
        }

        await TryUpdateModelAsync(Input, nameof(Input));
        ModelState.Clear();
        if (form.File("Input.File") is not { } upload)
        {
            ModelState.AddModelError("Input.File", "Välj en fil att importera.");
            await LoadAsync(ct);
            return Page();
        }

        await using (var stream = upload.OpenReadStream())
        {
            Outcome = await import.HandleAsync(stream, upload.FileName, Input.DryRun, ct);
        }

        if (!Outcome.IsValid)
        {
            Response.StatusCode = Outcome.Problem?.StatusCode ?? StatusCodes.Status400BadRequest;
            ModelState.AddModelError("Input.File", $"Filen har {Outcome.Errors.Count} fel och har inte importerats. Inget i registret har ändrats.");
        }
        else if (Outcome.Applied)
        {
            TempData["Status"] = $"Registret är importerat: {Outcome.AssociationsCreated} nya och {Outcome.AssociationsUpdated} ändrade förbund, {Outcome.MembershipsAdded} nya, {Outcome.MembershipsChanged} ändrade och {Outcome.MembershipsRemoved} borttagna medlemskap.";
            return Redirect("/nationellt/register");
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        RecentImports = await db.Set<RegistryImport>().AsNoTracking().OrderByDescending(i => i.ImportedAt).Take(10).ToListAsync(ct);
}
