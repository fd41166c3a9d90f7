namespace Samordna.Web.Features.Governance.ViewBoard;

[RequirePermission(GovernancePermissions.View)]
public sealed class IndexModel(GetBoardHandler handler, AccessControl access, TimeProvider clock) : AssociationViewPage(access, GovernancePermissions.Manage)
{
    public BoardView Board { get; private set; } = null!;

    public async Task OnGetAsync(Guid associationId, string? datum, CancellationToken ct)
    {
        await ShowAsync(associationId, ct);
        var asOf = FormFields.AsOf(datum, SwedishCulture.Today(clock), ModelState, "datum");

        Board = await handler.HandleAsync(associationId, asOf, ct);
    }
}
