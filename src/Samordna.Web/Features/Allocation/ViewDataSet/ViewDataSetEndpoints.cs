namespace Samordna.Web.Features.Allocation.ViewDataSet;

/// <summary>One data set with its rows, and its CSV export. The API endpoints of this use case; <see cref="AllocationArea"/> lists them.</summary>
internal static class ViewDataSetEndpoints
{
    public static void Map(RouteGroupBuilder allocation)
    {
        allocation.MapGet("/data-sets/{dataSetId:guid}", GetDataSet)
            .Declare(AllocationPermissions.ViewNational, "GetAllocationDataSet", "Ett underlag med alla rader och om raderna stämmer med kontrollsumman.");
        allocation.MapGet("/data-sets/{dataSetId:guid}/export", ExportDataSet)
            .Declare(AllocationPermissions.ViewNational, "ExportAllocationDataSet", "Underlaget som CSV i samma form som inläsningen läser.");
    }

    private static async Task<Results<Ok<DataSetResponse>, ProblemHttpResult>> GetDataSet(Guid dataSetId, GetDataSetHandler handler, CancellationToken ct) =>
        ApiResults.OkOrNotFound(await handler.HandleAsync(dataSetId, ct), AllocationErrors.DataSetNotFound, Response);

    private static DataSetResponse Response(DataSetDetails d)
    {
        var set = d.DataSet;
        return new DataSetResponse(
            set.Id, set.Year, set.Sequence, set.Name, set.Source, set.AgeBand, set.FileName, set.IsIllustrative, set.ContentHash, set.UnitCount,
            set.TotalSupportMeasure, set.TotalWorkingAgePopulation, set.ImportedAt, set.ImportedBy, d.HashMatches, d.RunCount,
            d.Units.Select(u => new DataSetUnitResponse(u.Code, u.Name, u.SupportMeasure, u.WorkingAgePopulation, u.FinancialAssistance, u.SourceRow)).ToArray());
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportDataSet(Guid dataSetId, GetDataSetHandler handler, CancellationToken ct)
    {
        var d = await handler.HandleAsync(dataSetId, ct);
        return d is null
            ? ApiResults.Problem(AllocationErrors.DataSetNotFound)
            : TypedResults.File(Files.DataSetCsv.Write(d.DataSet, d.Units), Infrastructure.Files.TabularFile.CsvContentType, $"underlag-{d.DataSet.Year}-v{d.DataSet.Sequence}.csv");
    }
}

public sealed record DataSetResponse(
    Guid Id,
    int Year,
    int Sequence,
    string Name,
    string Source,
    string AgeBand,
    string FileName,
    bool IsIllustrative,
    string ContentHash,
    int UnitCount,
    Sek TotalSupportMeasure,
    long TotalWorkingAgePopulation,
    DateTime ImportedAt,
    string ImportedBy,
    bool HashMatches,
    int RunCount,
    IReadOnlyList<DataSetUnitResponse> Units);

public sealed record DataSetUnitResponse(string Code, string Name, Sek SupportMeasure, long WorkingAgePopulation, Sek? FinancialAssistance, int SourceRow);
