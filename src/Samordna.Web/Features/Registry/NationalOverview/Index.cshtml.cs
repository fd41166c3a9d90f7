using Microsoft.AspNetCore.OutputCaching;
using Samordna.Web.Features.Shared.Charts;
using Samordna.Web.Infrastructure.Caching;

namespace Samordna.Web.Features.Registry.NationalOverview;

/// <summary>The national overview: public, like the register it summarises.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicDataOutputPolicy.Name)]
public sealed class IndexModel(GetNationalOverviewHandler handler, SearchMunicipalityHandler search, AccessControl access, TimeProvider clock) : PageModel
{
    public NationalOverviewResult Overview { get; private set; } = null!;

    public LineChartModel Chart { get; private set; } = null!;

    public bool CanManage { get; private set; }

    /// <summary>The answer to "Vilket samordningsförbund hör min kommun till?", or null when nothing was asked.</summary>
    public MunicipalitySearchResult? Search { get; private set; }

    /// <summary>The question's field name in the address (a GET form, so the answer works without JavaScript and can be linked to).</summary>
    public const string SearchField = "kommun";

    /// <summary>A date was asked for; the search keeps it.</summary>
    public bool DateChosen { get; private set; }

    public async Task OnGetAsync(string? asOf, [FromQuery(Name = SearchField)] string? municipality, CancellationToken ct)
    {
        var date = FormFields.AsOf(asOf, SwedishCulture.Today(clock), ModelState);
        Overview = await handler.HandleAsync(date, ct);
        DateChosen = !string.IsNullOrWhiteSpace(asOf);
        // An empty field sent is a question too (answered with what to write); no field is no question.
        Search = Request.Query.ContainsKey(SearchField) ? await search.HandleAsync(municipality, date, ct) : null;
        if (Search?.Problem is { } problem)
        {
            ModelState.AddModelError(SearchField, problem);
        }

        CanManage = await access.IsAllowedAsync(RegistryPermissions.ManageNational, null, ct);
        string Label(YearPoint p) => p.Year.ToString(CultureInfo.InvariantCulture);
        Chart = new LineChartModel(
            "Förbund och medlemskommuner per år",
            "Antal samordningsförbund och antal kommuner som är medlemmar i något förbund, den 31 december varje år och det valda datumet det sista året.",
            [
                new ChartSeries("Förbund", Overview.Years.Select(p => new ChartPoint(Label(p), p.Associations)).ToList()),
                new ChartSeries("Medlemskommuner", Overview.Years.Select(p => new ChartPoint(Label(p), p.MemberMunicipalities)).ToList()),
            ]);
    }
}
