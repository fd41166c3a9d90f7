using Samordna.Web.Features.FollowUp.RecordParticipation;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Infrastructure.Files;

namespace Samordna.Web.Features.FollowUp.ImportParticipations;

/// <summary>
/// The participant officer's file import: the template to download, and the upload (read by <see cref="UploadForm"/>,
/// size checked before and while reading; all or nothing, with a dry run).
/// </summary>
[RequirePermission(FollowUpPermissions.Record)]
[IgnoreAntiforgeryToken]
public sealed class ImportModel(
    ImportParticipationsHandler import, RecordParticipationHandler records, FollowUpActors actors, IOptions<FollowUpOptions> options, IOptions<FileLimits> limits,
    ImportProgressReporter reporter, AppDbContext db)
    : PageModel
{
    /// <summary>The id the form sends, under which the import writes how far it has come (read by <c>?handler=progress</c>).</summary>
    public Guid ProgressId { get; private set; } = Guid.NewGuid();

    public Guid AssociationId { get; private set; }

    public IReadOnlyList<Intervention> Interventions { get; private set; } = [];

    public Guid? InterventionId { get; private set; }

    public bool DryRun { get; private set; }

    public ImportParticipationsOutcome? Outcome { get; private set; }

    public FollowUpOptions Options => options.Value;

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid? insats, CancellationToken ct)
    {
        AssociationId = associationId;
        InterventionId = insats;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>GET ?handler=template: the empty template as an Excel file.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(Guid associationId, CancellationToken ct) =>
        File(TabularFile.WriteXlsx("Deltagare", [.. ParticipationColumns.TemplateWith(await records.QuestionsAsync(associationId, ct))], []), TabularFile.ContentType(FileKind.Xlsx), "deltagare-mall.xlsx");

    /// <summary>
    /// GET ?handler=progress&amp;id=: how far the officer's own import has come, as JSON for the page's status line
    /// (<c>js/import-progress.js</c>, an enhancement: without JavaScript the page simply answers when the file is read).
    /// </summary>
    public async Task<IActionResult> OnGetProgressAsync(Guid associationId, Guid id, CancellationToken ct)
    {
        var actor = await actors.ForAsync(associationId, ct);
        var progress = await ImportProgressReporter.ReadAsync(db, associationId, actor.UserId, id, ct);
        return progress is null
            ? NotFound()
            : new JsonResult(new { stage = progress.Stage.ToString(), rowsDone = progress.RowsDone, rowsTotal = progress.RowsTotal, text = progress.Describe() });
    }

    /// <summary>No parameters and no bound properties: the form is read by <see cref="UploadForm"/>, with its limits.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        // The route value is read here, not bound: a bound parameter would make MVC read the whole form first.
        var associationId = Guid.Parse((string)RouteData.Values["associationId"]!, CultureInfo.InvariantCulture);
        AssociationId = associationId;
        var ct = HttpContext.RequestAborted;
        var form = await UploadForm.ReadAsync(HttpContext, limits.Value, ct);
        if (form.MissingAntiforgeryToken)
        {
            return BadRequest();
        }

        ModelState.Clear();
        await LoadAsync(ct);
        InterventionId = Guid.TryParse(form.Value("InterventionId"), out var id) ? id : null;
        DryRun = form.Value("DryRun") is "true" or "on";
        if (form.Problem is { } problem)
        {
            Response.StatusCode = problem.StatusCode;
            ModelState.AddModelError("File", problem.ToString());
            return Page();
        }

        if (InterventionId is null || Interventions.All(i => i.Id != InterventionId))
        {
            ModelState.AddModelError("InterventionId", "Välj en av de insatser du registrerar deltagare för.");
            return Page();
        }

        if (form.File("File") is not { } upload)
        {
            ModelState.AddModelError("File", "Välj en fil att läsa in.");
            return Page();
        }

        var actor = await actors.ForAsync(associationId, ct);
        Func<ImportStage, int, int, Task>? progress = null;
        if (Guid.TryParse(form.Value("ProgressId"), out var progressId))
        {
            var run = new ImportProgressReporter.Run(progressId, associationId, actor.UserId);
            progress = (stage, done, total) => reporter.ReportAsync(run, stage, done, total, ct);
        }

        await using (var stream = upload.OpenReadStream())
        {
            Outcome = await import.HandleAsync(associationId, InterventionId.Value, actor, stream, upload.FileName, DryRun, ct, progress);
        }

        if (!Outcome.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ModelState.AddModelError("File", $"Filen har {SwedishCulture.Count(Outcome.Errors.Count, "fel", "fel")} och har inte lästs in. Ingenting har sparats.");
        }
        else if (Outcome.Applied)
        {
            TempData["Status"] = $"Filen är inläst: {SwedishCulture.Count(Outcome.Created, "ny deltagare", "nya deltagare")} och {SwedishCulture.Count(Outcome.Updated, "ändrat deltagande", "ändrade deltaganden")}.";
            return Redirect($"/forbund/{associationId}/deltagare?insats={InterventionId}");
        }

        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Interventions = await records.InterventionsAsync(AssociationId, await actors.ForAsync(AssociationId, ct), ct);
}
