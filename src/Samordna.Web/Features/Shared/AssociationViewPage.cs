namespace Samordna.Web.Features.Shared;

/// <summary>
/// A page that shows an association's rows and links to changing them for the users who may: it knows the
/// association shown and whether the user holds the area's manage permission in it (the links are shown only then;
/// the change pages themselves check the permission again).
/// </summary>
public abstract class AssociationViewPage(AccessControl access, string managePermission) : PageModel
{
    public Guid AssociationId { get; private set; }

    public bool CanManage { get; private set; }

    /// <summary>Sets <see cref="AssociationId"/> and <see cref="CanManage"/> for the association shown.</summary>
    protected async Task ShowAsync(Guid associationId, CancellationToken ct)
    {
        AssociationId = associationId;
        CanManage = await access.IsAllowedAsync(managePermission, associationId, ct);
    }
}
