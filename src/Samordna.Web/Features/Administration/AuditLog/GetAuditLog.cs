namespace Samordna.Web.Features.Administration.AuditLog;

public sealed record AuditLogItem(DateTime OccurredAt, string Actor, string EntityType, string EntityId, string Action, string Changes);

public sealed record AuditLogPage(IReadOnlyList<AuditLogItem> Items, int Page, int PageSize, bool HasMore);

/// <summary>An association's audit log, newest first, a page at a time.</summary>
public sealed class GetAuditLogHandler(AppDbContext db)
{
    public const int DefaultPageSize = 50;

    public async Task<AuditLogPage> HandleAsync(Guid associationId, int page, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(e => e.AssociationId == associationId)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip((page - 1) * DefaultPageSize)
            .Take(DefaultPageSize + 1)
            .Select(e => new AuditLogItem(e.OccurredAt, e.Actor, e.EntityType, e.EntityId, e.Action, e.Changes))
            .ToListAsync(ct);
        return new AuditLogPage(rows.Take(DefaultPageSize).ToList(), page, DefaultPageSize, rows.Count > DefaultPageSize);
    }
}
