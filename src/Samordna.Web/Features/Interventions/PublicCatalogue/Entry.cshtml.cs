using Microsoft.AspNetCore.OutputCaching;
using Samordna.Web.Features.Interventions.Catalogue;
using Samordna.Web.Infrastructure.Caching;

namespace Samordna.Web.Features.Interventions.PublicCatalogue;

/// <summary>One published intervention, for the public.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicDataOutputPolicy.Name)]
public sealed class EntryModel(SearchCatalogueHandler handler) : PageModel
{
    public CatalogueEntry Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid interventionId, CancellationToken ct)
    {
        var entry = await handler.GetAsync(interventionId, ct);
        if (entry is null)
        {
            return NotFound();
        }

        Entry = entry;
        return Page();
    }
}
