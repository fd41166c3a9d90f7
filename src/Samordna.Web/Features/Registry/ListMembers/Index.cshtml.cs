using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samordna.Web.Domain;
using Samordna.Web.Features.Registry.AssociationOverview;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.Web.Features.Registry.ListMembers;

[RequirePermission(RegistryPermissions.View)]
public sealed class IndexModel(GetAssociationHandler handler, TimeProvider clock) : PageModel
{
    public DateOnly AsOf { get; private set; }

    public IReadOnlyList<MemberItem> Members { get; private set; } = [];

    public async Task OnGetAsync(Guid associationId, string? asOf, CancellationToken ct)
    {
        AsOf = SwedishCulture.Today(clock);
        if (!string.IsNullOrEmpty(asOf))
        {
            if (DateOnly.TryParseExact(asOf, "yyyy-MM-dd", out var d))
            {
                AsOf = d;
            }
            else
            {
                ModelState.AddModelError("asOf", "Datum ska skrivas som ÅÅÅÅ-MM-DD.");
            }
        }

        Members = await handler.MembersAsync(associationId, AsOf, ct);
    }
}
