using Samordna.Web.Features.Economy.Actuals;
using Samordna.Web.Features.Economy.Budgets;
using Samordna.Web.Features.Economy.Data;
using Samordna.Web.Features.Governance;
using Samordna.Web.Features.Interventions.Data;
using Samordna.Web.Infrastructure.Audit;

namespace Samordna.Web.Features.Economy.Forecasts;

/// <summary>
/// The forecast per tertial (prognos): read a tertial's forecast, proposed from the adopted budget and the books up to
/// the tertial's last day until the office saves it, and save it (every line's year end and a comment).
/// </summary>
public sealed class ForecastHandler(AppDbContext db, ActualsReader books, IOptions<EconomyOptions> options, TimeProvider clock, IAuditActor actor)
{
    public static ValidationErrors Validate(SaveForecastRequest r, EconomyOptions options)
    {
        var errors = new ValidationErrors();
        errors.RequiredRange("year", "År", r.Year, 2000, 2199);
        var tertials = options.TertialEnds().Count;
        if (errors.Required("tertial", "Tertial", r.Tertial) && (r.Tertial < 1 || r.Tertial > tertials))
        {
            errors.Add("tertial", tertials == 1 ? "Tertial måste vara 1." : $"Tertial måste vara mellan 1 och {tertials}.");
        }

        errors.FreeText("comment", "Kommentar", r.Comment, ForecastRules.MaxCommentLength);
        var lines = r.Lines ?? [];
        if (lines.Count > ForecastRules.MaxLines)
        {
            return errors.Add("lines", $"Högst {ForecastRules.MaxLines} prognosrader.");
        }

        var seen = new HashSet<(BudgetCategory, Guid?)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var row = $"Prognosrad {i + 1}";
            if (lines[i] is not { } l)
            {
                errors.Add($"lines[{i}]", $"{row} är tom.");
                continue;
            }

            if (errors.Required($"lines[{i}].category", $"{row}: slag", l.Category) && !Enum.IsDefined(l.Category!.Value))
            {
                errors.Add($"lines[{i}].category", $"{row}: okänt slag.");
            }
            else if (l.Category is { } category)
            {
                errors.Check(category == BudgetCategory.Intervention || l.InterventionId is null, $"lines[{i}].interventionId", $"{row}: bara en rad för insatser kan gälla en insats.");
                errors.Check(seen.Add((category, l.InterventionId)), $"lines[{i}]", $"{row}: samma rad finns redan i prognosen.");
            }

            errors.Check(l.YearEnd is { } a && a >= Sek.Zero && a <= BudgetRules.MaxAmount, $"lines[{i}].yearEnd",
                $"{row}: ange prognosen för helåret, från 0 kr upp till 1 000 000 000 kr.");
        }

