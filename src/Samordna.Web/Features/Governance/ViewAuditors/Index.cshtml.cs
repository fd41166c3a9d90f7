namespace Samordna.Web.Features.Governance.ViewAuditors;

[RequirePermission(GovernancePermissions.View)]
public sealed class IndexModel(ListAuditorsHandler handler, AccessControl access, TimeProvider clock) : AssociationViewPage(access, GovernancePermissions.Manage)
{
    public AuditorsView View { get; private set; } = null!;

    public async Task OnGetAsync(Guid associationId, CancellationToken ct)
    {
        await ShowAsync(associationId, ct);
        View = await handler.HandleAsync(associationId, SwedishCulture.Today(clock), ct);
    }
}
