using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Samordna.Web.Infrastructure.Audit;

/// <summary>
/// What writes the audit log: every save that touches an <see cref="IAudited"/> entity adds an <see cref="AuditEntry"/>
/// per changed row in the same transaction. Handlers never write audit rows themselves; the one other writer is
/// <see cref="AuditedBulkInsert"/>, for new rows too many for the change tracker, which logs them as this would.
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddAuditEntries(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddAuditEntries(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    // A failed save (a stale version, a unique clash) leaves the audit rows it added in the context; forget them, so a
    // retried save logs each change once.
    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        ForgetPendingEntries(eventData.Context);
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetPendingEntries(eventData.Context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    private static void ForgetPendingEntries(DbContext? context)
    {
        foreach (var entry in context?.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList() ?? [])
        {
            entry.State = EntityState.Detached;
        }
    }

    private void AddAuditEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.Entity is IAudited && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in entries)
        {
            var changes = Describe(entry, entry.State);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            context.Add(Entry(entry, entry.State, changes, now, actor));
        }
    }

    /// <summary>The entry a save of <paramref name="entity"/> as a new row would log (for <see cref="AuditedBulkInsert"/>).</summary>
    internal static AuditEntry Added(DbContext context, object entity, DateTime now, IAuditActor actor)
    {
        var entry = context.Entry(entity);
        return Entry(entry, EntityState.Added, Describe(entry, EntityState.Added), now, actor);
    }

    private static AuditEntry Entry(EntityEntry entry, EntityState state, Dictionary<string, Dictionary<string, string?>> changes, DateTime now, IAuditActor actor) => new()
    {
        OccurredAt = now,
        UserId = actor.UserId,
        Actor = actor.Name,
        AssociationId = entry.Entity is IAssociationOwned owned ? owned.AssociationId : null,
        EntityType = entry.Metadata.ClrType.Name,
        EntityId = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue))),
        Action = state.ToString(),
        Changes = JsonSerializer.Serialize(changes),
    };

    private static Dictionary<string, Dictionary<string, string?>> Describe(EntityEntry entry, EntityState state)
    {
        var result = new Dictionary<string, Dictionary<string, string?>>(StringComparer.Ordinal);
        var hidden = entry.Entity is IPseudonymousRecord;
        foreach (var p in entry.Properties)
        {
            if (p.Metadata.IsConcurrencyToken || p.Metadata.IsShadowProperty())
            {
                continue;
            }

            switch (state)
            {
                case EntityState.Added:
                    result[p.Metadata.Name] = new() { ["after"] = hidden ? Hidden : Format(p.CurrentValue) };
                    break;
                case EntityState.Deleted:
                    result[p.Metadata.Name] = new() { ["before"] = hidden ? Hidden : Format(p.OriginalValue) };
                    break;
                case EntityState.Modified when p.IsModified && !Equals(p.OriginalValue, p.CurrentValue):
                    result[p.Metadata.Name] = hidden
                        ? new() { ["before"] = Hidden, ["after"] = Hidden }
                        : new() { ["before"] = Format(p.OriginalValue), ["after"] = Format(p.CurrentValue) };
                    break;
            }
        }

        return result;
    }

    /// <summary>What the log shows instead of a value of an <see cref="IPseudonymousRecord"/>.</summary>
    public const string Hidden = "(dolt)";

    private static string? Format(object? value) => value switch
    {
        null => null,
        Sek s => s.ToInvariantString(),
        DateOnly d => SwedishCulture.Date(d),
        DateTime dt => dt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
