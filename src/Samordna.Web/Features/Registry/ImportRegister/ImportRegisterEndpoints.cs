using Samordna.Web.Features.Registry.ExportRegister;

namespace Samordna.Web.Features.Registry.ImportRegister;

/// <summary>Import the whole register. The API endpoints of this use case; the area file lists them.</summary>
internal static class ImportRegisterEndpoints
{
    public static void Map(RouteGroupBuilder registry)
    {
        registry.MapPost("/import", Import)
            .Declare(RegistryPermissions.ManageNational, "ImportRegister", "Importera registret: filen (CSV eller .xlsx, avgörs av innehållet) som anropets innehåll. Allt eller inget; dryRun=true provkör. 400 listar varje felaktig rad; 413 om filen är större än gränsen (Files:MaxBytes).");
    }

    /// <summary>The body is the file; its kind (CSV or Excel) is read from the content. <c>format</c> is still accepted but not needed.</summary>
    private static async Task<Results<Ok<ImportRegisterOutcome>, ValidationProblem, ProblemHttpResult>> Import(
        HttpRequest request, string? format, bool? dryRun, string? fileName, ImportRegisterHandler handler, CancellationToken ct)
    {
        if (format is not null && ExportRegisterHandler.ParseFormat(format) is null)
        {
            return ApiResults.Validation("format", "Format ska vara csv eller xlsx.");
        }

        var outcome = await handler.HandleAsync(request.Body, fileName ?? "api", dryRun ?? false, ct);
        if (outcome.Problem is { } problem)
        {
            return problem.ToProblem();
        }

        if (!outcome.IsValid)
        {
            var errors = new ValidationErrors();
            foreach (var error in outcome.Errors)
            {
                errors.Add("file", error.Message);
            }

            return ApiResults.Validation(errors, $"Filen har {outcome.Errors.Count} fel och har inte importerats. Inget i registret har ändrats.");
        }

        return TypedResults.Ok(outcome);
    }
}
