using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.Files;
using Samordna.Web.Features.Registry.Data;

namespace Samordna.Web.Features.Allocation.Contributions;

public sealed record InternalSplitUnitRequest(string? Code, string? Name, long? Population, Sek? SupportMeasure, Sek? FinancialAssistance, decimal? FixedShare);

/// <summary>
/// A member's internal split for a year: the key and its units with their figures. An empty unit list removes the
/// setting (the member then pays as one). Carries the version read when the setting exists.
/// </summary>
public sealed record InternalSplitRequest(Engine.SplitKeyKind? Key, decimal? PopulationWeight, IReadOnlyList<InternalSplitUnitRequest>? Units, long? Version);

public sealed record InternalSplitResponse(
    Guid AssociationId,
    Guid OrganisationId,
    string MemberName,
    int Year,
    bool IsStored,
    Engine.SplitKeyKind Key,
    decimal? PopulationWeight,
    IReadOnlyList<InternalSplitUnitRequest> Units,
    long? Version);

public sealed class InternalSplitHandler(AppDbContext db)
{
    public static ValidationErrors Validate(InternalSplitRequest r)
    {
        var errors = new ValidationErrors();
        errors.Required("key", "Nyckel", r.Key);
        if (r.Key == Engine.SplitKeyKind.WeightedMix)
        {
            if (errors.Required("populationWeight", "Vikt för invånare", r.PopulationWeight) && r.PopulationWeight is < 0m or > 1m)
            {
                errors.Add("populationWeight", "Vikt för invånare ska vara mellan 0 och 1.");
            }
        }

        if (r.PopulationWeight is { } w && decimal.Round(w, 6) != w)
        {
            errors.Add("populationWeight", "Vikt för invånare får ha högst sex decimaler.");
        }

        var units = r.Units ?? [];
        if (units.Count > 200)
        {
            errors.Add("units", "Högst 200 enheter.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            var at = $"units[{i}]";
            var label = $"Enhet {i + 1}";
            if (errors.Required($"{at}.code", $"{label}: kod", u.Code))
            {
                errors.FreeText($"{at}.code", $"{label}: kod", u.Code, 40);
                if (!seen.Add(u.Code!.Trim()))
                {
                    errors.Add($"{at}.code", $"{label}: koden {u.Code} finns redan.");
                }
            }

            errors.RequiredText($"{at}.name", $"{label}: namn", u.Name, 200);

            var needsPopulation = r.Key is Engine.SplitKeyKind.Population || (r.Key is Engine.SplitKeyKind.WeightedMix && r.PopulationWeight is not 0m);
            var needsAssistance = r.Key is Engine.SplitKeyKind.WeightedMix && r.PopulationWeight is not 1m;
            if (needsPopulation && u.Population is null)
            {
                errors.Add($"{at}.population", $"{label}: invånare måste anges för nyckeln.");
            }

            if (r.Key is Engine.SplitKeyKind.SupportMeasure && u.SupportMeasure is null)
            {
                errors.Add($"{at}.supportMeasure", $"{label}: försörjningsmått måste anges för nyckeln.");
            }

            if (needsAssistance && u.FinancialAssistance is null)
            {
                errors.Add($"{at}.financialAssistance", $"{label}: ekonomiskt bistånd måste anges för nyckeln.");
            }

            if (r.Key is Engine.SplitKeyKind.FixedShares && u.FixedShare is null)
            {
                errors.Add($"{at}.fixedShare", $"{label}: fast andel måste anges för nyckeln.");
            }

            if (u.Population is < 0 || u.SupportMeasure is { IsNegative: true } || u.FinancialAssistance is { IsNegative: true } || u.FixedShare is < 0m)
            {
                errors.Add(at, $"{label}: värdena får inte vara negativa.");
            }

            if (u.FixedShare is { } f && decimal.Round(f, 6) != f)
            {
                errors.Add($"{at}.fixedShare", $"{label}: fast andel får ha högst sex decimaler.");
            }
        }

        return errors;
    }

    /// <summary>The member's setting (or an empty one) if the organisation is a kommun, district or region member during the year.</summary>
    public async Task<InternalSplitResponse?> GetAsync(Guid associationId, Guid organisationId, int year, CancellationToken ct)
    {
        var member = await MemberAsync(associationId, organisationId, year, ct);
        if (member is null)
        {
            return null;
        }

        var setting = await db.Set<InternalSplitSetting>().AsNoTracking().Include(s => s.Units)
            .FirstOrDefaultAsync(s => s.AssociationId == associationId && s.OrganisationId == organisationId && s.Year == year, ct);
        return setting is null
            ? new InternalSplitResponse(associationId, organisationId, member.Name, year, false, Engine.SplitKeyKind.WeightedMix, 0.5m, [], null)
            : new InternalSplitResponse(associationId, organisationId, member.Name, year, true, setting.Key, setting.PopulationWeight,
                setting.Units.OrderBy(u => u.Position).Select(u => new InternalSplitUnitRequest(u.Code, u.Name, u.Population, u.SupportMeasure, u.FinancialAssistance, u.FixedShare)).ToList(),
                setting.Version);
    }

    public async Task<Result<long?>> HandleAsync(Guid associationId, Guid organisationId, int year, InternalSplitRequest r, CancellationToken ct)
    {
        if (await MemberAsync(associationId, organisationId, year, ct) is null)
        {
            return AllocationErrors.NotAMember;
        }

        var setting = await db.Set<InternalSplitSetting>().Include(s => s.Units)
            .FirstOrDefaultAsync(s => s.AssociationId == associationId && s.OrganisationId == organisationId && s.Year == year, ct);
        if (setting is not null)
        {
            if (r.Version is not { } version)
            {
                return CommonErrors.ValidationFailed.WithMessage("Version måste anges när inställningen redan finns.") with { Field = "version" };
            }

            db.ExpectVersion(setting, version);
        }

        var units = r.Units ?? [];
        if (units.Count == 0)
        {
            if (setting is not null)
            {
                db.RemoveRange(setting.Units);
                db.Remove(setting);
                await db.SaveChangesAsync(ct);
            }

            return (long?)null;
        }

        if (setting is null)
        {
            setting = new InternalSplitSetting { AssociationId = associationId, OrganisationId = organisationId, Year = year };
            db.Add(setting);
        }
        else
        {
            db.RemoveRange(setting.Units);
            setting.Units.Clear();
        }

        setting.Key = r.Key!.Value;
        setting.PopulationWeight = r.Key == Engine.SplitKeyKind.WeightedMix ? r.PopulationWeight : null;
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            var unit = new InternalSplitUnit
            {
                AssociationId = associationId,
                SettingId = setting.Id,
                Position = i,
                Code = u.Code!.Trim(),
                Name = u.Name!.Trim(),
                Population = u.Population ?? 0,
                SupportMeasure = u.SupportMeasure ?? Sek.Zero,
                FinancialAssistance = u.FinancialAssistance ?? Sek.Zero,
                FixedShare = u.FixedShare,
            };
            setting.Units.Add(unit);
            db.Add(unit);
        }

        // The setting row itself changes only in key and weight; bump its version so a stale edit of the units is caught too.
        db.Entry(setting).Property(s => s.Key).IsModified = true;
        await db.SaveChangesAsync(ct);
        return setting.Version;
    }

