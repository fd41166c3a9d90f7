namespace Samordna.Web.Features.Administration.AuditLog;

/// <summary>The association's audit log. The API endpoint of this use case; the area file lists it.</summary>
internal static class AuditLogEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/associations/{associationId:guid}/audit", async (Guid associationId, int? page, GetAuditLogHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.HandleAsync(associationId, page ?? 1, ct)))
            .WithTags("Administration")
            .Declare(AdministrationPermissions.ViewAuditLog, "GetAuditLog", "Förbundets granskningslogg, senaste först, 50 per sida.");
}
