using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.PublishIntervention;

/// <summary>The details page's publish button posts here; the answer is a status message on the details page.</summary>
[RequirePermission(InterventionsPermissions.Manage)]
public sealed class PublishModel(PublishInterventionHandler handler, InterventionActors actors) : PageModel
{
    [BindProperty]
    public bool? Published { get; set; }

    [BindProperty]
    public long? Version { get; set; }

    public IActionResult OnGet(Guid associationId, Guid interventionId) => Redirect($"/forbund/{associationId}/insatser/{interventionId}");

    public async Task<IActionResult> OnPostAsync(Guid associationId, Guid interventionId, CancellationToken ct)
    {
        var request = new PublishRequest(Published, Version);
        var errors = PublishInterventionHandler.Validate(request);
        if (!errors.IsValid)
        {
            TempData["StatusError"] = "Uppgifterna kunde inte läsas. Ladda om sidan och försök igen.";
            return Redirect($"/forbund/{associationId}/insatser/{interventionId}");
        }

        var result = await handler.HandleAsync(associationId, interventionId, request, await actors.ForAsync(associationId, ct), ct);
        if (!result.IsSuccess && result.Error!.Kind == Infrastructure.Errors.ErrorKind.NotFound)
        {
            return NotFound();
        }

        if (result.IsSuccess)
        {
            TempData["Status"] = Published == true ? "Insatsen visas nu i den öppna insatskatalogen." : "Insatsen är borttagen ur insatskatalogen.";
        }
        else
        {
            TempData["StatusError"] = result.Error!.Message;
        }

        return Redirect($"/forbund/{associationId}/insatser/{interventionId}");
    }
}
