namespace Samordna.Web.Features.Economy.KeyFigures;

/// <summary>The key figures' API, under <c>/associations/{associationId}</c>.</summary>
internal static class KeyFiguresEndpoints
{
    public static void Map(RouteGroupBuilder association)
    {
        association.MapGet("/key-figures", Get)
            .Declare(EconomyPermissions.ViewBudget, "GetKeyFigures",
                "Årets nyckeltal ur bokföringen: administrationens andel av kostnaderna (styrelse, kansli och revision), individinriktade och strukturövergripande insatsers andel av insatskostnaderna, och kostnad per deltagare per insats och totalt (från uppföljningens skyddade antal: <5 och .. ger ingen kostnad per deltagare); den fastställda budgetens andelar bredvid. Utan inläst bokföring inga siffror ur den (booksRead = false).");
    }

    private static async Task<Results<Ok<YearKeyFigures>, ValidationProblem>> Get(Guid associationId, int? year, KeyFiguresReader reader, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors().Range("year", "År", year, 2000, 2199);
        if (!errors.IsValid)
        {
            return ApiResults.Validation(errors);
        }

        return TypedResults.Ok(await reader.ReadAsync(associationId, year ?? SwedishCulture.Today(clock).Year, ct));
    }
}
