namespace Samordna.Web.Features.Governance.ListDecisions;

[RequirePermission(GovernancePermissions.View)]
public sealed class IndexModel(ListDecisionsHandler handler, AccessControl access, TimeProvider clock) : AssociationViewPage(access, GovernancePermissions.Manage)
{
    public DecisionRegister Register { get; private set; } = null!;

    public async Task OnGetAsync(Guid associationId, int? ar, CancellationToken ct)
    {
        await ShowAsync(associationId, ct);
        Register = await handler.HandleAsync(associationId, ar, SwedishCulture.Today(clock).Year, ct);
    }
}
