using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Samordna.Web.Infrastructure.Caching;

/// <summary>
/// One row per kind of shared data whose <see cref="Version"/> moves on with every change to it. Instances compare
/// it with the version their cached pages were made from, so a change saved through any instance invalidates the
/// cache of all of them at the next request.
/// </summary>
public sealed class DataVersion
{
    /// <summary>The public data: the register, the public board facts and (later) the intervention catalogue.</summary>
    public const string Public = "public";

    public string Area { get; set; } = string.Empty;

    public long Version { get; set; }
}

internal sealed class DataVersionConfiguration : IEntityTypeConfiguration<DataVersion>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<DataVersion> e)
    {
        e.ToTable("platform_data_version");
        e.HasKey(v => v.Area);
        e.Property(v => v.Area).HasMaxLength(40);
        e.HasData(new DataVersion { Area = DataVersion.Public, Version = 0 });
    }
}

/// <summary>
/// Moves the public data version on after every save that added, changed or removed an <see cref="IPublicData"/>
/// row. The increment is one SQL statement (no read-modify-write), so two instances saving at once both count;
/// inside an explicit transaction it commits or rolls back with the data.
/// </summary>
public sealed class PublicDataChangeInterceptor(PublicDataCache cache) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Notice(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Notice(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (TakeFlag(eventData.Context) && eventData.Context is { } db)
        {
            db.Database.ExecuteSql($"UPDATE platform_data_version SET \"Version\" = \"Version\" + 1 WHERE \"Area\" = {DataVersion.Public}");
            Forget(db);
        }

        return base.SavedChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (TakeFlag(eventData.Context) && eventData.Context is { } db)
        {
            await db.Database.ExecuteSqlAsync($"UPDATE platform_data_version SET \"Version\" = \"Version\" + 1 WHERE \"Area\" = {DataVersion.Public}", cancellationToken);
            Forget(db);
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        TakeFlag(eventData.Context);
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        TakeFlag(eventData.Context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    // Inside an explicit transaction the new version is not visible until the commit: a read in between (a request,
    // the background reader) would keep the old one as fresh, so the instance forgets it once more after the commit.
    private void Forget(DbContext db)
    {
        cache.Forget();
        if (db is AppDbContext app && db.Database.CurrentTransaction is not null)
        {
            app.PublicDataAwaitingCommit = true;
        }
    }

    // The flag lives on the context, not here: one interceptor serves every context of the app (docs/adr/0011).
    private static void Notice(DbContext? db)
    {
        if (db is AppDbContext app)
        {
            app.PublicDataChanged |= db.ChangeTracker.Entries()
                .Any(e => e.Entity is IPublicData && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        }
    }

    private static bool TakeFlag(DbContext? db)
    {
        if (db is not AppDbContext app)
        {
            return false;
        }

        var changed = app.PublicDataChanged;
        app.PublicDataChanged = false;
        return changed;
    }
}

/// <summary>
/// After the commit of a transaction in which public data changed, this instance forgets the version once more
/// (<see cref="PublicDataChangeInterceptor"/>), so the next request reads the committed one.
/// </summary>
public sealed class PublicDataCommitInterceptor(PublicDataCache cache) : DbTransactionInterceptor
{
    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        Settle(eventData.Context, committed: true);
        base.TransactionCommitted(transaction, eventData);
    }

    public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Settle(eventData.Context, committed: true);
        return base.TransactionCommittedAsync(transaction, eventData, cancellationToken);
    }

    public override void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        Settle(eventData.Context, committed: false);
        base.TransactionRolledBack(transaction, eventData);
    }

    public override Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Settle(eventData.Context, committed: false);
        return base.TransactionRolledBackAsync(transaction, eventData, cancellationToken);
    }

    private void Settle(DbContext? db, bool committed)
    {
        if (db is AppDbContext { PublicDataAwaitingCommit: true } app)
        {
            app.PublicDataAwaitingCommit = false;
            if (committed)
            {
                cache.Forget();
            }
        }
    }
}
