using Microsoft.AspNetCore.OutputCaching;
using Samordna.Web.Features.Interventions.Catalogue;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Registry.Data;
using Samordna.Web.Infrastructure.Caching;

namespace Samordna.Web.Features.Interventions.PublicCatalogue;

/// <summary>The public catalogue: "Vad finns i min kommun?" Anyone searches every association's published interventions.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicDataOutputPolicy.Name)]
public sealed class IndexModel(SearchCatalogueHandler handler, IOptions<InterventionsOptions> options, PublicDataCache cache, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kommun")]
    public string? Municipality { get; set; }

    [BindProperty(SupportsGet = true, Name = "malgrupp")]
    public string? TargetGroup { get; set; }

    [BindProperty(SupportsGet = true, Name = "inriktning")]
    public Orientation? Orientation { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "sida")]
    public int? PageNumber { get; set; }

    public CataloguePage? Results { get; private set; }

    public IReadOnlyList<SelectListItem> Municipalities { get; private set; } = [];

    public IReadOnlyList<SelectListItem> TargetGroups { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Orientations { get; } = FormFields.Options<Orientation>(InterventionNames.Of);

    public bool Searched => !string.IsNullOrWhiteSpace(Municipality) || !string.IsNullOrWhiteSpace(TargetGroup) || Orientation is not null || !string.IsNullOrWhiteSpace(Text) || PageNumber is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var places = await cache.GetOrCreateAsync(db, "municipalities", async token =>
            (await db.Set<Municipality>().AsNoTracking().ToListAsync(token)).OrderBy(m => m.Name, StringComparer.Create(SwedishCulture.Instance, false))
                .Select(m => (m.Code, m.Name)).ToList(), ct);
        Municipalities = places.Select(m => new SelectListItem(m.Name, m.Code)).ToList();
        TargetGroups = options.Value.TargetGroups.Select(t => new SelectListItem(t.Name, t.Code)).ToList();
        if (!ModelState.IsValid)
        {
            // A hand-edited address (an unknown orientation, a page that is not a number): say so, search without it.
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, "En del av sökningen kunde inte läsas och har inte använts.");
        }

        var errors = CatalogueEndpoints.Validate(Municipality, TargetGroup, Text, PageNumber);
        if (!errors.IsValid)
        {
            this.ShowErrors(errors, field => field switch
            {
                "municipality" => "kommun",
                "targetGroup" => "malgrupp",
                "page" => "sida",
                _ => "q",
            });
            return;
        }

        Results = await handler.HandleAsync(new CatalogueQuery(Municipality, TargetGroup, Orientation, Text, PageNumber ?? 1), ct);
    }

    /// <summary>This search's address with another page number.</summary>
    public string PageUrl(int page)
    {
        var query = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }

        Add("kommun", Municipality);
        Add("malgrupp", TargetGroup);
        Add("inriktning", Orientation?.ToString());
        Add("q", Text);
        Add("sida", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/insatser?" + string.Join("&", query);
    }
}
