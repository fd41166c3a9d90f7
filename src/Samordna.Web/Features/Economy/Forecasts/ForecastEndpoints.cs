using Samordna.Web.Features.Governance;

namespace Samordna.Web.Features.Economy.Forecasts;

/// <summary>The forecast per tertial's API, under <c>/associations/{associationId}</c>.</summary>
internal static class ForecastEndpoints
{
    public static void Map(RouteGroupBuilder association)
    {
        association.MapGet("/forecasts", Get)
            .Declare(EconomyPermissions.ViewBudget, "GetForecast",
                "Prognosen efter ett tertial (tertialrapportens siffror): per rad budget, utfall enligt bokföringen till och med tertialets sista dag och prognos för helåret, avvikelse i kronor och procent, och summorna. Utan sparad prognos ett förslag (isSaved = false). Utan tertial det senaste som har slutat.");
        association.MapPut("/forecasts", Save)
            .Declare(EconomyPermissions.ManageBudget, "SaveForecast",
                "Spara prognosen för ett år och tertial: varje rads helårsprognos och en kommentar; versionen som lästes krävs när prognosen redan finns.");
        association.MapGet("/forecasts/export", Export)
            .Declare(EconomyPermissions.ViewBudget, "ExportForecast", "Tertialrapportens prognos som Excel (en rad per budgetrad; belopp i kronor som tal).");
    }

    private static async Task<Results<Ok<ForecastView>, ValidationProblem, ProblemHttpResult>> Get(
        Guid associationId, int? year, int? tertial, ForecastHandler handler, TimeProvider clock, CancellationToken ct)
    {
        var read = await ReadAsync(associationId, year, tertial, handler, clock, ct);
        return read switch
        {
            { View: { } view } => TypedResults.Ok(view),
            { Errors: { } errors } => ApiResults.Validation(errors),
            _ => ApiResults.Problem(EconomyErrors.ForecastTertialNotFound),
        };
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Export(
        Guid associationId, int? year, int? tertial, ForecastHandler handler, TimeProvider clock, CancellationToken ct)
    {
        var read = await ReadAsync(associationId, year, tertial, handler, clock, ct);
        return read switch
        {
            { View: { } view } => TypedResults.File(ForecastExport.Xlsx(view), TabularFile.ContentType(FileKind.Xlsx), ForecastExport.FileName(view)),
            { Errors: { } errors } => ApiResults.Validation(errors),
            _ => ApiResults.Problem(EconomyErrors.ForecastTertialNotFound),
        };
    }

    private static Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> Save(
        Guid associationId, SaveForecastRequest request, ForecastHandler handler, IOptions<EconomyOptions> options, CancellationToken ct) =>
        ApiResults.ValidateThen(ForecastHandler.Validate(request, options.Value), () => handler.SaveAsync(associationId, request, ct), TypedResults.Ok);

    private sealed record Read(ForecastView? View, ValidationErrors? Errors);

    private static async Task<Read> ReadAsync(Guid associationId, int? year, int? tertial, ForecastHandler handler, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors().Range("year", "År", year, 2000, 2199).Range("tertial", "Tertial", tertial, 1, 3);
        if (!errors.IsValid)
        {
            return new Read(null, errors);
        }

        var today = SwedishCulture.Today(clock);
        var y = year ?? today.Year;
        return new Read(await handler.GetAsync(associationId, y, tertial ?? handler.DefaultTertial(y, today), ct), null);
    }
}
