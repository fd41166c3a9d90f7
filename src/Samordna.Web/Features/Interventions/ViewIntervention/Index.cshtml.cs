using Samordna.Web.Features.Interventions.Lifecycle;

namespace Samordna.Web.Features.Interventions.ViewIntervention;

[RequirePermission(InterventionsPermissions.View)]
public sealed class IndexModel(GetInterventionHandler handler, Documents.ManageDocumentsHandler documents, InterventionActors actors, AccessControl access, TimeProvider clock) : PageModel
{
    public InterventionDetails Intervention { get; private set; } = null!;

    public Guid AssociationId { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>May change the application text (its owner while it is an application, the office until it ends).</summary>
    public bool CanEdit { get; private set; }

    public bool CanManage { get; private set; }

    /// <summary>May attach documents: the office, or the owner's own staff.</summary>
    public bool CanAttach { get; private set; }

    public IReadOnlyList<Documents.DocumentInfo> Documents { get; private set; } = [];

    /// <summary>May open the board's meetings (the owner's staff and participant officers may not: board members' names).</summary>
    public bool CanSeeMeetings { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid interventionId, CancellationToken ct)
    {
        AssociationId = associationId;
        Today = SwedishCulture.Today(clock);
        var actor = await actors.ForAsync(associationId, ct);
        var details = await handler.HandleAsync(associationId, interventionId, actor, ct);
        if (details is null)
        {
            return NotFound();
        }

        Intervention = details;
        var owns = actor.OwnOrganisations.Contains(details.Owner.Id);
        var mayApply = await access.IsAllowedAsync(InterventionsPermissions.Apply, associationId, ct);
        CanEdit = mayApply && !InterventionLifecycle.IsTerminal(details.State)
            && (actor.IsOffice || (owns && InterventionLifecycle.IsApplication(details.State)));
        CanManage = await access.IsAllowedAsync(InterventionsPermissions.Manage, associationId, ct);
        CanAttach = mayApply && (actor.IsOffice || owns);
        Documents = await documents.ListAsync(interventionId, ct);
        CanSeeMeetings = await access.IsAllowedAsync(Governance.GovernancePermissions.View, associationId, ct);
        return Page();
    }

    public string ReportStatus(ReportView r) =>
        r.SubmittedOn is { } submitted ? $"Inlämnad {SwedishCulture.Date(submitted)}"
        : r.DueOn < Today ? $"Försenad sedan {SwedishCulture.Date(r.DueOn)}"
        : $"Ska lämnas senast {SwedishCulture.Date(r.DueOn)}";
}
