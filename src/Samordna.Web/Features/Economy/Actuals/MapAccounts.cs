using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Interventions.Data;

namespace Samordna.Web.Features.Economy.Actuals;

/// <summary>
/// One account's place in the budget: a category (none: not mapped) and, for an intervention line, which. With
/// <see cref="Read"/>, the mapping as it was read: a row left as read is not written, and a row someone else has
/// changed since is a conflict (409) and nothing is saved. Without it the row is written as given.
/// </summary>
public sealed record AccountMappingRequest(string? Account, BudgetCategory? Category, Guid? InterventionId, AccountMappingRead? Read = null);

/// <summary>An account's mapping as the client read it (no category: not mapped).</summary>
public sealed record AccountMappingRead(BudgetCategory? Category, Guid? InterventionId);

public sealed record AccountMappingsRequest(IReadOnlyList<AccountMappingRequest>? Accounts);

/// <summary>An account of the books with its latest name and its mapping, for the mapping page and the API.</summary>
public sealed record AccountMappingView(string Account, string Name, BudgetCategory? Category, Guid? InterventionId);

/// <summary>The association's account mapping: which budget category each result account counts as, kept between imports.</summary>
public sealed class MapAccountsHandler(AppDbContext db)
{
    public const int MaxAccounts = 2000;

    public static ValidationErrors Validate(AccountMappingsRequest r)
    {
        var errors = new ValidationErrors();
        var accounts = r.Accounts ?? [];
        if (accounts.Count > MaxAccounts)
        {
            return errors.Add("accounts", $"Högst {MaxAccounts} konton.");
        }

        for (var i = 0; i < accounts.Count; i++)
        {
            var a = accounts[i];
            if (a is null)
            {
                errors.Add($"accounts[{i}]", $"Rad {i + 1} är tom.");
                continue;
            }

            errors.Check(a.Category is not { } c || Enum.IsDefined(c), $"accounts[{i}].category", $"Rad {i + 1}: okänt slag.");
            if (errors.Required($"accounts[{i}].account", $"Rad {i + 1}: konto", a.Account))
            {
                errors.Check(a.Account!.Length <= ActualsRules.MaxAccountLength, $"accounts[{i}].account", $"Rad {i + 1}: kontot får ha högst {ActualsRules.MaxAccountLength} tecken.");
            }

            errors.Check(a.InterventionId is null || a.Category == BudgetCategory.Intervention, $"accounts[{i}].interventionId", $"Rad {i + 1}: en insats kan bara anges för slaget Insatser.");
        }

        return errors;
    }

    /// <summary>The result accounts the books hold (the latest name of each) with their mapping, and mapped accounts not in the books.</summary>
    public async Task<IReadOnlyList<AccountMappingView>> ListAsync(Guid associationId, CancellationToken ct)
    {
        var inBooks = await (from a in db.Set<LedgerAccount>().AsNoTracking()
                             join y in db.Set<LedgerYear>().AsNoTracking() on a.LedgerYearId equals y.Id
                             where a.AssociationId == associationId
                             select new { a.Account, a.Name, y.Start }).ToListAsync(ct);
        var used = await db.Set<LedgerTransaction>().AsNoTracking().Where(t => t.AssociationId == associationId).Select(t => t.Account).Distinct().ToListAsync(ct);
        var mappings = await db.Set<AccountMapping>().AsNoTracking().Where(m => m.AssociationId == associationId).ToDictionaryAsync(m => m.Account, StringComparer.Ordinal, ct);
        var names = inBooks.GroupBy(a => a.Account, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(a => a.Start)!.Name, StringComparer.Ordinal);
        return names.Keys.Concat(used).Concat(mappings.Keys).Distinct(StringComparer.Ordinal)
            .Where(ActualsRules.IsResultAccount)
            .Order(StringComparer.Ordinal)
            .Select(a => new AccountMappingView(a, names.GetValueOrDefault(a, string.Empty), mappings.TryGetValue(a, out var m) ? m.Category : null, mappings.TryGetValue(a, out var mi) ? mi.InterventionId : null))
            .ToList();
    }

    /// <summary>Sets the mapping of the accounts given (an account without a category is no longer mapped); others stay.</summary>
    public async Task<Result<int>> SaveAsync(Guid associationId, AccountMappingsRequest r, CancellationToken ct)
    {
        var accounts = r.Accounts ?? [];
        var interventions = await db.Set<Intervention>().AsNoTracking().Where(i => i.AssociationId == associationId).Select(i => i.Id).ToListAsync(ct);
        for (var i = 0; i < accounts.Count; i++)
        {
            if (accounts[i].InterventionId is { } id && !interventions.Contains(id))
            {
                return EconomyErrors.UnknownIntervention with { Field = $"accounts[{i}].interventionId", Message = $"Rad {i + 1}: insatsen finns inte i förbundet." };
            }
        }

        var existing = await db.Set<AccountMapping>().Where(m => m.AssociationId == associationId).ToDictionaryAsync(m => m.Account, StringComparer.Ordinal, ct);
        var changed = 0;
        var conflicts = new List<string>();
        foreach (var a in accounts.DistinctBy(a => a.Account!.Trim(), StringComparer.Ordinal))
        {
            var account = a.Account!.Trim();
            existing.TryGetValue(account, out var row);
            if (a.Read is { } read)
            {
                if (read.Category == a.Category && read.InterventionId == a.InterventionId)
                {
                    continue;
                }

                if ((row?.Category, row?.InterventionId) != (read.Category, read.InterventionId))
                {
                    conflicts.Add(account);
                    continue;
                }
            }

            if (a.Category is not { } category)
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
                db.Add(new AccountMapping { AssociationId = associationId, Account = account, Category = category, InterventionId = a.InterventionId });
                changed++;
            }
            else if (row.Category != category || row.InterventionId != a.InterventionId)
            {
                (row.Category, row.InterventionId) = (category, a.InterventionId);
                changed++;
            }
        }

        if (conflicts.Count > 0)
        {
            db.ChangeTracker.Clear();
            return EconomyErrors.MappingChanged with { Message = MapObjectsHandler.ConflictMessage(conflicts.Count == 1 ? $"konto {conflicts[0]}" : $"kontona {Names(conflicts)}") };
        }

        await db.SaveChangesAsync(ct);
        return changed;
    }

    /// <summary>"5010, 5020 och 6010", at most ten named.</summary>
    internal static string Names(IReadOnlyList<string> names) =>
        names.Count > 10 ? string.Join(", ", names.Take(10)) + $" och {names.Count - 10} till"
        : names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " och " + names[^1];
}
