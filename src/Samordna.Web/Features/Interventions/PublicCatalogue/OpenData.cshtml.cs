namespace Samordna.Web.Features.Interventions.PublicCatalogue;

/// <summary>What the open data feeds hold and how their fields map to the 360Giving standard.</summary>
[AllowAnonymous]
public sealed class OpenDataModel : PageModel
{
    public void OnGet()
    {
    }
}
