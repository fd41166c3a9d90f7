namespace Samordna.Web.Features.Registry.NationalOverview;

/// <summary>The public national overview. The API endpoints of this use case; the area file lists them.</summary>
internal static class NationalOverviewEndpoints
{
    public static void Map(RouteGroupBuilder registry)
    {
        registry.MapGet("/overview", Overview)
            .AllowAnonymous()
            .CacheOutput(Infrastructure.Caching.PublicDataOutputPolicy.Name)
            .WithName("GetNationalOverview")
            .WithSummary("Offentlig översikt ett visst datum (asOf): antal förbund, kommunerna i varje, kommuner utanför per län och utvecklingen per år.");
        registry.MapGet("/municipalities", Municipalities)
            .AllowAnonymous()
            .CacheOutput(Infrastructure.Caching.PublicDataOutputPolicy.Name)
            .WithName("SearchMunicipality")
            .WithSummary("Vilket samordningsförbund hör min kommun till? Kommuner vars namn innehåller name (versaler, bindestreck och \"kommun\" spelar ingen roll), med förbunden de hör till ett visst datum (asOf); problem säger varför frågan inte kunde ställas.");
    }

    private static async Task<Ok<NationalOverviewResult>> Overview(DateOnly? asOf, GetNationalOverviewHandler handler, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(asOf ?? SwedishCulture.Today(clock), ct));

    private static async Task<Ok<MunicipalitySearchResult>> Municipalities(string? name, DateOnly? asOf, SearchMunicipalityHandler handler, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(name, asOf ?? SwedishCulture.Today(clock), ct));
}
