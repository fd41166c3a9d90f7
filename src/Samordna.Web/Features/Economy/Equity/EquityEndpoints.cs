namespace Samordna.Web.Features.Economy.Equity;

/// <summary>A year's equity, its forecast and the reasonable level by the state allocation's tiers.</summary>
internal static class EquityEndpoints
{
    public static void Map(RouteGroupBuilder association)
    {
        association.MapGet("/equity", Get)
            .Declare(EconomyPermissions.ViewBudget, "GetEquity",
                "Årets eget kapital: ingående + intäkter − kostnader = utgående ur bokföringen (en skillnad mot bokföringen visas som egen rad), prognosen för årets slut (ingående eget kapital + den fastställda budgetens resultat), den skäliga nivån enligt nästa års medelstilldelning och vad ett överskott skulle ta av nästa års statliga tilldelning.");
    }

    private static async Task<Results<Ok<YearEquity>, ValidationProblem>> Get(Guid associationId, int? year, EquityReader reader, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors().Range("year", "År", year, 2000, 2199);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        return TypedResults.Ok(await reader.ReadAsync(associationId, year ?? SwedishCulture.Today(clock).Year, ct));
    }
}
