namespace Samordna.Web.Features.Registry.CharterVersions;

[RequirePermission(RegistryPermissions.View)]
public sealed class IndexModel(GetCharterHandler handler, AccessControl access, TimeProvider clock) : AssociationViewPage(access, RegistryPermissions.Manage)
{
    public CharterOverview Charter { get; private set; } = new(default, null, []);

    public async Task OnGetAsync(Guid associationId, string? asOf, CancellationToken ct)
    {
        await ShowAsync(associationId, ct);
        Charter = await handler.OverviewAsync(associationId, FormFields.AsOf(asOf, SwedishCulture.Today(clock), ModelState), ct);
    }
}
