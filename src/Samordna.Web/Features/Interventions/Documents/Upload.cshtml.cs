using Samordna.Web.Features.Interventions.Lifecycle;
using Samordna.Web.Features.Interventions.ViewIntervention;

namespace Samordna.Web.Features.Interventions.Documents;

public sealed class DocumentInput
{
    public DocumentKind? Kind { get; set; }
}

/// <summary>Attach a document to an intervention; the form is read by <see cref="UploadForm"/> with the document size limit.</summary>
[RequirePermission(InterventionsPermissions.Apply)]
[IgnoreAntiforgeryToken]
public sealed class UploadModel(ManageDocumentsHandler handler, GetInterventionHandler interventions, InterventionActors actors, IOptions<DocumentOptions> options) : PageModel
{
    public DocumentInput Input { get; set; } = new();

    public InterventionDetails Intervention { get; private set; } = null!;

    public IReadOnlyList<DocumentInfo> Documents { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Kinds { get; } = FormFields.Options<DocumentKind>(InterventionNames.Of);

    public long MaxBytes => options.Value.MaxBytes;

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid interventionId, CancellationToken ct) =>
        await LoadAsync(associationId, interventionId, ct) ? Page() : NotFound();

    /// <summary>No parameters and no bound properties: the form is read by <see cref="UploadForm"/>, with its limits.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        var associationId = Guid.Parse((string)RouteData.Values["associationId"]!);
        var interventionId = Guid.Parse((string)RouteData.Values["interventionId"]!);
        var form = await UploadForm.ReadAsync(HttpContext, new FileLimits { MaxBytes = options.Value.MaxBytes }, ct);
        if (form.MissingAntiforgeryToken)
        {
            return BadRequest();
        }

        if (!await LoadAsync(associationId, interventionId, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (form.Problem is { } problem)
        {
            Response.StatusCode = problem.StatusCode;
            ModelState.AddModelError("Input.File", problem.ToString());
            return Page();
        }

        await TryUpdateModelAsync(Input, nameof(Input));
        ModelState.Clear();
        if (form.File("Input.File") is not { } upload)
        {
            ModelState.AddModelError("Input.File", "Välj en fil att lägga till.");
            return Page();
        }

        var bytes = await DocumentFiles.ReadAsync(upload, options.Value.MaxBytes, ct);
        var result = bytes is null
            ? Result<Governance.Saved>.Failure(DocumentFiles.TooLarge(options.Value.MaxBytes))
            : await handler.UploadAsync(associationId, interventionId, Input.Kind, upload.FileName, bytes, await actors.ForAsync(associationId, ct), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddModelError("Input.File", result.Error!.Message);
            return Page();
        }

        TempData["Status"] = "Dokumentet är tillagt.";
        return Redirect($"/forbund/{associationId}/insatser/{interventionId}/dokument");
    }

    private async Task<bool> LoadAsync(Guid associationId, Guid interventionId, CancellationToken ct)
    {
        var details = await interventions.HandleAsync(associationId, interventionId, await actors.ForAsync(associationId, ct), ct);
        if (details is null)
        {
            return false;
        }

        Intervention = details;
        Documents = await handler.ListAsync(interventionId, ct);
        return true;
    }
}

/// <summary>A document as a download, to those who may see the intervention.</summary>
[RequirePermission(InterventionsPermissions.View)]
public sealed class DownloadModel(ManageDocumentsHandler handler, InterventionActors actors) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid interventionId, Guid documentId, CancellationToken ct)
    {
        var file = await handler.GetAsync(associationId, interventionId, documentId, await actors.ForAsync(associationId, ct), ct);
        if (file is null)
        {
            return NotFound();
        }

        return DocumentFiles.PageDownload(Response, file);
    }
}
