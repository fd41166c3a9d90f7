namespace Samordna.Web.Features.Governance.ListDischarges;

[RequirePermission(GovernancePermissions.View)]
public sealed class IndexModel(ListDischargesHandler handler, AccessControl access, TimeProvider clock) : AssociationViewPage(access, GovernancePermissions.Manage)
{
    public DischargeOverview Overview { get; private set; } = null!;

    public int ThisYear { get; private set; }

    public async Task OnGetAsync(Guid associationId, int? ar, CancellationToken ct)
    {
        await ShowAsync(associationId, ct);
        ThisYear = SwedishCulture.Today(clock).Year;
        var year = ar is { } y && y >= 2004 && y <= ThisYear ? y : ThisYear - 1;
        Overview = await handler.HandleAsync(associationId, year, ct);
    }
}
