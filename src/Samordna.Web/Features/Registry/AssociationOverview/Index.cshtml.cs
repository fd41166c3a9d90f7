using Samordna.Web.Features.Registry.ListMembers;

namespace Samordna.Web.Features.Registry.AssociationOverview;

[RequirePermission(RegistryPermissions.View)]
public sealed class IndexModel(GetAssociationHandler handler, AccessControl access, TimeProvider clock) : PageModel
{
    public AssociationDetails? Association { get; private set; }

    public MemberTableModel Members { get; private set; } = new(Guid.Empty, [], false);

    public bool CanManage { get; private set; }

    public bool CanEnd { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid associationId, string? asOf, CancellationToken ct)
    {
        var date = FormFields.AsOf(asOf, SwedishCulture.Today(clock), ModelState);
        Association = await handler.HandleAsync(associationId, date, ct);
        if (Association is null)
        {
            return NotFound();
        }

        CanManage = await access.IsAllowedAsync(RegistryPermissions.Manage, associationId, ct);
        CanEnd = Association.EndedOn is null && await access.IsAllowedAsync(RegistryPermissions.ManageLifecycle, associationId, ct);
        Members = new MemberTableModel(associationId, Association.Members, CanManage);
        return Page();
    }
}
