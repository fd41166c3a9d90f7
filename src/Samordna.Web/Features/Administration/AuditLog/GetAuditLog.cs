using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Administration.AuditLog;

/// <summary>Which changes to read: one association (or all, for the system-wide log), a date span, one kind of row, one person.</summary>
public sealed record AuditLogFilter(Guid? AssociationId, DateOnly? From, DateOnly? To, string? EntityType, Guid? UserId, int Page = 1);

/// <summary>One field's change: the field's code (<paramref name="Key"/>) and Swedish name, the value before and after in words (null: none).</summary>
public sealed record AuditChange(string Key, string Field, string? Before, string? After);

/// <summary>
/// One change in Swedish: when, who, what was done (<paramref name="Action"/> Added/Modified/Deleted for programs,
/// <paramref name="ActionText"/> in words) to which row (<paramref name="EntityType"/> as a code, <paramref name="Entity"/>
/// in Swedish, <paramref name="Subject"/> its name where it has one), and each field before → after.
/// </summary>
public sealed record AuditLogItem(
    DateTime OccurredAt, string Actor, string Action, string ActionText, string EntityType, string Entity, string? Subject, string? Association, IReadOnlyList<AuditChange> Changes);

public sealed record AuditLogPage(IReadOnlyList<AuditLogItem> Items, int Page, int PageSize, bool HasMore);

/// <summary>A choice in the log's filters: a kind of row or a person that occurs in the log.</summary>
public sealed record AuditLogChoice(string Value, string Text);

/// <summary>
/// The audit log read in Swedish, newest first, a page at a time: entity and field names from the areas' vocabularies
/// (<see cref="AuditTerms"/>), organisations, associations, people and interventions by name instead of ids, yes/no,
/// money in kronor, dates and enum values in Swedish. Values of a participation are never in the log (<c>(dolt)</c>).
/// </summary>
public sealed class GetAuditLogHandler(AppDbContext db, AuditTerms terms)
{
    public const int DefaultPageSize = 50;

    /// <summary>Values longer than this (a run's inputs as JSON, say) are cut in the list.</summary>
    public const int MaxValueLength = 160;

    public async Task<AuditLogPage> HandleAsync(AuditLogFilter filter, CancellationToken ct)
    {
        var page = Math.Clamp(filter.Page, 1, 100_000);
        var q = db.AuditEntries.AsNoTracking();
        if (filter.AssociationId is { } associationId)
        {
            q = q.Where(e => e.AssociationId == associationId);
        }

        if (filter.From is { } from)
        {
            var start = StartOfDayUtc(from);
            q = q.Where(e => e.OccurredAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOfDayUtc(to.AddDays(1));
            q = q.Where(e => e.OccurredAt < end);
        }

        if (!string.IsNullOrEmpty(filter.EntityType))
        {
            q = q.Where(e => e.EntityType == filter.EntityType);
        }

        if (filter.UserId is { } userId)
        {
            q = q.Where(e => e.UserId == userId);
        }

        var rows = await q.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip((page - 1) * DefaultPageSize)
            .Take(DefaultPageSize + 1)
            .ToListAsync(ct);
        var shown = rows.Take(DefaultPageSize).ToList();
        var names = await NamesAsync(shown, ct);
        return new AuditLogPage(shown.Select(e => Describe(e, names)).ToList(), page, DefaultPageSize, rows.Count > DefaultPageSize);
    }

    /// <summary>The kinds of row and the people that occur in the log (of one association, or all), for the filters.</summary>
    public async Task<(IReadOnlyList<AuditLogChoice> Types, IReadOnlyList<AuditLogChoice> People)> ChoicesAsync(Guid? associationId, CancellationToken ct)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (associationId is { } id)
        {
            q = q.Where(e => e.AssociationId == id);
        }

        var types = await q.Select(e => e.EntityType).Distinct().ToListAsync(ct);
        var people = await q.Where(e => e.UserId != null).Select(e => new { e.UserId, e.Actor }).Distinct().ToListAsync(ct);
        var sv = StringComparer.Create(SwedishCulture.Instance, true);
        return (
            types.Select(t => new AuditLogChoice(t, terms.EntityName(t) ?? t)).OrderBy(c => c.Text, sv).ToList(),
            people.GroupBy(p => p.UserId!.Value).Select(g => new AuditLogChoice(g.Key.ToString(), g.First().Actor)).OrderBy(c => c.Text, sv).ToList());
    }

