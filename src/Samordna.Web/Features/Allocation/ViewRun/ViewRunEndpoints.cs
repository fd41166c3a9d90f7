using Samordna.Web.Features.Allocation.ComputeAllocation;
using Samordna.Web.Features.Allocation.RunAllocation;

namespace Samordna.Web.Features.Allocation.ViewRun;

/// <summary>One saved run and its export. The API endpoints of this use case; <see cref="AllocationArea"/> lists them.</summary>
internal static class ViewRunEndpoints
{
    public static void Map(RouteGroupBuilder allocation)
    {
        allocation.MapGet("/runs/{runId:guid}", GetRun)
            .Declare(AllocationPermissions.ViewNational, "GetAllocationRun", "En sparad körning med låsta parametrar och resultat per förbund, med förklaring.");
        allocation.MapGet("/runs/{runId:guid}/export", ExportRun)
            .Declare(AllocationPermissions.ViewNational, "ExportAllocationRun", "Resultatet som CSV (format=csv, standard) eller Excel (format=xlsx).");
    }

    private static async Task<Results<Ok<RunResponse>, ProblemHttpResult>> GetRun(Guid runId, GetRunHandler handler, CancellationToken ct) =>
        ApiResults.OkOrNotFound(await handler.HandleAsync(runId, ct), AllocationErrors.RunNotFound, Response);

    private static RunResponse Response(RunDetails d)
    {
        var run = d.Run;
        return new RunResponse(run.Id, run.Year, run.Name, run.Status, run.DataSetId, run.DataSetHash, d.Parameters, run.Lambda, run.Frame,
            Sek.Sum(d.Results.Select(r => r.Amount)), run.FloorsBinding, run.CeilingsBinding, d.Results.Select(AssociationAllocationResponse.From).ToArray(), run.Version);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportRun(Guid runId, string? format, GetRunHandler handler, CancellationToken ct)
    {
        if (format is not (null or "csv" or "xlsx"))
        {
            return ApiResults.Validation("format", "Formatet ska vara csv eller xlsx.");
        }

        var d = await handler.HandleAsync(runId, ct);
        if (d is null)
        {
            return ApiResults.Problem(AllocationErrors.RunNotFound);
        }

        return format == "xlsx"
            ? TypedResults.File(RunExport.Xlsx(d.Results), Infrastructure.Files.TabularFile.XlsxContentType, RunExport.FileName(d.Run, "xlsx"))
            : TypedResults.File(RunExport.Csv(d.Results), Infrastructure.Files.TabularFile.CsvContentType, RunExport.FileName(d.Run, "csv"));
    }
}
