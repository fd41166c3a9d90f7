namespace Samordna.Web.Features.Registry.ExportRegister;

/// <summary>Export the whole register. The API endpoints of this use case; the area file lists them.</summary>
internal static class ExportRegisterEndpoints
{
    public static void Map(RouteGroupBuilder registry)
    {
        registry.MapGet("/export", Export)
            .Declare(RegistryPermissions.ManageNational, "ExportRegister", "Hela registret som fil (format=csv eller xlsx), en rad per medlemskap.");
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Export(string? format, ExportRegisterHandler handler, TimeProvider clock, CancellationToken ct)
    {
        if (ExportRegisterHandler.ParseFormat(format) is not { } chosen)
        {
            return ApiResults.Validation("format", "Format ska vara csv eller xlsx.");
        }

        var file = await handler.HandleAsync(chosen, SwedishCulture.Today(clock), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
