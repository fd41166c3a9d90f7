using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.ListInterventions;

[RequirePermission(InterventionsPermissions.View)]
public sealed class IndexModel(ListInterventionsHandler handler, InterventionActors actors, AccessControl access) : PageModel
{
    public IReadOnlyList<InterventionRow> Interventions { get; private set; } = [];

    public Guid AssociationId { get; private set; }

    public bool CanApply { get; private set; }

    [BindProperty(SupportsGet = true, Name = "lage")]
    public InterventionState? State { get; set; }

    public IReadOnlyList<SelectListItem> States { get; } = FormFields.Options<InterventionState>(InterventionNames.Of);

    public async Task OnGetAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        if (!ModelState.IsValid)
        {
            // An unknown state in the address lists them all rather than failing.
            State = null;
        }

        Interventions = await handler.HandleAsync(associationId, State, await actors.ForAsync(associationId, ct), ct);
        CanApply = await access.IsAllowedAsync(InterventionsPermissions.Apply, associationId, ct);
    }
}
