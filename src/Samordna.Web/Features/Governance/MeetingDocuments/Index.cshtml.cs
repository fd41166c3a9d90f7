using Microsoft.AspNetCore.Antiforgery;
using Samordna.Web.Features.Governance.Data;
using Samordna.Web.Features.Governance.ListMeetings;
using Samordna.Web.Features.Governance.ViewMeeting;

namespace Samordna.Web.Features.Governance.MeetingDocuments;

public sealed class MeetingDocumentInput
{
    public MeetingDocumentKind? Kind { get; set; }
}

/// <summary>
/// Add the notice, papers or minutes of a meeting as files (the office); the form is read by <see cref="UploadForm"/>
/// with the document size limit, the file checked and stored by <see cref="DocumentFiles"/>. A file put there by
/// mistake is deleted here too (the API's permission, a form with a confirmation step that needs no script). The
/// upload form checks its own antiforgery token (it reads the body itself), so the page skips the automatic check and
/// the delete handler checks the token explicitly.
/// </summary>
[RequirePermission(GovernancePermissions.Manage)]
[IgnoreAntiforgeryToken]
public sealed class IndexModel(ManageMeetingDocumentsHandler handler, GetMeetingHandler meetings, IOptions<DocumentOptions> options, IAntiforgery antiforgery) : PageModel
{
    public MeetingDocumentInput Input { get; set; } = new();

    public Guid AssociationId { get; private set; }

    public MeetingSummary Meeting { get; private set; } = null!;

    public IReadOnlyList<MeetingDocumentInfo> Documents { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Kinds { get; } = FormFields.Options<MeetingDocumentKind>(GovernanceNames.Of);

    public long MaxBytes => options.Value.MaxBytes;

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid meetingId, CancellationToken ct) =>
        await LoadAsync(associationId, meetingId, ct) ? Page() : NotFound();

    /// <summary>No parameters and no bound properties: the form is read by <see cref="UploadForm"/>, with its limits.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        var associationId = Guid.Parse((string)RouteData.Values["associationId"]!);
        var meetingId = Guid.Parse((string)RouteData.Values["meetingId"]!);
        var form = await UploadForm.ReadAsync(HttpContext, new FileLimits { MaxBytes = options.Value.MaxBytes }, ct);
        if (form.MissingAntiforgeryToken)
        {
            return BadRequest();
        }

        if (!await LoadAsync(associationId, meetingId, ct))
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
            ? Result<Saved>.Failure(DocumentFiles.TooLarge(options.Value.MaxBytes))
            : await handler.UploadAsync(associationId, meetingId, Input.Kind, upload.FileName, bytes, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddModelError(result.Error!.Field == "kind" ? "Input.Kind" : "Input.File", result.Error!.Message);
            return Page();
        }

        TempData["Status"] = "Filen är tillagd.";
        return Redirect($"/forbund/{associationId}/sammantraden/{meetingId}/handlingar");
    }

    /// <summary>Deletes one file (its row and its stored content), then shows the list again.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(Guid associationId, Guid meetingId, Guid documentId)
    {
        var ct = HttpContext.RequestAborted;
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return BadRequest();
        }

        if (!await LoadAsync(associationId, meetingId, ct))
        {
            return NotFound();
        }

        var name = Documents.FirstOrDefault(d => d.Id == documentId)?.FileName;
        return await this.SubmitAsync(new ValidationErrors(), () => handler.DeleteAsync(associationId, meetingId, documentId, ct),
                _ => ($"Filen {name} är borttagen.", $"/forbund/{associationId}/sammantraden/{meetingId}/handlingar"), FormFailure.AtTopWithStatus)
            ?? Page();
    }

    private async Task<bool> LoadAsync(Guid associationId, Guid meetingId, CancellationToken ct)
    {
        var details = await meetings.HandleAsync(associationId, meetingId, ct);
        if (details is null)
        {
            return false;
        }

        AssociationId = associationId;
        Meeting = details.Meeting;
        Documents = await handler.ListAsync(associationId, meetingId, ct) ?? [];
        return true;
    }
}

/// <summary>A meeting's file as a download, to those who may see the meeting.</summary>
[RequirePermission(GovernancePermissions.View)]
public sealed class DownloadModel(ManageMeetingDocumentsHandler handler) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid meetingId, Guid meetingDocumentId, CancellationToken ct) =>
        await handler.GetAsync(associationId, meetingId, meetingDocumentId, ct) is { } file ? DocumentFiles.PageDownload(Response, file) : NotFound();
}
