using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.Economy.Actuals;

/// <summary>
/// One object's intervention: dimension "1" (cost centre) or "6" (project), its number, and the intervention (none: not
/// tied). With <see cref="Read"/>, the intervention as it was read: a row left as read is not written, and a row someone
/// else has changed since is a conflict (409) and nothing is saved. Without it the row is written as given.
/// </summary>
public sealed record ObjectMappingRequest(string? Dimension, string? Number, Guid? InterventionId, ObjectMappingRead? Read = null);

/// <summary>An object's intervention as the client read it (none: not tied).</summary>
public sealed record ObjectMappingRead(Guid? InterventionId);

public sealed record ObjectMappingsRequest(IReadOnlyList<ObjectMappingRequest>? Objects);

/// <summary>
/// A cost centre or project of the books with its latest name, its intervention, and a proposal while it has none: the
/// intervention of the same name (the usual way to set up a project per intervention).
/// </summary>
public sealed record ObjectMappingView(string Dimension, string DimensionName, string Number, string Name, Guid? InterventionId, Guid? ProposedInterventionId);

/// <summary>The association's object mapping: which intervention a project's or cost centre's cost rows count for, kept between imports.</summary>
public sealed class MapObjectsHandler(AppDbContext db)
{
    public const int MaxObjects = 2000;

    public static string DimensionName(string dimension) => dimension == ActualsRules.ProjectDimension ? "Projekt" : "Kostnadsställe";

    public static ValidationErrors Validate(ObjectMappingsRequest r)
    {
        var errors = new ValidationErrors();
        var objects = r.Objects ?? [];
        if (objects.Count > MaxObjects)
        {
            return errors.Add("objects", $"Högst {MaxObjects} objekt.");
        }

        for (var i = 0; i < objects.Count; i++)
        {
            if (objects[i] is not { } o)
            {
                errors.Add($"objects[{i}]", $"Rad {i + 1} är tom.");
                continue;
            }

            errors.Check(o.Dimension is ActualsRules.CostCentreDimension or ActualsRules.ProjectDimension, $"objects[{i}].dimension",
                $"Rad {i + 1}: dimensionen ska vara 1 (kostnadsställe) eller 6 (projekt).");
            if (errors.Required($"objects[{i}].number", $"Rad {i + 1}: objekt", o.Number))
            {
                errors.Check(o.Number!.Length <= ActualsRules.MaxObjectLength, $"objects[{i}].number", $"Rad {i + 1}: objektet får ha högst {ActualsRules.MaxObjectLength} tecken.");
            }
        }

        return errors;
    }

    /// <summary>The cost centres and projects the books hold (the latest name of each) and mapped objects not in the books.</summary>
    public async Task<IReadOnlyList<ObjectMappingView>> ListAsync(Guid associationId, CancellationToken ct)
    {
        var inBooks = await (from o in db.Set<LedgerObject>().AsNoTracking()
                             join y in db.Set<LedgerYear>().AsNoTracking() on o.LedgerYearId equals y.Id
                             where o.AssociationId == associationId
                             select new { o.Dimension, o.Number, o.Name, y.Start }).ToListAsync(ct);
        var mappings = await db.Set<ObjectMapping>().AsNoTracking().Where(m => m.AssociationId == associationId)
            .ToDictionaryAsync(m => (m.Dimension, m.Number), m => m.InterventionId, ct);
        var interventions = await db.Set<Intervention>().AsNoTracking().Where(i => i.AssociationId == associationId).Select(i => new { i.Id, i.Name }).ToListAsync(ct);
        var byName = interventions.GroupBy(i => i.Name.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Id, StringComparer.OrdinalIgnoreCase);
        var names = inBooks.GroupBy(o => (o.Dimension, o.Number)).ToDictionary(g => g.Key, g => g.MaxBy(o => o.Start)!.Name);
        return names.Keys.Concat(mappings.Keys).Distinct()
            .OrderBy(k => k.Dimension, StringComparer.Ordinal).ThenBy(k => k.Number, StringComparer.Ordinal)
            .Select(k =>
            {
                var name = names.GetValueOrDefault(k, string.Empty);
                Guid? mapped = mappings.TryGetValue(k, out var m) ? m : null;
                Guid? proposed = mapped is null && name.Length > 0 && byName.TryGetValue(name.Trim(), out var p) ? p : null;
                return new ObjectMappingView(k.Dimension, DimensionName(k.Dimension), k.Number, name, mapped, proposed);
            })
            .ToList();
    }

    /// <summary>Sets the intervention of the objects given (an object without one is no longer tied); others stay.</summary>
    public async Task<Result<int>> SaveAsync(Guid associationId, ObjectMappingsRequest r, CancellationToken ct)
    {
        var objects = r.Objects ?? [];
        var interventions = await db.Set<Intervention>().AsNoTracking().Where(i => i.AssociationId == associationId).Select(i => i.Id).ToListAsync(ct);
        for (var i = 0; i < objects.Count; i++)
        {
            if (objects[i].InterventionId is { } id && !interventions.Contains(id))
            {
                return EconomyErrors.UnknownIntervention with { Field = $"objects[{i}].interventionId", Message = $"Rad {i + 1}: insatsen finns inte i förbundet." };
            }
        }

        var existing = await db.Set<ObjectMapping>().Where(m => m.AssociationId == associationId).ToDictionaryAsync(m => (m.Dimension, m.Number), ct);
        var changed = 0;
        var conflicts = new List<string>();
        foreach (var o in objects.DistinctBy(o => (o.Dimension!, o.Number!.Trim())))
        {
            var key = (o.Dimension!, o.Number!.Trim());
            existing.TryGetValue(key, out var row);
            if (o.Read is { } read)
            {
                if (read.InterventionId == o.InterventionId)
                {
                    continue;
                }

                if (row?.InterventionId != read.InterventionId)
                {
                    conflicts.Add($"{DimensionName(key.Item1).ToLower(SwedishCulture.Instance)} {key.Item2}");
                    continue;
                }
            }

            if (o.InterventionId is not { } intervention)
            {
                if (row is not null)
                {
                    db.Remove(row);
                    changed++;
                }

                continue;
            }

            if (row is null)
            {
                db.Add(new ObjectMapping { AssociationId = associationId, Dimension = key.Item1, Number = key.Item2, InterventionId = intervention });
                changed++;
            }
            else if (row.InterventionId != intervention)
            {
                row.InterventionId = intervention;
                changed++;
            }
        }

        if (conflicts.Count > 0)
        {
            db.ChangeTracker.Clear();
            return EconomyErrors.MappingChanged with { Message = ConflictMessage(MapAccountsHandler.Names(conflicts)) };
        }

        await db.SaveChangesAsync(ct);
        return changed;
    }

    /// <summary>The conflict of a mapping save, naming what someone else changed.</summary>
    internal static string ConflictMessage(string what) =>
        $"Någon annan har ändrat kopplingen för {what} sedan du hämtade sidan. Ingenting har sparats. Hämta sidan på nytt och gör om dina ändringar.";
}