    private static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), SwedishCulture.TimeZone);

    private AuditLogItem Describe(AuditEntry e, IReadOnlyDictionary<Guid, string> names)
    {
        var entity = db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == e.EntityType);
        var parsed = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string?>>>(e.Changes) ?? [];
        var changes = parsed
            .Where(kv => kv.Key is not ("Id" or "Version" or "AssociationId"))
            .Select(kv => new AuditChange(
                kv.Key,
                terms.FieldName(e.EntityType, kv.Key) ?? kv.Key,
                Value(entity?.FindProperty(kv.Key), kv.Value.GetValueOrDefault("before"), names),
                Value(entity?.FindProperty(kv.Key), kv.Value.GetValueOrDefault("after"), names)))
            .ToList();
        var subject = SubjectOf(e, parsed, names);
        return new AuditLogItem(
            e.OccurredAt,
            e.Actor,
            e.Action,
            e.Action switch { "Added" => "Skapade", "Modified" => "Ändrade", "Deleted" => "Tog bort", _ => e.Action },
            e.EntityType,
            terms.EntityName(e.EntityType) ?? e.EntityType,
            subject,
            e.AssociationId is { } a ? names.GetValueOrDefault(a) : null,
            changes);
    }

    /// <summary>Which row, in words: its name or title where it has one, else the named thing its key is.</summary>
    private static string? SubjectOf(AuditEntry e, Dictionary<string, Dictionary<string, string?>> changes, IReadOnlyDictionary<Guid, string> names)
    {
        foreach (var field in new[] { "Name", "PersonName", "Title", "Label", "FileName" })
        {
            if (changes.TryGetValue(field, out var change) && (change.GetValueOrDefault("after") ?? change.GetValueOrDefault("before")) is { Length: > 0 } text && text != AuditInterceptor.Hidden)
            {
                return text;
            }
        }

        return Guid.TryParse(e.EntityId, out var id) ? names.GetValueOrDefault(id) : null;
    }

    private string? Value(IProperty? property, string? stored, IReadOnlyDictionary<Guid, string> names)
    {
        if (stored is null || stored == AuditInterceptor.Hidden)
        {
            return stored;
        }

        var type = property is null ? null : Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        string text;
        if (type == typeof(bool))
        {
            text = stored == "True" ? "ja" : stored == "False" ? "nej" : stored;
        }
        else if (type is { IsEnum: true })
        {
            text = terms.EnumValue(type, stored) ?? stored;
        }
        else if (type == typeof(Sek) && decimal.TryParse(stored, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var kronor))
        {
            text = Sek.FromKronor(kronor).ToString();
        }
        else if (type == typeof(DateTime) && DateTime.TryParse(stored, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at))
        {
            text = SwedishCulture.DateTime(at.ToUniversalTime());
        }
        else if (type == typeof(Guid) && Guid.TryParse(stored, out var id))
        {
            // Named things by name; a key to something the log does not name (a budget, a meeting …) by a short id, and
            // "no longer there" only when a key to a named kind finds nothing.
            text = names.GetValueOrDefault(id) ?? (ReferencesNamedKind(property!) ? "(finns inte längre)" : $"id {stored[..8]}");
        }
        else if (type is not null && (type == typeof(decimal) || type == typeof(int) || type == typeof(long))
                 && decimal.TryParse(stored, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            text = number.ToString(SwedishCulture.Instance);
        }
        else
        {
            text = stored;
        }

        return text.Length > MaxValueLength ? text[..MaxValueLength] + " …" : text;
    }

    private static readonly HashSet<Type> NamedKinds = [typeof(Association), typeof(Organisation), typeof(AppUser), typeof(Intervention)];

    private static bool ReferencesNamedKind(IProperty property) =>
        property.GetContainingForeignKeys().Any(fk => NamedKinds.Contains(fk.PrincipalEntityType.ClrType));

    /// <summary>The names of every id in the page's changes and rows: associations, organisations, people, interventions.</summary>
    private async Task<Dictionary<Guid, string>> NamesAsync(IReadOnlyList<AuditEntry> rows, CancellationToken ct)
    {
        var ids = new HashSet<Guid>();
        foreach (var row in rows)
        {
            if (row.AssociationId is { } a)
            {
                ids.Add(a);
            }

            if (Guid.TryParse(row.EntityId, out var entityId))
            {
                ids.Add(entityId);
            }

            foreach (var change in (JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string?>>>(row.Changes) ?? []).Values)
            {
                foreach (var value in change.Values)
                {
                    if (Guid.TryParse(value, out var id))
                    {
                        ids.Add(id);
                    }
                }
            }
        }

        var list = ids.ToList();
        var names = new Dictionary<Guid, string>();
        foreach (var x in await db.Set<Association>().IgnoreQueryFilters().AsNoTracking().Where(x => list.Contains(x.Id)).Select(x => new { x.Id, x.Name }).ToListAsync(ct))
        {
            names[x.Id] = x.Name;
        }

        foreach (var x in await db.Set<Organisation>().AsNoTracking().Where(x => list.Contains(x.Id)).Select(x => new { x.Id, x.Name }).ToListAsync(ct))
        {
            names[x.Id] = x.Name;
        }

        foreach (var x in await db.Users.AsNoTracking().Where(x => list.Contains(x.Id)).Select(x => new { x.Id, x.DisplayName }).ToListAsync(ct))
        {
            names[x.Id] = x.DisplayName;
        }

        foreach (var x in await db.Set<Intervention>().IgnoreQueryFilters().AsNoTracking().Where(x => list.Contains(x.Id)).Select(x => new { x.Id, x.Name }).ToListAsync(ct))
        {
            names[x.Id] = x.Name;
        }

        return names;
    }
}
