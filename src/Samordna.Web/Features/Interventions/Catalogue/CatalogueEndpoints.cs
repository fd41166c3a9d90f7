using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Infrastructure.Caching;

namespace Samordna.Web.Features.Interventions.Catalogue;

/// <summary>
/// The public catalogue and the open data (no login): search, every published intervention as JSON or CSV, and the
/// register of decided grants with 360Giving field names. The API endpoints of this use case; the area file lists them.
/// </summary>
internal static class CatalogueEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var catalogue = api.MapGroup("/catalogue").WithTags("Insatskatalog");
        catalogue.MapGet("/interventions", Search)
            .AllowAnonymous()
            .CacheOutput(PublicDataOutputPolicy.Name)
            .WithName("SearchCatalogue")
            .WithSummary("Sök bland alla förbunds publicerade, pågående insatser: kommun (SCB-kod), målgrupp (kod), inriktning och fritext (svensk stamning).");
        var open = api.MapGroup("/open-data").WithTags("Öppna data");
        open.MapGet("/interventions", Interventions)
            .AllowAnonymous()
            .CacheOutput(PublicDataOutputPolicy.Name)
            .WithName("OpenDataInterventions")
            .WithSummary("Hela insatskatalogen som öppna data (format=json eller csv).");
        open.MapGet("/grants", Grants)
            .AllowAnonymous()
            .CacheOutput(PublicDataOutputPolicy.Name)
            .WithName("OpenDataGrants")
            .WithSummary("Register över beslutade medel till insatser (format=json eller csv), med fältnamn enligt 360Giving. Innehåller aldrig personer.");
    }

    private static async Task<Results<Ok<CataloguePage>, ValidationProblem>> Search(
        string? municipality, string? targetGroup, Orientation? orientation, string? q, int? page, SearchCatalogueHandler handler, CancellationToken ct)
    {
        if (Validate(municipality, targetGroup, q, page) is { IsValid: false } errors)
        {
            return ApiResults.Validation(errors);
        }

        return TypedResults.Ok(await handler.HandleAsync(new CatalogueQuery(municipality, targetGroup, orientation, q, page ?? 1), ct));
    }

    /// <summary>The catalogue's query limits, the same for the page and the API.</summary>
    public static ValidationErrors Validate(string? municipality, string? targetGroup, string? text, int? page)
    {
        var errors = new ValidationErrors();
        if (municipality is { Length: > 0 } m && (m.Length != 4 || !m.All(char.IsAsciiDigit)))
        {
            errors.Add("municipality", "Kommunen anges med sin kommunkod (fyra siffror).");
        }

        errors.FreeText("targetGroup", "Målgrupp", targetGroup, 80);
        errors.FreeText("q", "Sökord", text, 200);
        errors.Range("page", "Sida", page, 1, 10_000);
        return errors;
    }

    private static async Task<Results<Ok<IReadOnlyList<CatalogueEntry>>, FileContentHttpResult, ValidationProblem>> Interventions(
        string? format, SearchCatalogueHandler handler, CancellationToken ct)
    {
        if (ParseFormat(format) is not { } chosen)
        {
            return ApiResults.Validation("format", "Format ska vara json eller csv.");
        }

        var all = await handler.AllAsync(ct);
        if (chosen == "json")
        {
            return TypedResults.Ok(all);
        }

        var csv = CsvFormat.Write(
            ["id", "forbund", "namn", "beskrivning", "inriktning", "preciserad_inriktning", "malgrupper", "kommuner", "alder_fran", "alder_till", "hur_man_kommer_in", "insatsagare", "startdatum", "slutdatum", "kontakt"],
            all.Select(e => (IReadOnlyList<object?>)
            [
                e.Id.ToString(), e.AssociationName, e.Name, e.Description, e.OrientationName, e.PreciseOrientation, string.Join("; ", e.TargetGroups),
                string.Join("; ", e.Municipalities), e.AgeFrom, e.AgeTo, InterventionNames.Of(e.AccessRoute), e.Owner, Iso(e.StartDate), Iso(e.EndDate), e.Contact,
            ]));
        return TypedResults.File(csv, "text/csv; charset=utf-8", "insatskatalog.csv");
    }

    private static async Task<Results<Ok<IReadOnlyList<DecidedGrant>>, FileContentHttpResult, ValidationProblem>> Grants(
        string? format, ListGrantsHandler handler, CancellationToken ct)
    {
        if (ParseFormat(format) is not { } chosen)
        {
            return ApiResults.Validation("format", "Format ska vara json eller csv.");
        }

        var grants = await handler.HandleAsync(ct);
        if (chosen == "json")
        {
            return TypedResults.Ok(grants);
        }

        var csv = CsvFormat.Write(
            ["Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date", "Planned Dates:Start Date", "Planned Dates:End Date",
             "Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name", "Decision Number", "Year", "Orientation"],
            grants.Select(g => (IReadOnlyList<object?>)
            [
                g.Identifier, g.Title, g.Description, g.Currency, g.AmountAwarded.ToString("0.00", CultureInfo.InvariantCulture), Iso(g.AwardDate),
                Iso(g.PlannedStartDate), Iso(g.PlannedEndDate), g.RecipientOrganization.Id, g.RecipientOrganization.Name,
                g.FundingOrganization.Id, g.FundingOrganization.Name, g.DecisionNumber, g.Year, InterventionNames.Of(g.Orientation),
            ]));
        return TypedResults.File(csv, "text/csv; charset=utf-8", "beslutade-medel.csv");
    }

    private static string? ParseFormat(string? format) => (format ?? "json").Trim().ToLowerInvariant() switch
    {
        "json" => "json",
        "csv" => "csv",
        _ => null,
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
