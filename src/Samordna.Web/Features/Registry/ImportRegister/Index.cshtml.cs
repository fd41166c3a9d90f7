using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samordna.Web.Data;
using Samordna.Web.Domain;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Features.Registry.ExportRegister;
using Samordna.Web.Features.Registry.RegisterFiles;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Registry.ImportRegister;

/// <summary>Export and import of the whole register for national administrators. Both work without JavaScript.</summary>
[RequirePermission(RegistryPermissions.ManageNational)]
public sealed class IndexModel(ImportRegisterHandler import, ExportRegisterHandler export, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
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

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (Input.File is not { Length: > 0 } upload)
        {
            ModelState.AddModelError("Input.File", "Välj en fil att importera.");
            await LoadAsync(ct);
            return Page();
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, ct);
        var format = upload.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? RegisterFormat.Xlsx : RegisterFormat.Csv;
        Outcome = await import.HandleAsync(buffer.ToArray(), format, upload.FileName, Input.DryRun, ct);
        if (!Outcome.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
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