    /// <summary>Parses the units as a table: "Kod;Namn;Invånare;Försörjningsmått;Ekonomiskt bistånd;Fast andel" (only code and name required).</summary>
    public static List<InternalSplitUnitRequest>? ParseUnits(string? text, out List<string> problems)
    {
        problems = [];
        var units = new List<InternalSplitUnitRequest>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return units;
        }

        var errors = new List<CsvError>();
        var table = AllocationInputReader.ReadTable("enheter", () => TabularFile.ReadCsvText(text, "enheter"), errors);
        if (table is null || errors.Count > 0)
        {
            problems.AddRange(errors.Select(ImportDataSet.ImportDataSetHandler.Describe));
            return null;
        }

        var code = AllocationInputReader.FindColumn(table, ["kod", "code", "enhetskod", "stadsdelskod"], "kod", required: true, errors);
        var name = AllocationInputReader.FindColumn(table, ["namn", "name", "enhet", "stadsdel", "stadsdelsnamnd"], "namn", required: true, errors);
        var population = AllocationInputReader.FindColumn(table, ["invanare", "befolkning", "population"], "invånare", required: false, errors, h => h.StartsWith("invanare", StringComparison.Ordinal));
        var support = AllocationInputReader.FindColumn(table, ["forsorjningsmatt"], "försörjningsmått", required: false, errors);
        var assistance = AllocationInputReader.FindColumn(table, ["ekonomiskt bistand", "forsorjningsstod"], "ekonomiskt bistånd", required: false, errors);
        var share = AllocationInputReader.FindColumn(table, ["fast andel", "andel"], "fast andel", required: false, errors);
        if (errors.Count > 0)
        {
            problems.AddRange(errors.Select(ImportDataSet.ImportDataSetHandler.Describe));
            return null;
        }

