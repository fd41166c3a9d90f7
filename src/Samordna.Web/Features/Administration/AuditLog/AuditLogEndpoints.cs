namespace Samordna.Web.Features.Administration.AuditLog;

/// <summary>The audit log over the API, in Swedish as on the pages. The area file lists these.</summary>
internal static class AuditLogEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/associations/{associationId:guid}/audit", (Guid associationId, DateOnly? from, DateOnly? to, string? entityType, Guid? userId, int? page, GetAuditLogHandler h, CancellationToken ct) =>
                Read(h, new AuditLogFilter(associationId, from, to, entityType, userId, page ?? 1), ct))
            .WithTags("Administration")
            .Declare(AdministrationPermissions.ViewAuditLog, "GetAuditLog",
                "Förbundets granskningslogg på svenska, senaste först, 50 per sida (from, to, entityType, userId filtrerar).");
        api.MapGet("/admin/audit", (DateOnly? from, DateOnly? to, string? entityType, Guid? userId, int? page, GetAuditLogHandler h, CancellationToken ct) =>
                Read(h, new AuditLogFilter(null, from, to, entityType, userId, page ?? 1), ct))
            .WithTags("Administration")
            .Declare(AdministrationPermissions.ManageUsers, "GetSystemAuditLog", "Hela systemets granskningslogg (systemadministratörer), med samma filter.");
    }

    private static async Task<Results<Ok<AuditLogPage>, ValidationProblem>> Read(GetAuditLogHandler h, AuditLogFilter filter, CancellationToken ct)
    {
        var errors = new ValidationErrors()
            .Check(filter.From is not { } f || f.Year is >= 2000 and <= 2100, "from", "Från och med måste ligga mellan år 2000 och 2100.")
            .Check(filter.To is not { } t || t.Year is >= 2000 and <= 2100, "to", "Till och med måste ligga mellan år 2000 och 2100.")
            .Check(filter.From is null || filter.To is null || filter.To >= filter.From, "to", "Till och med får inte vara före Från och med.")
            .Check(filter.Page is >= 1 and <= 100_000, "page", "Sida måste vara mellan 1 och 100 000.");
        return errors.IsValid ? TypedResults.Ok(await h.HandleAsync(filter, ct)) : ApiResults.Validation(errors);
    }
}
