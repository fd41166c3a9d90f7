namespace Samordna.Web.Features.Registry.CharterVersions;

[RequirePermission(RegistryPermissions.View)]
public sealed class IndexModel(GetCharterHandler handler, AccessControl access, TimeProvider clock) : PageModel
{
    public CharterOverview Charter { get; private set; } = new(default, null, []);

    public Guid AssociationId { get; private set; }

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(Guid associationId, string? asOf, CancellationToken ct)
    {
        AssociationId = associationId;
        Charter = await handler.OverviewAsync(associationId, FormFields.AsOf(asOf, SwedishCulture.Today(clock), ModelState), ct);
        CanManage = await access.IsAllowedAsync(RegistryPermissions.Manage, associationId, ct);
    }
}
