using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.FollowUp.Reports;

/// <summary>
/// The association's outcome picture: aggregates only, every figure through disclosure control. Everyone who may read
/// the association sees the same page; no record, code or row-level export exists here.
/// </summary>
[RequirePermission(FollowUpPermissions.ViewAggregates)]
public sealed class IndexModel(FollowUpReport report, AppDbContext db, TimeProvider clock, AccessControl access) : PageModel
{
    /// <summary>The office may add and retire the association's extra questions.</summary>
    public bool CanManageQuestions { get; private set; }

    public Guid AssociationId { get; private set; }

    public int Year { get; private set; }

    public Guid? InterventionId { get; private set; }

    public IReadOnlyList<SelectListItem> Interventions { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public FollowUpReportResult Report { get; private set; } = null!;

    /// <summary>GET ?handler=export&amp;format=csv|xlsx: the same protected figures as a file.</summary>
    public async Task<IActionResult> OnGetExportAsync(Guid associationId, string? ar, Guid? insats, string? format, CancellationToken ct)
    {
        var result = await OnGetAsync(associationId, ar, insats, ct);
        if (result is not PageResult)
        {
            return result;
        }

        var kind = format is "xlsx" ? Infrastructure.Files.FileKind.Xlsx : Infrastructure.Files.FileKind.Csv;
        var file = FollowUpReportEndpoints.FileOf(Report, kind);
        return File(file.Content, file.ContentType, file.Name);
    }

    public async Task<IActionResult> OnGetAsync(Guid associationId, string? ar, Guid? insats, CancellationToken ct)
    {
        AssociationId = associationId;
        CanManageQuestions = await access.IsAllowedAsync(FollowUpPermissions.Questions, associationId, ct);
        var thisYear = clock.GetUtcNow().Year;
        Year = FormFields.Year(ar) ?? thisYear;
        Years = Enumerable.Range(thisYear - 6, 7).Reverse().ToList();
        var interventions = await db.Set<Intervention>().AsNoTracking()
            .Where(i => i.AssociationId == associationId && i.FollowUpMethod == FollowUpMethod.ParticipantRecords)
            .OrderBy(i => i.Name).Select(i => new { i.Id, i.Name }).ToListAsync(ct);
        if (insats is { } id && interventions.All(i => i.Id != id))
        {
            return NotFound();
        }

        InterventionId = insats;
        Interventions = [new("Alla insatser", string.Empty), .. interventions.Select(i => new SelectListItem(i.Name, i.Id.ToString(), i.Id == insats))];
        Report = await report.BuildAsync(new FollowUpFilter(associationId, insats, Year), ct);
        return Page();
    }
}
