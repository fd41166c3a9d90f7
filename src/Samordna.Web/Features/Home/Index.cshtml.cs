using Microsoft.AspNetCore.OutputCaching;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Home;

/// <summary>
/// The start page: for a visitor the same for everyone (so answered from the public-data cache, as the other public
/// pages), for a signed-in user their associations and roles (never cached: the policy skips signed-in requests).
/// </summary>
[OutputCache(PolicyName = Infrastructure.Caching.PublicDataOutputPolicy.Name)]
public sealed class IndexModel(ICurrentUser user, AppDbContext db) : PageModel
{
    public bool IsAuthenticated { get; private set; }

    public bool IsNational { get; private set; }

    public IReadOnlyList<(Guid Id, string Name, IReadOnlyList<string> Roles)> Associations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        IsAuthenticated = user.IsAuthenticated;
        if (!IsAuthenticated)
        {
            return;
        }

        var assignments = await user.GetAssignmentsAsync(ct);
        IsNational = assignments.Any(a => a.Role.IsNational());
        var ids = assignments.Where(a => a.AssociationId is not null).Select(a => a.AssociationId!.Value).Distinct().ToList();
        var names = await db.Set<Association>().AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Name })
            .ToListAsync(ct);
        Associations = names
            .OrderBy(a => a.Name, StringComparer.Create(Domain.SwedishCulture.Instance, false))
            .Select(a => (a.Id, a.Name, (IReadOnlyList<string>)assignments.Where(r => r.AssociationId == a.Id).Select(r => r.Role.SwedishName()).ToList()))
            .ToList();
    }
}
