namespace Samordna.Web.Features.Allocation.ViewRun;

[RequirePermission(AllocationPermissions.ViewNational)]
public sealed class IndexModel(GetRunHandler handler, AccessControl access) : PageModel
{
    public RunDetails? Details { get; private set; }

    public ResultsTableModel Table { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public string LambdaText { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid runId, CancellationToken ct)
    {
        Details = await handler.HandleAsync(runId, ct);
        if (Details is null)
        {
            return NotFound();
        }

        var query = ResultsQuery.From(Request.Query);
        var rows = query.Apply(Details.Results);
        Table = new ResultsTableModel(rows, query, Details.Results.Count, Details.Run.Frame, $"Tilldelning {Details.Run.Year} per förbund",
            r => $"/medelstilldelning/korningar/{runId}/resultat/{r.Id}");
        LambdaText = Lambda(Details.Run.Lambda);
        CanManage = await access.IsAllowedAsync(AllocationPermissions.ManageNational, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(Guid runId, CancellationToken ct)
    {
        var d = await handler.HandleAsync(runId, ct);
        return d is null ? NotFound() : File(RunExport.Csv(d.Results), Infrastructure.Files.TabularFile.CsvContentType, RunExport.FileName(d.Run, "csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(Guid runId, CancellationToken ct)
    {
        var d = await handler.HandleAsync(runId, ct);
        return d is null
            ? NotFound()
            : File(RunExport.Xlsx(d.Results), Infrastructure.Files.TabularFile.XlsxContentType, RunExport.FileName(d.Run, "xlsx"));
    }

    /// <summary>"1,012345" from "…/…": λ with six decimals for reading.</summary>
    public static string Lambda(string fraction)
    {
        var parts = fraction.Split('/');
        if (parts.Length == 1)
        {
            return parts[0];
        }

        var n = System.Numerics.BigInteger.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var dd = System.Numerics.BigInteger.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        return new Rational(n, dd).ToDecimalApproximation().ToString("0.######", SwedishCulture.Instance);
    }
}
