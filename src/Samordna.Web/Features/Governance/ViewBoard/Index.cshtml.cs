namespace Samordna.Web.Features.Governance.ViewBoard;

[RequirePermission(GovernancePermissions.View)]
public sealed class IndexModel(GetBoardHandler handler, AccessControl access, TimeProvider clock) : PageModel
{
    public BoardView Board { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public Guid AssociationId { get; private set; }

    public async Task OnGetAsync(Guid associationId, string? datum, CancellationToken ct)
    {
        AssociationId = associationId;
        var asOf = FormFields.AsOf(datum, SwedishCulture.Today(clock), ModelState, "datum");

        Board = await handler.HandleAsync(associationId, asOf, ct);
        CanManage = await access.IsAllowedAsync(GovernancePermissions.Manage, associationId, ct);
    }
}
