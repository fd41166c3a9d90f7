using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.FollowUp.Reports;

/// <summary>
/// The year's headline figures beside the two years before it (participants, leavers, both indicators), each year
/// from its own protected report; a page of its own so the outcome page builds one year only.
/// </summary>
[RequirePermission(FollowUpPermissions.ViewAggregates)]
public sealed class YearsModel(FollowUpReport report, AppDbContext db, TimeProvider clock) : PageModel
{
    public Guid AssociationId { get; private set; }

    public int Year { get; private set; }

    public string? InterventionName { get; private set; }

    public Guid? InterventionId { get; private set; }

    public IReadOnlyList<YearSummary> Comparison { get; private set; } = [];

    public IReadOnlyList<OutcomeIndicator> Indicators => Comparison[0].Indicators;

    public async Task<IActionResult> OnGetAsync(Guid associationId, string? ar, Guid? insats, CancellationToken ct)
    {
        AssociationId = associationId;
        Year = FormFields.Year(ar) ?? clock.GetUtcNow().Year;
        if (insats is { } id)
        {
            InterventionName = await db.Set<Intervention>().AsNoTracking()
                .Where(i => i.Id == id && i.AssociationId == associationId && i.FollowUpMethod == FollowUpMethod.ParticipantRecords)
                .Select(i => i.Name).FirstOrDefaultAsync(ct);
            if (InterventionName is null)
            {
                return NotFound();
            }
        }

        InterventionId = insats;
        Comparison = await report.CompareYearsAsync(await report.BuildAsync(new FollowUpFilter(associationId, insats, Year), ct), 2, ct);
        return Page();
    }
}
