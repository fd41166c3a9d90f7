using Samordna.Web.Infrastructure.Caching;

namespace Samordna.Web.Features.Registry.NationalOverview;

/// <summary>
/// "Vilket samordningsförbund hör min kommun till?" on a date. The municipalities with their associations are kept
/// per date until the register changes (<see cref="PublicDataCache"/>), like the overview; each question is then
/// answered in memory (<see cref="MunicipalitySearch"/>), so no question reaches the database.
/// </summary>
public sealed class SearchMunicipalityHandler(AppDbContext db, PublicDataCache cache)
{
    public async Task<MunicipalitySearchResult> HandleAsync(string? name, DateOnly asOf, CancellationToken ct)
    {
        var index = await cache.GetOrCreateAsync(db, $"municipality-index:{Domain.SwedishCulture.Date(asOf)}", async token =>
        {
            var r = await OverviewRegister.LoadAsync(db, token);
            return MunicipalitySearch.Index(r.Associations, r.Memberships, r.Municipalities, r.Counties, asOf);
        }, ct);
        return MunicipalitySearch.Search(name, index, asOf);
    }
}
