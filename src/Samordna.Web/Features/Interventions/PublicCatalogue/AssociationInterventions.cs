using Samordna.Web.Features.Interventions.Catalogue;

namespace Samordna.Web.Features.Interventions.PublicCatalogue;

/// <summary>One of an association's published interventions as its public page lists it.</summary>
public sealed record PublishedIntervention(Guid Id, string Name, string Orientation, DateOnly StartDate, DateOnly EndDate);

/// <summary>
/// The association's published, running interventions on its public page (the same rule as the catalogue:
/// <see cref="SearchCatalogueHandler.Published"/>), each linked to its catalogue entry.
/// </summary>
public sealed class AssociationInterventionsViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid associationId)
    {
        var rows = await SearchCatalogueHandler.Published(db).Where(i => i.AssociationId == associationId)
            .Select(i => new { i.Id, i.Name, i.Orientation, i.StartDate, i.EndDate }).ToListAsync(HttpContext.RequestAborted);
        // Sorted here, in Swedish (Å before Ä before Ö): SQLite orders text by its bytes.
        var list = rows.OrderBy(i => i.Name, StringComparer.Create(SwedishCulture.Instance, false))
            .Select(i => new PublishedIntervention(i.Id, i.Name, InterventionNames.Of(i.Orientation), i.StartDate, i.EndDate)).ToList();
        return View("~/Features/Interventions/PublicCatalogue/_AssociationInterventions.cshtml", list);
    }
}
