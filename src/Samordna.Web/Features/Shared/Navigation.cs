using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Shared;

public enum NavPlacement
{
    /// <summary>The site's main menu.</summary>
    Main,

    /// <summary>The menu of one association's pages; <c>{associationId}</c> in the link is filled in.</summary>
    Association,
}

/// <summary>A menu entry declared by a feature area; shown only to users who hold <see cref="Permission"/>.</summary>
public sealed record NavItem(string Title, string Href, NavPlacement Placement, int Order, string? Permission = null, bool Public = false);

/// <summary>What association the current page is about; the layout shows its menu.</summary>
public sealed record AssociationContext(Guid Id, string Code, string Name)
{
    public const string ViewDataKey = "Samordna.Association";
}

/// <summary>Collects the menu items of every area and keeps those the user may use.</summary>
public sealed class NavigationBuilder(IEnumerable<IFeatureArea> areas, AccessControl access)
{
    public async Task<IReadOnlyList<NavItem>> VisibleAsync(NavPlacement placement, Guid? associationId)
    {
        var result = new List<NavItem>();
        foreach (var item in areas.SelectMany(a => a.Navigation).Where(i => i.Placement == placement).OrderBy(i => i.Order))
        {
            var visible = item.Public
                || (item.Permission is null && access.User.IsAuthenticated)
                || (item.Permission is not null && await access.IsAllowedAsync(item.Permission, associationId));
            if (visible)
            {
                result.Add(associationId is { } id ? item with { Href = item.Href.Replace("{associationId}", id.ToString(), StringComparison.Ordinal) } : item);
            }
        }

        return result;
    }
}

public sealed class MainNavigationViewComponent(NavigationBuilder navigation) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var items = await navigation.VisibleAsync(NavPlacement.Main, null);
        return View("~/Features/Shared/MainNavigation.cshtml", items);
    }
}

public sealed class AssociationNavigationViewComponent(NavigationBuilder navigation) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(AssociationContext association)
    {
        var items = await navigation.VisibleAsync(NavPlacement.Association, association.Id);
        return View("~/Features/Shared/AssociationNavigation.cshtml", (association, items));
    }
}
