namespace Samordna.Web.Features.Allocation.ImportDataSet;

/// <summary>Import a statistics data set. The API endpoints of this use case; <see cref="AllocationArea"/> lists them.</summary>
internal static class ImportDataSetEndpoints
{
    public static void Map(RouteGroupBuilder allocation)
    {
        allocation.MapPost("/data-sets", ImportDataSet)
            .Declare(AllocationPermissions.ManageNational, "ImportAllocationDataSet", "Läser in ett statistikunderlag (CSV som text i content, eller CSV/Excel base64-kodat i contentBase64). Allt eller inget; varje felaktig rad redovisas.");
    }

    private static async Task<Results<Created<ImportedDataSet>, ValidationProblem, ProblemHttpResult>> ImportDataSet(ImportDataSetApiRequest request, ImportDataSetHandler handler, Microsoft.Extensions.Options.IOptions<Infrastructure.Files.FileLimits> limits, CancellationToken ct)
    {
        byte[]? content = request.Content is { } text ? System.Text.Encoding.UTF8.GetBytes(text) : null;
        if (content is null && request.ContentBase64 is { } b64)
        {
            try
            {
                content = Convert.FromBase64String(b64);
            }
            catch (FormatException)
            {
                return ApiResults.Validation("contentBase64", "Innehållet är inte giltig base64.");
            }
        }

        if (content?.LongLength > limits.Value.MaxBytes)
        {
            return limits.Value.TooLarge().Problem.ToProblem();
        }

        var importRequest = new ImportDataSetRequest(request.Year, request.Name, request.Source, request.AgeBand, request.FileName, content, request.IsIllustrative ?? false);
        var errors = ImportDataSetHandler.Validate(importRequest, limits.Value);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(importRequest, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/allocation/data-sets/{result.Value!.Id}", result.Value)
            : ApiResults.Failure<Created<ImportedDataSet>>(result.Error!);
    }
}

public sealed record ImportDataSetApiRequest(int? Year, string? Name, string? Source, string? AgeBand, string? FileName, string? Content, string? ContentBase64, bool? IsIllustrative);
