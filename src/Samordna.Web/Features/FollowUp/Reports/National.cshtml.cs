namespace Samordna.Web.Features.FollowUp.Reports;

/// <summary>
/// The country's outcome picture for everyone, FK's national administrators and the public alike: the same report,
/// every table protected against each association's (so no association's small counts can be worked out from it).
/// </summary>
[AllowAnonymous]
public sealed class NationalModel(FollowUpReport report, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public FollowUpReportResult Report { get; private set; } = null!;

    public async Task OnGetAsync(string? ar, CancellationToken ct)
    {
        var thisYear = clock.GetUtcNow().Year;
        Year = FormFields.Year(ar) ?? thisYear;
        Years = Enumerable.Range(thisYear - 6, 7).Reverse().ToList();
        Report = await report.BuildAsync(new FollowUpFilter(null, null, Year), ct);
    }
}
