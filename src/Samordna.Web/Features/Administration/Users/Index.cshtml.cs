namespace Samordna.Web.Features.Administration.Users;

[RequirePermission(AdministrationPermissions.ManageUsers)]
public sealed class IndexModel(ListUsersHandler handler) : PageModel
{
    public IReadOnlyList<UserListItem> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await handler.HandleAsync(ct);
}
