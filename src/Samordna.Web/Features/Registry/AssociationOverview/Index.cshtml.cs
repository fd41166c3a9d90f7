using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samordna.Web.Domain;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Registry.AssociationOverview;

[RequirePermission(RegistryPermissions.View)]
public sealed class IndexModel(GetAssociationHandler handler, AccessControl access, TimeProvider clock) : PageModel
{
    public AssociationDetails? Association { get; private set; }

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid associationId, CancellationToken ct)
    {
        Association = await handler.HandleAsync(associationId, SwedishCulture.Today(clock), ct);
        if (Association is null)
        {
            return NotFound();
        }

        CanManage = await access.IsAllowedAsync(RegistryPermissions.Manage, associationId, ct);
        return Page();
    }
}
