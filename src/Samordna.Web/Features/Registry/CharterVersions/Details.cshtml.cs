namespace Samordna.Web.Features.Registry.CharterVersions;

[RequirePermission(RegistryPermissions.View)]
public sealed class DetailsModel(GetCharterHandler handler, AccessControl access, TimeProvider clock) : AssociationViewPage(access, RegistryPermissions.Manage)
{
    public CharterVersionItem? Version { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid charterVersionId, CancellationToken ct)
    {
        await ShowAsync(associationId, ct);
        Version = await handler.VersionAsync(associationId, charterVersionId, SwedishCulture.Today(clock), ct);
        if (Version is null)
        {
            return NotFound();
        }

        return Page();
    }
}
