using Microsoft.AspNetCore.Http.HttpResults;
using Samordna.Web.Domain;
using Samordna.Web.Features.Registry.ExportRegister;
using Samordna.Web.Features.Registry.ImportRegister;
using Samordna.Web.Features.Registry.MergeAssociations;
using Samordna.Web.Features.Registry.NationalOverview;
using Samordna.Web.Features.Registry.RegisterFiles;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Registry;

/// <summary>/api/v1/registry: the national register as a whole. Outside any association's scope.</summary>
internal static class NationalRegistryApi
{
    public static void Map(RouteGroupBuilder registry)
    {
        registry.MapGet("/overview", Overview)
            .AllowAnonymous()
            .CacheOutput(Infrastructure.Caching.PublicDataOutputPolicy.Name)
            .WithName("GetNationalOverview")
            .WithSummary("Offentlig översikt ett visst datum (asOf): antal förbund, kommunerna i varje, kommuner utanför per län och utvecklingen per år.");
        registry.MapGet("/export", Export)
            .RequirePermission(RegistryPermissions.ManageNational)
            .WithName("ExportRegister")
            .WithSummary("Hela registret som fil (format=csv eller xlsx), en rad per medlemskap.");
        registry.MapPost("/import", Import)
            .RequirePermission(RegistryPermissions.ManageNational)
            .WithName("ImportRegister")
            .WithSummary("Importera registret: filen (CSV eller .xlsx, avgörs av innehållet) som anropets innehåll. Allt eller inget; dryRun=true provkör. 400 listar varje felaktig rad; 413 om filen är större än gränsen (Files:MaxBytes).");
        registry.MapPost("/mergers", Merge)
            .RequirePermission(RegistryPermissions.ManageNational)
            .WithName("MergeAssociations")
            .WithSummary("Registrera en sammanslagning: det ena förbundet består, det andra upplöses och dess medlemmar flyttar.");
    }

    private static async Task<Ok<NationalOverviewResult>> Overview(DateOnly? asOf, GetNationalOverviewHandler handler, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(asOf ?? SwedishCulture.Today(clock), ct));

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Export(string? format, ExportRegisterHandler handler, TimeProvider clock, CancellationToken ct)
    {
        if (ExportRegisterHandler.ParseFormat(format) is not { } chosen)
        {
            return ApiResults.Validation("format", "Format ska vara csv eller xlsx.");
        }

        var file = await handler.HandleAsync(chosen, SwedishCulture.Today(clock), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
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
                errors.Add("file", error);
            }

            return ApiResults.Validation(errors, $"Filen har {outcome.Errors.Count} fel och har inte importerats. Inget i registret har ändrats.");
        }

        return TypedResults.Ok(outcome);
    }

    private static async Task<Results<Ok<MergeRecorded>, ValidationProblem, ProblemHttpResult>> Merge(
        MergeAssociationsRequest request, MergeAssociationsHandler handler, CancellationToken ct)
    {
        var errors = MergeAssociationsHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(request, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : ApiResults.Failure<Ok<MergeRecorded>>(result.Error!);
    }
}
