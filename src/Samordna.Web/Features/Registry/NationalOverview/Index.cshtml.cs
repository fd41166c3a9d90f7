using Microsoft.AspNetCore.OutputCaching;
using Samordna.Web.Features.Shared.Charts;
using Samordna.Web.Infrastructure.Caching;

namespace Samordna.Web.Features.Registry.NationalOverview;

/// <summary>The national overview: public, like the register it summarises.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicDataOutputPolicy.Name)]
public sealed class IndexModel(GetNationalOverviewHandler handler, AccessControl access, TimeProvider clock) : PageModel
{
    public NationalOverviewResult Overview { get; private set; } = null!;

    public LineChartModel Chart { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(string? asOf, CancellationToken ct)
    {
        Overview = await handler.HandleAsync(FormFields.AsOf(asOf, SwedishCulture.Today(clock), ModelState), ct);
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
