using Samordna.Web.Features.Governance.Data;

namespace Samordna.Web.Features.Governance.MeetingDocuments;

/// <summary>A meeting's notice, papers and minutes as files. The API endpoints of this use case; the area file lists them.</summary>
internal static class MeetingDocumentsEndpoints
{
    public static void Map(RouteGroupBuilder meetings)
    {
        meetings.MapGet("/{meetingId:guid}/documents", List)
            .Declare(GovernancePermissions.View, "ListMeetingDocuments", "Sammanträdets filer: kallelse, handlingar och protokoll, senaste först; current anger den gällande kallelsen och det gällande protokollet.");
        meetings.MapPost("/{meetingId:guid}/documents", Upload)
            .Declare(GovernancePermissions.Manage, "UploadMeetingDocument", "Lägg till en fil: filens innehåll som kropp, fileName och kind (Notice, Paper, Minutes) i frågan. Typen avgörs av innehållet; en ny kallelse eller ett nytt protokoll ersätter det gällande men det tidigare sparas.")
            .Accepts<byte[]>("application/octet-stream");
        meetings.MapGet("/{meetingId:guid}/documents/{meetingDocumentId:guid}", Download)
            .Declare(GovernancePermissions.View, "DownloadMeetingDocument", "Hämta en fil (som nedladdning).");
        meetings.MapDelete("/{meetingId:guid}/documents/{meetingDocumentId:guid}", Delete)
            .Declare(GovernancePermissions.Manage, "DeleteMeetingDocument", "Ta bort en fil som lagts till av misstag.");
    }

    private static async Task<Results<Ok<IReadOnlyList<MeetingDocumentInfo>>, ProblemHttpResult>> List(
        Guid associationId, Guid meetingId, ManageMeetingDocumentsHandler handler, CancellationToken ct) =>
        ApiResults.OkOrNotFound(await handler.ListAsync(associationId, meetingId, ct), GovernanceErrors.MeetingNotFound);

    private static async Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> Upload(
        Guid associationId, Guid meetingId, string? fileName, MeetingDocumentKind? kind, HttpRequest request, ManageMeetingDocumentsHandler handler,
        IOptions<DocumentOptions> options, CancellationToken ct)
    {
        if (await DocumentFiles.ReadBodyAsync(request, options.Value.MaxBytes, ct) is not { } bytes)
        {
            // Past the limit: what was read is dropped and nothing is stored.
            return DocumentFiles.TooLargeProblem(options.Value.MaxBytes);
        }

        return ApiResults.From(await handler.UploadAsync(associationId, meetingId, kind, fileName, bytes, ct),
            saved => TypedResults.Created($"/api/v1/associations/{associationId}/meetings/{meetingId}/documents/{saved.Id}", saved));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        Guid associationId, Guid meetingId, Guid meetingDocumentId, ManageMeetingDocumentsHandler handler, HttpResponse response, CancellationToken ct) =>
        await handler.GetAsync(associationId, meetingId, meetingDocumentId, ct) is { } file
            ? DocumentFiles.ApiDownload(response, file)
            : ApiResults.Problem(DocumentFiles.NotFound);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        Guid associationId, Guid meetingId, Guid meetingDocumentId, ManageMeetingDocumentsHandler handler, CancellationToken ct) =>
        ApiResults.From(await handler.DeleteAsync(associationId, meetingId, meetingDocumentId, ct), _ => TypedResults.NoContent());
}
