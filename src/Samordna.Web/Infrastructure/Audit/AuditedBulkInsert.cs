using Microsoft.EntityFrameworkCore.Storage;

namespace Samordna.Web.Infrastructure.Audit;

/// <summary>
/// New rows in bulk (<see cref="BulkInsert{T}"/>) with, for an <see cref="IAudited"/> entity, the same audit rows
/// <see cref="AuditInterceptor"/> writes for a save of new rows (who, when, which fields; a pseudonymous record's
/// values hidden), in the caller's transaction. For writes too large for the change tracker: the participant file of
/// 100 000 rows (docs/performance.md). The audit rows are made here, in the audit infrastructure, so handlers still
/// never write audit rows themselves.
/// </summary>
public sealed class AuditedBulkInsert(IAuditActor actor, TimeProvider clock)
{
    public async Task InsertAsync<T>(AppDbContext db, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
                          ?? throw new InvalidOperationException("A bulk insert runs in the caller's transaction, all or nothing.");
        var connection = db.Database.GetDbConnection();
        await new BulkInsert<T>(db).InsertAsync(connection, transaction, rows, ct);
        if (typeof(IAudited).IsAssignableFrom(typeof(T)))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var entries = rows.Select(r => AuditInterceptor.Added(db, r, now, actor)).ToList();
            await new BulkInsert<AuditEntry>(db).InsertAsync(connection, transaction, entries, ct);
        }
    }
}