        foreach (var row in table.Rows)
        {
            long? p = null;
            if (population >= 0 && row.Get(population).Length > 0)
            {
                if (CsvText.TryParseInteger(row.Get(population), out var v) && v >= 0)
                {
                    p = v;
                }
                else
                {
                    problems.Add($"Rad {row.Line}, kolumn \"{table.Header[population]}\": \"{row.Get(population)}\" är inte ett antal invånare.");
                }
            }

            units.Add(new InternalSplitUnitRequest(
                row.Get(code),
                row.Get(name),
                p,
                Money(table, row, support, problems),
                Money(table, row, assistance, problems),
                Share(table, row, share, problems)));
        }

        return problems.Count == 0 ? units : null;
    }

    /// <summary>The units as text in the same shape <see cref="ParseUnits"/> reads.</summary>
    public static string FormatUnits(IEnumerable<InternalSplitUnitRequest> units)
    {
        var lines = new List<string> { "Kod;Namn;Invånare;Försörjningsmått;Ekonomiskt bistånd;Fast andel" };
        lines.AddRange(units.Select(u => string.Join(';',
            u.Code, u.Name?.Replace(';', ','),
            u.Population?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            u.SupportMeasure?.ToInvariantString() ?? string.Empty,
            u.FinancialAssistance?.ToInvariantString() ?? string.Empty,
            u.FixedShare?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)));
        return string.Join('\n', lines);
    }

    private static Sek? Money(Table table, TableRow row, int column, List<string> problems)
    {
        if (column < 0 || row.Get(column).Length == 0)
        {
            return null;
        }

        if (CsvText.TryParseDecimal(row.Get(column), out var kronor) && kronor >= 0 && kronor * 100m == decimal.Truncate(kronor * 100m))
        {
            return Sek.FromKronor(kronor);
        }

        problems.Add($"Rad {row.Line}, kolumn \"{table.Header[column]}\": \"{row.Get(column)}\" är inte ett belopp i kronor (högst två decimaler).");
        return null;
    }

    private static decimal? Share(Table table, TableRow row, int column, List<string> problems)
    {
        if (column < 0 || row.Get(column).Length == 0)
        {
            return null;
        }

        if (CsvText.TryParseFraction(row.Get(column), out var value) && value >= 0)
        {
            return value;
        }

        problems.Add($"Rad {row.Line}, kolumn \"{table.Header[column]}\": \"{row.Get(column)}\" är inte en andel.");
        return null;
    }

    private async Task<Organisation?> MemberAsync(Guid associationId, Guid organisationId, int year, CancellationToken ct)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        return await db.Set<Membership>().AsNoTracking()
            .Where(m => m.AssociationId == associationId && m.OrganisationId == organisationId).ActiveDuring(start, end)
            .Where(m => m.Organisation!.Kind == OrganisationKind.Municipality || m.Organisation.Kind == OrganisationKind.MunicipalDistrict || m.Organisation.Kind == OrganisationKind.Region)
            .Select(m => m.Organisation!)
            .FirstOrDefaultAsync(ct);
    }
}
