using System.Security.Claims;

namespace Samordna.Web.Infrastructure.Security;

/// <summary>Who is asking, and which roles they hold; assignments are read from the database once per request.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? UserId { get; }

    string DisplayName { get; }

    Task<IReadOnlyList<RoleAssignment>> GetAssignmentsAsync(CancellationToken ct = default);
}

public sealed class CurrentUser(IHttpContextAccessor accessor, AppDbContext db) : ICurrentUser
{
    private IReadOnlyList<RoleAssignment>? _assignments;

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true && UserId is not null;

    public Guid? UserId =>
        Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is { } s && Guid.TryParse(s, out var id) ? id : null;

    public string DisplayName => Principal?.FindFirstValue(SamordnaClaims.DisplayName) ?? Principal?.Identity?.Name ?? string.Empty;

    public async Task<IReadOnlyList<RoleAssignment>> GetAssignmentsAsync(CancellationToken ct = default)
    {
        if (_assignments is not null)
        {
            return _assignments;
        }

        if (UserId is not { } userId)
        {
            return _assignments = [];
        }

        _assignments = await db.RoleAssignments.AsNoTracking().Where(a => a.UserId == userId).ToListAsync(ct);
        return _assignments;
    }
}

public static class SamordnaClaims
{
    public const string DisplayName = "samordna:name";
}
