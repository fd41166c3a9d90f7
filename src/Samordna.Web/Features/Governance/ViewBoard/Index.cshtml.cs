using Microsoft.AspNetCore.Mvc.RazorPages;
using Samordna.Web.Domain;
using Samordna.Web.Infrastructure.Security;

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
        var asOf = SwedishCulture.Today(clock);
        if (!string.IsNullOrWhiteSpace(datum))
        {
            if (DateOnly.TryParseExact(datum, "yyyy-MM-dd", out var d))
            {
                asOf = d;
            }
            else
            {
                ModelState.AddModelError("datum", "Datum ska skrivas som ÅÅÅÅ-MM-DD.");
            }
        }

        Board = await handler.HandleAsync(associationId, asOf, ct);
        CanManage = await access.IsAllowedAsync(GovernancePermissions.Manage, associationId, ct);
    }
}
