namespace Samordna.Web.Features.Governance.ListDecisions;

[RequirePermission(GovernancePermissions.View)]
public sealed class IndexModel(ListDecisionsHandler handler, AccessControl access, TimeProvider clock) : PageModel
{
    public DecisionRegister Register { get; private set; } = null!;

    public Guid AssociationId { get; private set; }

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(Guid associationId, int? ar, CancellationToken ct)
    {
        AssociationId = associationId;
        Register = await handler.HandleAsync(associationId, ar, SwedishCulture.Today(clock).Year, ct);
        CanManage = await access.IsAllowedAsync(GovernancePermissions.Manage, associationId, ct);
    }
}
