using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.Documents;

/// <summary>Attach and download documents. The API endpoints of this use case; the area file lists them.</summary>
internal static class ManageDocumentsEndpoints
{
    public static void Map(RouteGroupBuilder interventions)
    {
        interventions.MapPost("/{interventionId:guid}/documents", Upload)
            .Declare(InterventionsPermissions.Apply, "UploadInterventionDocument", "Lägg till ett dokument: filens innehåll som kropp, fileName och kind (Application, Agreement, Report, Other) i frågan. Typen avgörs av innehållet.")
            .Accepts<byte[]>("application/octet-stream");
        interventions.MapGet("/{interventionId:guid}/documents/{documentId:guid}", Download)
            .Declare(InterventionsPermissions.View, "DownloadInterventionDocument", "Hämta ett dokument (som nedladdning).");
    }

    private static async Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> Upload(
        Guid associationId, Guid interventionId, string? fileName, DocumentKind? kind, HttpRequest request, ManageDocumentsHandler handler,
        InterventionActors actors, IOptions<DocumentOptions> options, CancellationToken ct)
    {
        var max = options.Value.MaxBytes;
        byte[]? bytes = null;
        if (request.ContentLength <= max || request.ContentLength is null)
        {
            try
            {
                bytes = await TabularFile.ReadBytesAsync(request.Body, new FileLimits { MaxBytes = max }, ct);
            }
            catch (TabularFileException)
            {
                // Past the limit: what was read is dropped and nothing is stored.
            }
        }

        if (bytes is null)
        {
            var tooLarge = ManageDocumentsHandler.TooLarge(max);
            return TypedResults.Problem(tooLarge.Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: ApiResults.Title(StatusCodes.Status413PayloadTooLarge),
                extensions: new Dictionary<string, object?> { [ApiResults.CodeKey] = tooLarge.Code });
        }

        var actor = await actors.ForAsync(associationId, ct);
        return ApiResults.From(await handler.UploadAsync(associationId, interventionId, kind, fileName, bytes, actor, ct),
            saved => TypedResults.Created($"/api/v1/associations/{associationId}/interventions/{interventionId}/documents/{saved.Id}", saved));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        Guid associationId, Guid interventionId, Guid documentId, ManageDocumentsHandler handler, InterventionActors actors, CancellationToken ct) =>
        await handler.GetAsync(associationId, interventionId, documentId, await actors.ForAsync(associationId, ct), ct) is { } file
            ? TypedResults.File(file.Bytes, file.ContentType, file.FileName)
            : ApiResults.Problem(ManageDocumentsHandler.NotFound);
}
