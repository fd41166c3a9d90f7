using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Account;

[Authorize]
public sealed class MyAccountModel(ICurrentUser user, AppDbContext db) : PageModel
{
    public string DisplayName { get; private set; } = string.Empty;

    public string? Email { get; private set; }

    public IReadOnlyList<(string Role, string? Association, string? Member)> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.UserId, ct);
        DisplayName = me.DisplayName;
        Email = me.Email;
        var assignments = await user.GetAssignmentsAsync(ct);
        var associationIds = assignments.Select(a => a.AssociationId).OfType<Guid>().ToList();
        var memberIds = assignments.Select(a => a.MemberOrganisationId).OfType<Guid>().ToList();
        var associations = await db.Set<Association>().AsNoTracking().Where(a => associationIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var members = await db.Set<Organisation>().AsNoTracking().Where(o => memberIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        Roles = assignments
            .Select(a => (a.Role.SwedishName(),
                a.AssociationId is { } aid ? associations.GetValueOrDefault(aid) : null,
                a.MemberOrganisationId is { } mid ? members.GetValueOrDefault(mid) : null))
            .ToList();
    }
}
