using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Samordna.Web.Data.Demo;
using Samordna.Web.Domain;
using Samordna.Web.Features.Allocation.CompareRuns;
using Samordna.Web.Features.Allocation.ComputeAllocation;
using Samordna.Web.Features.Allocation.Contributions;
using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.DecideRun;
using Samordna.Web.Features.Allocation.EditAssociationInputs;
using Samordna.Web.Features.Allocation.EditParameters;
using Samordna.Web.Features.Allocation.Engine;
using Samordna.Web.Features.Allocation.ImportDataSet;
using Samordna.Web.Features.Allocation.ListDataSets;
using Samordna.Web.Features.Allocation.ListRuns;
using Samordna.Web.Features.Allocation.Overview;
using Samordna.Web.Features.Allocation.ReproduceRun;
using Samordna.Web.Features.Allocation.RunAllocation;
using Samordna.Web.Features.Allocation.ViewDataSet;
using Samordna.Web.Features.Allocation.ViewRun;
using Samordna.Web.Features.Shared;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Allocation;

/// <summary>
/// The state allocation (national: data sets, year parameters, runs, decisions) and the members' contributions (per
/// association). The pure engine is in Engine/, the file formats in Files/; see README.md.
/// </summary>
public sealed class AllocationArea : IFeatureArea
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ImportDataSetHandler>();
        services.AddScoped<ListDataSetsHandler>();
        services.AddScoped<GetDataSetHandler>();
        services.AddScoped<EditParametersHandler>();
        services.AddScoped<EditAssociationInputsHandler>();
        services.AddScoped<RunInputsBuilder>();
        services.AddScoped<RunAllocationHandler>();
        services.AddScoped<GetRunHandler>();
        services.AddScoped<ListRunsHandler>();
        services.AddScoped<DecideRunHandler>();
        services.AddScoped<ReproduceRunHandler>();
        services.AddScoped<CompareRunsHandler>();
        services.AddScoped<YearOverviewHandler>();
        services.AddScoped<ContributionBuilder>();
        services.AddScoped<GetContributionsHandler>();
        services.AddScoped<AdoptContributionsHandler>();
        services.AddScoped<InternalSplitHandler>();
        services.AddScoped<IDemoDataContributor, AllocationDemoData>();
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new("Medelstilldelning", "/medelstilldelning", NavPlacement.Main, 40, AllocationPermissions.ViewNational),
        new("Medlemsbidrag", "/forbund/{associationId}/medlemsbidrag", NavPlacement.Association, 40, AllocationPermissions.ViewContributions),
        new("Underlag till tilldelningen", "/forbund/{associationId}/tilldelningsunderlag", NavPlacement.Association, 41, AllocationPermissions.EditInputs),
    ];

    public void MapApi(RouteGroupBuilder api)
    {
        var allocation = api.MapGroup("/allocation").WithTags("Medelstilldelning");
        allocation.MapPost("/compute", Compute)
            .RequirePermission(AllocationPermissions.Compute)
            .WithName("ComputeAllocation")
            .WithSummary("Beräknar en fördelning på inskickade uppgifter utan att spara något. Belopp i kronor; 400 för felaktiga uppgifter, 422 när gränserna inte går att uppfylla.");

        allocation.MapGet("/data-sets", async (ListDataSetsHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .RequirePermission(AllocationPermissions.ViewNational)
            .WithName("ListAllocationDataSets")
            .WithSummary("Inlästa statistikunderlag, nyast först.");
        allocation.MapPost("/data-sets", ImportDataSet)
            .RequirePermission(AllocationPermissions.ManageNational)
            .WithName("ImportAllocationDataSet")
            .WithSummary("Läser in ett statistikunderlag (CSV som text i content, eller CSV/Excel base64-kodat i contentBase64). Allt eller inget; varje felaktig rad redovisas.");
        allocation.MapGet("/data-sets/{dataSetId:guid}", GetDataSet)
            .RequirePermission(AllocationPermissions.ViewNational)
            .WithName("GetAllocationDataSet")
            .WithSummary("Ett underlag med alla rader och om raderna stämmer med kontrollsumman.");
        allocation.MapGet("/data-sets/{dataSetId:guid}/export", ExportDataSet)
            .RequirePermission(AllocationPermissions.ViewNational)
            .WithName("ExportAllocationDataSet")
            .WithSummary("Underlaget som CSV i samma form som inläsningen läser.");

        allocation.MapGet("/parameters", async (EditParametersHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .RequirePermission(AllocationPermissions.ViewNational)
            .WithName("ListAllocationParameters")
            .WithSummary("Sparade parametrar per år.");
        allocation.MapGet("/parameters/{year:int}", GetParameters)
            .RequirePermission(AllocationPermissions.ViewNational)
            .WithName("GetAllocationParameters")
            .WithSummary("Ett års parametrar (forskningens standardvärden om inga är sparade, med isStored = false) och hur väl standardvärdena är belagda.");
        allocation.MapPut("/parameters/{year:int}", PutParameters)
            .RequirePermission(AllocationPermissions.ManageNational)
            .WithName("PutAllocationParameters")
            .WithSummary("Skapar eller ändrar ett års parametrar. Vid ändring skickas den version du läste; 409 om någon annan hunnit ändra.");
        allocation.MapGet("/years/{year:int}", async (int year, YearOverviewHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(year, ct)))
            .RequirePermission(AllocationPermissions.ViewNational)
            .WithName("GetAllocationYear")
            .WithSummary("Årets parametrar, förbunden med områden och uppgifter enligt registret, och årets körningar.");

        allocation.MapPost("/runs", Run)
            .RequirePermission(AllocationPermissions.ManageNational)
            .WithName("RunAllocation")
            .WithSummary("Kör årets fördelning på lagrade uppgifter, med valfria ändringar (overrides). save = false räknar utan att spara; save = true sparar körningen med namn och låser dess underlag.");
        allocation.MapGet("/runs", async (int? year, ListRunsHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(year, ct)))
            .RequirePermission(AllocationPermissions.ViewNational)
            .WithName("ListAllocationRuns")
            .WithSummary("Sparade körningar (valfritt ett år).");
        allocation.MapGet("/runs/{runId:guid}", GetRun)
            .RequirePermission(AllocationPermissions.ViewNational)
            .WithName("GetAllocationRun")
            .WithSummary("En sparad körning med låsta parametrar och resultat per förbund, med förklaring.");
        allocation.MapPost("/runs/{runId:guid}/decision", Decide)
            .RequirePermission(AllocationPermissions.ManageNational)
            .WithName("DecideAllocationRun")
            .WithSummary("Gör körningen till årets beslutade tilldelning (skicka version). Medlemsbidragen räknas från den.");
        allocation.MapGet("/runs/{runId:guid}/reproduction", Reproduce)
            .RequirePermission(AllocationPermissions.ViewNational)
            .WithName("ReproduceAllocationRun")
            .WithSummary("Räknar om körningen från dess låsta underlag och jämför med det sparade resultatet.");
        allocation.MapGet("/runs/{runId:guid}/export", ExportRun)
            .RequirePermission(AllocationPermissions.ViewNational)
            .WithName("ExportAllocationRun")
            .WithSummary("Resultatet som CSV (format=csv, standard) eller Excel (format=xlsx).");
        allocation.MapGet("/comparisons", Compare)
            .RequirePermission(AllocationPermissions.ViewNational)
            .WithName("CompareAllocationRuns")
            .WithSummary("Två körningar sida vid sida (a och b): parametrar och belopp per förbund med skillnaden b − a.");

        var association = api.MapGroup("/associations/{associationId:guid}").WithTags("Medelstilldelning");
        association.MapGet("/allocation-inputs", GetInputs)
            .RequirePermission(AllocationPermissions.EditInputs)
            .WithName("GetAllocationInputs")
            .WithSummary("Förbundets uppgifter till ett års medelstilldelning (year).");
        association.MapPut("/allocation-inputs", PutInputs)
            .RequirePermission(AllocationPermissions.EditInputs)
            .WithName("PutAllocationInputs")
            .WithSummary("Sparar förbundets uppgifter för ett år. Föregående tilldelning och skäligt eget kapital får bara nationella roller ändra.");
        association.MapGet("/contributions/{year}", GetContributions)
            .RequirePermission(AllocationPermissions.ViewContributions)
            .WithName("GetContributions")
            .WithSummary("Medlemsbidragen ett budgetår: den fastställda tabellen (eller version), annars ett förslag från årets beslutade körning. Medlemsrepresentanter får bara sin egen rad.");
        association.MapPost("/contributions/{year}/adoption", Adopt)
            .RequirePermission(AllocationPermissions.ManageContributions)
            .WithName("AdoptContributions")
            .WithSummary("Fastställer medlemsbidragen för året som de räknas nu och sparar varje rad.");
        association.MapGet("/internal-splits/{organisationId:guid}", GetInternalSplit)
            .RequirePermission(AllocationPermissions.ManageContributions)
            .WithName("GetInternalSplit")
            .WithSummary("En medlems interna fördelning ett år (year): nyckel och enheter.");
        association.MapPut("/internal-splits/{organisationId:guid}", PutInternalSplit)
            .RequirePermission(AllocationPermissions.ManageContributions)
            .WithName("PutInternalSplit")
            .WithSummary("Sparar en medlems interna fördelning (tom lista tar bort den).");
    }

    public sealed record ImportDataSetApiRequest(int? Year, string? Name, string? Source, string? AgeBand, string? FileName, string? Content, string? ContentBase64, bool? IsIllustrative);

    public sealed record RunResponse(
        Guid? Id,
        int Year,
        string? Name,
        AllocationRunStatus? Status,
        Guid DataSetId,
        string DataSetHash,
        ParameterSnapshot Parameters,
        string Lambda,
        Sek Frame,
        Sek TotalAmount,
        int FloorsBinding,
        int CeilingsBinding,
        IReadOnlyList<AssociationAllocationResponse> Associations,
        long? Version);

    public sealed record VersionRequest(long? Version);

    public sealed record DataSetResponse(
        Guid Id,
        int Year,
        int Sequence,
        string Name,
        string Source,
        string AgeBand,
        string FileName,
        bool IsIllustrative,
        string ContentHash,
        int UnitCount,
        Sek TotalSupportMeasure,
        long TotalWorkingAgePopulation,
        DateTime ImportedAt,
        string ImportedBy,
        bool HashMatches,
        int RunCount,
        IReadOnlyList<DataSetUnitResponse> Units);

    public sealed record DataSetUnitResponse(string Code, string Name, Sek SupportMeasure, long WorkingAgePopulation, Sek? FinancialAssistance, int SourceRow);

    public sealed record VersionResponse(long? Version);

    public sealed record AdoptRequest(string? Note);

    public sealed record AdoptResponse(int Sequence);

    private static Results<Ok<AllocationResponse>, ValidationProblem, ProblemHttpResult> Compute(ComputeRequest request)
    {
        var errors = ComputeAllocationHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var outcome = ComputeAllocationHandler.Handle(request);
        return outcome.IsSuccess
            ? TypedResults.Ok(AllocationResponse.From(outcome.Value))
            : Infeasible(outcome.Errors);
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

    private static async Task<Results<Ok<DataSetResponse>, ProblemHttpResult>> GetDataSet(Guid dataSetId, GetDataSetHandler handler, CancellationToken ct)
    {
        var d = await handler.HandleAsync(dataSetId, ct);
        if (d is null)
        {
            return ApiResults.Problem(AllocationErrors.DataSetNotFound);
        }

        var set = d.DataSet;
        return TypedResults.Ok(new DataSetResponse(
            set.Id, set.Year, set.Sequence, set.Name, set.Source, set.AgeBand, set.FileName, set.IsIllustrative, set.ContentHash, set.UnitCount,
            set.TotalSupportMeasure, set.TotalWorkingAgePopulation, set.ImportedAt, set.ImportedBy, d.HashMatches, d.RunCount,
            d.Units.Select(u => new DataSetUnitResponse(u.Code, u.Name, u.SupportMeasure, u.WorkingAgePopulation, u.FinancialAssistance, u.SourceRow)).ToArray()));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportDataSet(Guid dataSetId, GetDataSetHandler handler, CancellationToken ct)
    {
        var d = await handler.HandleAsync(dataSetId, ct);
        return d is null
            ? ApiResults.Problem(AllocationErrors.DataSetNotFound)
            : TypedResults.File(Files.DataSetCsv.Write(d.DataSet, d.Units), Infrastructure.Files.TabularFile.CsvContentType, $"underlag-{d.DataSet.Year}-v{d.DataSet.Sequence}.csv");
    }

    private static async Task<Results<Ok<YearParametersResponse>, ValidationProblem>> GetParameters(int year, EditParametersHandler handler, CancellationToken ct) =>
        year is < 2016 or > 2100
            ? ApiResults.Validation("year", "Året måste vara 2016 eller senare.")
            : TypedResults.Ok(await handler.GetAsync(year, ct));

    private static async Task<Results<Ok<VersionResponse>, ValidationProblem, ProblemHttpResult>> PutParameters(int year, YearParametersRequest request, EditParametersHandler handler, CancellationToken ct)
    {
        var errors = EditParametersHandler.Validate(year, request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(year, request, ct);
        return result.IsSuccess ? TypedResults.Ok(new VersionResponse(result.Value)) : ApiResults.Failure<Ok<VersionResponse>>(result.Error!);
    }

    private static async Task<Results<Ok<RunResponse>, Created<RunResponse>, ValidationProblem, ProblemHttpResult>> Run(RunAllocationRequest request, RunAllocationHandler handler, CancellationToken ct)
    {
        var errors = RunAllocationHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(request, ct);
        if (!result.IsSuccess)
        {
            return ApiResults.Failure<Ok<RunResponse>, Created<RunResponse>>(result.Error!);
        }

        var (c, runId) = result.Value;
        if (!c.IsSuccess)
        {
            return c.Errors.AreAllAboutFields()
                ? ApiResults.Validation(OverrideErrors(c.Errors))
                : Infeasible(c.Errors);
        }

        var response = new RunResponse(runId, c.Parameters.Year, request.Save ? request.Name!.Trim() : null, runId is null ? null : AllocationRunStatus.Saved,
            c.DataSet.Id, c.DataSet.ContentHash, c.Parameters, c.Result!.Lambda.ToString(), c.Parameters.Frame, c.Result.TotalAmount,
            c.Rows.Count(r => r.Binding == BindingBound.Floor), c.Rows.Count(r => r.Binding == BindingBound.Ceiling),
            c.Rows.Select(r => AssociationAllocationResponse.From(r) with { ResultId = runId is null ? null : r.Id }).ToArray(), runId is null ? null : 0);
        return runId is { } id ? TypedResults.Created($"/api/v1/allocation/runs/{id}", response) : TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<RunResponse>, ProblemHttpResult>> GetRun(Guid runId, GetRunHandler handler, CancellationToken ct)
    {
        var d = await handler.HandleAsync(runId, ct);
        if (d is null)
        {
            return ApiResults.Problem(AllocationErrors.RunNotFound);
        }

        var run = d.Run;
        return TypedResults.Ok(new RunResponse(run.Id, run.Year, run.Name, run.Status, run.DataSetId, run.DataSetHash, d.Parameters, run.Lambda, run.Frame,
            Sek.Sum(d.Results.Select(r => r.Amount)), run.FloorsBinding, run.CeilingsBinding, d.Results.Select(AssociationAllocationResponse.From).ToArray(), run.Version));
    }

    private static async Task<Results<Ok<VersionResponse>, ValidationProblem, ProblemHttpResult>> Decide(Guid runId, VersionRequest request, DecideRunHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(runId, request.Version, ct);
        return result.IsSuccess ? TypedResults.Ok(new VersionResponse(result.Value)) : ApiResults.Failure<Ok<VersionResponse>>(result.Error!);
    }

    private static async Task<Results<Ok<ReproductionReport>, ValidationProblem, ProblemHttpResult>> Reproduce(Guid runId, ReproduceRunHandler handler, CancellationToken ct)
    {
        return ApiResults.From(await handler.HandleAsync(runId, ct), TypedResults.Ok);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportRun(Guid runId, string? format, GetRunHandler handler, CancellationToken ct)
    {
        if (format is not (null or "csv" or "xlsx"))
        {
            return ApiResults.Validation("format", "Formatet ska vara csv eller xlsx.");
        }

        var d = await handler.HandleAsync(runId, ct);
        if (d is null)
        {
            return ApiResults.Problem(AllocationErrors.RunNotFound);
        }

        return format == "xlsx"
            ? TypedResults.File(RunExport.Xlsx(d.Results), Infrastructure.Files.TabularFile.XlsxContentType, RunExport.FileName(d.Run, "xlsx"))
            : TypedResults.File(RunExport.Csv(d.Results), Infrastructure.Files.TabularFile.CsvContentType, RunExport.FileName(d.Run, "csv"));
    }

    private static async Task<Results<Ok<RunComparison>, ValidationProblem, ProblemHttpResult>> Compare(Guid? a, Guid? b, CompareRunsHandler handler, CancellationToken ct)
    {
        if (a is null || b is null)
        {
            var errors = new ValidationErrors();
            errors.Required("a", "Körning a", a);
            errors.Required("b", "Körning b", b);
            return ApiResults.Validation(errors);
        }

        return ApiResults.From(await handler.HandleAsync(a.Value, b.Value, ct), TypedResults.Ok);
    }

    private static async Task<Results<Ok<AssociationInputsResponse>, ValidationProblem, ProblemHttpResult>> GetInputs(Guid associationId, int? year, EditAssociationInputsHandler handler, CancellationToken ct)
    {
        if (year is not { } y || y is < 2016 or > 2100)
        {
            return ApiResults.Validation("year", "Ange tilldelningsåret (year), 2016 eller senare.");
        }

        var response = await handler.GetAsync(associationId, y, ct);
        return response is null ? ApiResults.Problem(AllocationErrors.AssociationNotFound) : TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<VersionResponse>, ValidationProblem, ProblemHttpResult>> PutInputs(Guid associationId, int? year, AssociationInputsRequest request, EditAssociationInputsHandler handler, AccessControl access, CancellationToken ct)
    {
        if (year is not { } y)
        {
            return ApiResults.Validation("year", "Ange tilldelningsåret (year).");
        }

        var errors = EditAssociationInputsHandler.Validate(y, request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var national = await access.IsAllowedAsync(AllocationPermissions.ManageNational, null, ct);
        var result = await handler.HandleAsync(associationId, y, request, national, ct);
        return result.IsSuccess ? TypedResults.Ok(new VersionResponse(result.Value)) : ApiResults.Failure<Ok<VersionResponse>>(result.Error!);
    }

    private static async Task<Results<Ok<ContributionsResponse>, ValidationProblem, ProblemHttpResult>> GetContributions(Guid associationId, int year, int? version, GetContributionsHandler handler, CancellationToken ct)
    {
        return ApiResults.From(await handler.HandleAsync(associationId, year, version, ct), TypedResults.Ok);
    }

    private static async Task<Results<Created<AdoptResponse>, ValidationProblem, ProblemHttpResult>> Adopt(Guid associationId, int year, AdoptRequest request, AdoptContributionsHandler handler, CancellationToken ct)
    {
        var errors = AdoptContributionsHandler.Validate(year, request.Note);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(associationId, year, request.Note, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/v1/associations/{associationId}/contributions/{year}?version={result.Value}", new AdoptResponse(result.Value))
            : ApiResults.Failure<Created<AdoptResponse>>(result.Error!);
    }

    private static async Task<Results<Ok<InternalSplitResponse>, ValidationProblem, ProblemHttpResult>> GetInternalSplit(Guid associationId, Guid organisationId, int? year, InternalSplitHandler handler, CancellationToken ct)
    {
        if (year is not { } y || y is < 2016 or > 2100)
        {
            return ApiResults.Validation("year", "Ange budgetåret (year), 2016 eller senare.");
        }

        var response = await handler.GetAsync(associationId, organisationId, y, ct);
        return response is null ? ApiResults.Problem(AllocationErrors.NotAMember) : TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<VersionResponse>, ValidationProblem, ProblemHttpResult>> PutInternalSplit(Guid associationId, Guid organisationId, int? year, InternalSplitRequest request, InternalSplitHandler handler, CancellationToken ct)
    {
        if (year is not { } y || y is < 2016 or > 2100)
        {
            return ApiResults.Validation("year", "Ange budgetåret (year), 2016 eller senare.");
        }

        var errors = InternalSplitHandler.Validate(request);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        var result = await handler.HandleAsync(associationId, organisationId, y, request, ct);
        return result.IsSuccess ? TypedResults.Ok(new VersionResponse(result.Value)) : ApiResults.Failure<Ok<VersionResponse>>(result.Error!);
    }


    /// <summary>422: the engine's Swedish messages, with the associations they name under <c>associations</c>.</summary>
    private static ProblemHttpResult Infeasible(IReadOnlyList<Error> failure) =>
        ApiResults.Problem(new Error(failure[0].Code, failure.Describe(), ErrorKind.BusinessRule), new Dictionary<string, object?>
        {
            ["associations"] = failure.Subjects(),
            ["messages"] = failure.Select(e => e.Message).ToArray(),
        });

    private static ValidationErrors OverrideErrors(IReadOnlyList<Error> failure)
    {
        var errors = new ValidationErrors();
        foreach (var e in failure)
        {
            var field = e.Field is { Length: > 0 } f ? char.ToLowerInvariant(f[0]) + f[1..] : "overrides";
            errors.Add(e.Subjects.Count > 0 ? $"associations.{e.Subjects[0]}.{field}" : $"overrides.{field}", e.Message);
        }

        return errors;
    }
}
