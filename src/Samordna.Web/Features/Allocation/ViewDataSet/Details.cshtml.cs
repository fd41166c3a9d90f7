using Samordna.Web.Features.Allocation.Files;

namespace Samordna.Web.Features.Allocation.ViewDataSet;

[RequirePermission(AllocationPermissions.ViewNational)]
public sealed class DetailsModel(GetDataSetHandler handler) : PageModel
{
    public DataSetDetails? Details { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid dataSetId, CancellationToken ct)
    {
        Details = await handler.HandleAsync(dataSetId, ct);
        return Details is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(Guid dataSetId, CancellationToken ct)
    {
        var details = await handler.HandleAsync(dataSetId, ct);
        return details is null
            ? NotFound()
            : File(DataSetCsv.Write(details.DataSet, details.Units), Infrastructure.Files.TabularFile.CsvContentType, FileName(details));
    }

    public static string FileName(DataSetDetails d) => $"underlag-{d.DataSet.Year}-v{d.DataSet.Sequence}.csv";
}
