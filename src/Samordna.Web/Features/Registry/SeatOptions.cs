using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Registry;

/// <summary>The 290 municipalities as choices for an association's seat, in Swedish alphabetical order.</summary>
public static class SeatOptions
{
    public static async Task<IReadOnlyList<SelectListItem>> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var municipalities = await db.Set<Municipality>().AsNoTracking().ToListAsync(ct);
        return municipalities
            .OrderBy(m => m.Name, StringComparer.Create(SwedishCulture.Instance, false))
            .Select(m => new SelectListItem($"{m.Name} ({m.Code})", m.Code))
            .ToList();
    }
}
