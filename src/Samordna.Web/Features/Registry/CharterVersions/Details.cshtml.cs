namespace Samordna.Web.Features.Registry.CharterVersions;

[RequirePermission(RegistryPermissions.View)]
public sealed class DetailsModel(GetCharterHandler handler, AccessControl access, TimeProvider clock) : PageModel
{
    public CharterVersionItem? Version { get; private set; }

    public Guid AssociationId { get; private set; }

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid associationId, Guid charterVersionId, CancellationToken ct)
    {
        AssociationId = associationId;
        Version = await handler.VersionAsync(associationId, charterVersionId, SwedishCulture.Today(clock), ct);
        if (Version is null)
        {
            return NotFound();
        }

        CanManage = await access.IsAllowedAsync(RegistryPermissions.Manage, associationId, ct);
        return Page();
    }
}
