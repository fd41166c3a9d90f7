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
        if (await DocumentFiles.ReadBodyAsync(request, options.Value.MaxBytes, ct) is not { } bytes)
        {
            // Past the limit: what was read is dropped and nothing is stored.
            return DocumentFiles.TooLargeProblem(options.Value.MaxBytes);
        }

        var actor = await actors.ForAsync(associationId, ct);
        return ApiResults.From(await handler.UploadAsync(associationId, interventionId, kind, fileName, bytes, actor, ct),
            saved => TypedResults.Created($"/api/v1/associations/{associationId}/interventions/{interventionId}/documents/{saved.Id}", saved));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        Guid associationId, Guid interventionId, Guid documentId, ManageDocumentsHandler handler, InterventionActors actors, HttpResponse response, CancellationToken ct) =>
        await handler.GetAsync(associationId, interventionId, documentId, await actors.ForAsync(associationId, ct), ct) is { } file
            ? DocumentFiles.ApiDownload(response, file)
            : ApiResults.Problem(DocumentFiles.NotFound);
}
