namespace Samordna.Web.Features.Economy.AnnualReports;

/// <summary>
/// The annual report's figures (årsredovisning) of a year from the imported books, printable (the site's print
/// stylesheet) and as Excel: income statement, balance sheet with last year beside, and the note on contributions.
/// </summary>
[RequirePermission(EconomyPermissions.ViewBudget)]
public sealed class IndexModel(AnnualReportReader reader, AccessControl access, TimeProvider clock) : PageModel
{
    public Guid AssociationId { get; private set; }

    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public AnnualReportFigures Report { get; private set; } = null!;

    public async Task OnGetAsync(Guid associationId, string? ar, CancellationToken ct) => await LoadAsync(associationId, ar, ct);

    /// <summary>The same figures as one Excel sheet.</summary>
    public async Task<IActionResult> OnGetExcelAsync(Guid associationId, string? ar, CancellationToken ct)
    {
        await LoadAsync(associationId, ar, ct);
        return File(AnnualReportExport.Xlsx(Report), TabularFile.ContentType(FileKind.Xlsx), AnnualReportExport.FileName(Report));
    }

    private async Task LoadAsync(Guid associationId, string? ar, CancellationToken ct)
    {
        AssociationId = associationId;
        var today = SwedishCulture.Today(clock);

        // Without a year: last year, the one whose annual report is written in the spring.
        Year = FormFields.Year(ar) ?? today.Year - 1;
        Years = Enumerable.Range(today.Year - 4, 5).Append(Year).Distinct().OrderDescending().ToList();
        Report = await AnnualReportEndpoints.ReadAsync(associationId, Year, reader, access, clock, ct);
    }

    /// <summary>An amount, or "–" for a year not imported.</summary>
    public static string Amount(Sek? amount) => amount?.ToString() ?? "–";
}
