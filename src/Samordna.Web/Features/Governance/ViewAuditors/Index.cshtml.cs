namespace Samordna.Web.Features.Governance.ViewAuditors;

[RequirePermission(GovernancePermissions.View)]
public sealed class IndexModel(ListAuditorsHandler handler, AccessControl access, TimeProvider clock) : PageModel
{
    public AuditorsView View { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public Guid AssociationId { get; private set; }

    public async Task OnGetAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        View = await handler.HandleAsync(associationId, SwedishCulture.Today(clock), ct);
        CanManage = await access.IsAllowedAsync(GovernancePermissions.Manage, associationId, ct);
    }
}