        return errors;
    }

    /// <summary>The tertial whose forecast is the natural one to show on <paramref name="today"/>: the latest that has ended in the year, else the first.</summary>
    public int DefaultTertial(int year, DateOnly today)
    {
        var o = options.Value;
        var ended = Enumerable.Range(1, o.TertialEnds().Count).Where(t => o.TertialEnd(year, t) < today).ToList();
        return ended.Count == 0 ? 1 : ended[^1];
    }

    /// <summary>The tertial's forecast (saved, or proposed while it is not); null when the year has no such tertial.</summary>
    public async Task<ForecastView?> GetAsync(Guid associationId, int year, int tertial, CancellationToken ct)
    {
        var o = options.Value;
        if (o.TertialEnd(year, tertial) is not { } until)
        {
            return null;
        }

        var saved = await db.Set<Forecast>().AsNoTracking().Include(f => f.Lines)
            .FirstOrDefaultAsync(f => f.AssociationId == associationId && f.Year == year && f.Tertial == tertial, ct);
        var budget = await db.AdoptedBudgetAsync(associationId, year, ct);
        var actuals = await books.ReadAsync(associationId, year, until, ct);
        var names = await db.Set<Intervention>().AsNoTracking().Where(i => i.AssociationId == associationId).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var rows = ForecastRules.Rows(
            budget?.Lines.OrderBy(l => l.Position).Select(l => new ForecastRules.BudgetAmount(l.Category, l.InterventionId, l.Label, l.Amount)).ToList() ?? [],
            actuals?.ByCategory ?? new Dictionary<BudgetCategory, Sek>(),
            actuals?.ByIntervention ?? new Dictionary<Guid, Sek>(),
            names,
            saved?.Lines.ToDictionary(l => (l.Category, l.InterventionId), l => l.YearEnd) ?? new Dictionary<(BudgetCategory, Guid?), Sek>());
        return new ForecastView(associationId, year, tertial, Enumerable.Range(1, o.TertialEnds().Count).ToList(), until, saved is not null, saved?.Id,
            saved?.Version, saved?.Comment, saved?.SavedAt, saved?.SavedBy, budget?.Number, actuals is not null, rows, ForecastRules.Totals(rows),
            actuals?.UnmappedNet ?? Sek.Zero, actuals?.UnmappedAccounts ?? []);
    }

    /// <summary>The latest saved forecast of the year (the highest tertial), or null.</summary>
    public async Task<ForecastView?> LatestSavedAsync(Guid associationId, int year, CancellationToken ct)
    {
        var tertial = await db.Set<Forecast>().AsNoTracking().Where(f => f.AssociationId == associationId && f.Year == year)
            .OrderByDescending(f => f.Tertial).Select(f => (int?)f.Tertial).FirstOrDefaultAsync(ct);
        return tertial is { } t ? await GetAsync(associationId, year, t, ct) : null;
    }

    public async Task<Result<Saved>> SaveAsync(Guid associationId, SaveForecastRequest r, CancellationToken ct)
    {
        var year = r.Year!.Value;
        var tertial = r.Tertial!.Value;
        var lines = r.Lines ?? [];
        var interventions = await db.Set<Intervention>().AsNoTracking().Where(i => i.AssociationId == associationId).Select(i => i.Id).ToListAsync(ct);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].InterventionId is { } iid && !interventions.Contains(iid))
            {
                return EconomyErrors.UnknownIntervention with { Field = $"lines[{i}].interventionId", Message = $"Prognosrad {i + 1}: insatsen finns inte i förbundet." };
            }
        }

        // Every row of the report gets a year end, so the saved forecast's sums are the forecast's result (EquityReader).
        var given = lines.Select(l => (l.Category!.Value, l.InterventionId)).ToHashSet();
        var missing = (await GetAsync(associationId, year, tertial, ct))!.Rows.Where(row => !given.Contains((row.Category, row.InterventionId))).Select(row => row.Label).ToList();
        if (missing.Count > 0)
        {
            return EconomyErrors.ForecastIncomplete with { Message = $"Prognosen saknar {(missing.Count == 1 ? "raden" : "raderna")} {string.Join(", ", missing)}. Ange helårsprognosen för varje rad." };
        }

        var forecast = await db.Set<Forecast>().Include(f => f.Lines)
            .FirstOrDefaultAsync(f => f.AssociationId == associationId && f.Year == year && f.Tertial == tertial, ct);
        if (forecast is null)
        {
            if (r.Version is not null)
            {
                return CommonErrors.ConcurrencyConflict;
            }

            forecast = new Forecast { AssociationId = associationId, Year = year, Tertial = tertial, ActualsUntil = options.Value.TertialEnd(year, tertial)!.Value };
            db.Add(forecast);
        }
        else
        {
            if (r.Version is not { } read)
            {
                return EconomyErrors.ForecastExists;
            }

            db.ExpectVersion(forecast, read);
            db.RemoveRange(forecast.Lines);
            // Only the lines may change: the forecast row is marked changed so its version moves on and a stale save fails.
            db.Entry(forecast).Property(f => f.Version).IsModified = true;
        }

        forecast.Comment = string.IsNullOrWhiteSpace(r.Comment) ? null : r.Comment.Trim();
        forecast.SavedAt = clock.GetUtcNow().UtcDateTime;
        forecast.SavedBy = actor.Name;
        forecast.Lines = lines.Select((l, i) => new ForecastLine
        {
            AssociationId = associationId, ForecastId = forecast.Id, Position = i + 1, Category = l.Category!.Value,
            InterventionId = l.InterventionId, YearEnd = l.YearEnd!.Value,
        }).ToList();
        foreach (var line in forecast.Lines)
        {
            db.Entry(line).State = EntityState.Added;
        }

        await db.SaveChangesAsync(ct);
        return new Saved(forecast.Id, forecast.Version);
    }
}
