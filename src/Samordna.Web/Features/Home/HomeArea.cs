using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Home;

/// <summary>Start page, information pages and error pages. All public.</summary>
public sealed class HomeArea : IFeatureArea
{
    public IEnumerable<NavItem> Navigation =>
    [
        new("Start", "/", NavPlacement.Main, 0, Public: true),
    ];

    public void MapApi(RouteGroupBuilder api)
    {
    }
}
