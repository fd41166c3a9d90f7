namespace Samordna.Web.Features.Governance.ListDischarges;

[RequirePermission(GovernancePermissions.View)]
public sealed class IndexModel(ListDischargesHandler handler, AccessControl access, TimeProvider clock) : PageModel
{
    public DischargeOverview Overview { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public Guid AssociationId { get; private set; }

    public int ThisYear { get; private set; }

    public async Task OnGetAsync(Guid associationId, int? ar, CancellationToken ct)
    {
        AssociationId = associationId;
        ThisYear = SwedishCulture.Today(clock).Year;
        var year = ar is { } y && y >= 2004 && y <= ThisYear ? y : ThisYear - 1;
        Overview = await handler.HandleAsync(associationId, year, ct);
        CanManage = await access.IsAllowedAsync(GovernancePermissions.Manage, associationId, ct);
    }
}
