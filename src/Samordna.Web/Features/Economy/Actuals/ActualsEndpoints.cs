namespace Samordna.Web.Features.Economy.Actuals;

/// <summary>The books: read a SIE file in (the body is the file), the account mapping, and a year's outcome.</summary>
internal static class ActualsEndpoints
{
    public static void Map(RouteGroupBuilder association)
    {
        association.MapPost("/ledger", Import)
            .Declare(EconomyPermissions.ManageBudget, "ImportLedger",
                "Läs in bokföringen från en SIE-fil (typ 1–4) eller en Excel- eller CSV-fil med kolumnerna Datum, Konto, Belopp och valfritt Verifikation, Kontonamn, Kostnadsställe, Projekt (anropets innehåll är filen). dryRun=true visar vad filen innehåller utan att spara; acceptUnbalanced=true godtar verifikationer som inte balanserar. Ett räkenskapsår som läses in igen ersätts helt; en tabell som skulle ersätta ett år med in- och utgående saldon från SIE vägras utom med replaceBalances=true.");
        association.MapGet("/account-mappings", Mappings)
            .Declare(EconomyPermissions.ManageBudget, "GetAccountMappings", "Resultatkontona i bokföringen och vilket budgetslag (och vilken insats) var och ett räknas till.");
        association.MapPut("/account-mappings", SaveMappings)
            .Declare(EconomyPermissions.ManageBudget, "SaveAccountMappings", "Koppla konton till budgetens slag; ett konto utan slag kopplas bort. Andra konton behåller sin koppling. Skicka read (slag och insats som du läste dem) per rad: en rad som är som du läste den skrivs inte, och har någon annan ändrat en rad sedan dess svarar anropet 409 och ingenting sparas.");
        association.MapGet("/object-mappings", ObjectMappings)
            .Declare(EconomyPermissions.ManageBudget, "GetObjectMappings",
                "Kostnadsställena (dimension 1) och projekten (dimension 6) i bokföringen, vilken insats var och en är kopplad till, och ett förslag (insatsen med samma namn) för dem som inte är kopplade.");
        association.MapPut("/object-mappings", SaveObjectMappings)
            .Declare(EconomyPermissions.ManageBudget, "SaveObjectMappings",
                "Koppla projekt och kostnadsställen till insatser: kostnadsrader (klass 4–7) på ett kopplat projekt, annars kostnadsställe, räknas till insatsen oavsett konto. Ett objekt utan insats kopplas bort; andra behåller sin koppling. Skicka read (insatsen som du läste den) per rad: en rad som är som du läste den skrivs inte, och har någon annan ändrat en rad sedan dess svarar anropet 409 och ingenting sparas.");
        association.MapGet("/actuals", Outcome)
            .Declare(EconomyPermissions.ViewBudget, "GetActuals", "Årets utfall ur bokföringen per budgetslag och insats, okopplade resultatkonton och eget kapital.");
    }

    private static async Task<Results<Ok<LedgerImportOutcome>, ValidationProblem>> Import(
        Guid associationId, bool? dryRun, bool? acceptUnbalanced, bool? replaceBalances, HttpRequest request, ImportLedgerHandler handler, IOptions<FileLimits> limits, CancellationToken ct)
    {
        var max = limits.Value.MaxBytes;
        if (request.ContentLength > max)
        {
            return ApiResults.Validation("file", $"Filen är för stor: den får vara högst {max / (1024 * 1024)} MB.");
        }

        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, ct)) > 0)
        {
            if (body.Length + read > max)
            {
                return ApiResults.Validation("file", $"Filen är för stor: den får vara högst {max / (1024 * 1024)} MB.");
            }

            body.Write(buffer, 0, read);
        }

        if (body.Length == 0)
        {
            return ApiResults.Validation("file", "Anropet innehåller ingen fil.");
        }

        body.Position = 0;
        var outcome = await handler.ImportAsync(associationId, body, "api.se", dryRun ?? false, acceptUnbalanced ?? false, ct, replaceBalances: replaceBalances ?? false);
        if (outcome.Errors.Count > 0)
        {
            var errors = new ValidationErrors();
            foreach (var e in outcome.Errors.Take(100))
            {
                errors.Add("file", e.Message);
            }

            return ApiResults.Validation(errors, "Filen har fel och har inte lästs in. Ingenting har sparats.");
        }

        return TypedResults.Ok(outcome);
    }

    private static async Task<Ok<IReadOnlyList<AccountMappingView>>> Mappings(Guid associationId, MapAccountsHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(associationId, ct));

    private static Task<Results<Ok<int>, ValidationProblem, ProblemHttpResult>> SaveMappings(Guid associationId, AccountMappingsRequest request, MapAccountsHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(MapAccountsHandler.Validate(request), () => handler.SaveAsync(associationId, request, ct), TypedResults.Ok);

    private static async Task<Ok<IReadOnlyList<ObjectMappingView>>> ObjectMappings(Guid associationId, MapObjectsHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(associationId, ct));

    private static Task<Results<Ok<int>, ValidationProblem, ProblemHttpResult>> SaveObjectMappings(Guid associationId, ObjectMappingsRequest request, MapObjectsHandler handler, CancellationToken ct) =>
        ApiResults.ValidateThen(MapObjectsHandler.Validate(request), () => handler.SaveAsync(associationId, request, ct), TypedResults.Ok);

    private static async Task<Results<Ok<YearActuals>, ValidationProblem, ProblemHttpResult>> Outcome(Guid associationId, int? year, ActualsReader books, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors().Range("year", "År", year, 2000, 2199);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        return await books.ReadAsync(associationId, year ?? SwedishCulture.Today(clock).Year, ct) is { } actuals
            ? TypedResults.Ok(actuals)
            : ApiResults.Problem(EconomyErrors.NoBooks);
    }
}
