using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.Engine;
using Samordna.Web.Features.Allocation.Files;

namespace Samordna.Web.Features.Allocation.EditParameters;

/// <summary>A year's parameters as the API and pages exchange them. Money in kronor, shares as decimals (0.75).</summary>
public sealed record YearParametersRequest(
    Sek? Frame,
    Sek? BaseAmount,
    decimal? SupportMeasureWeight,
    decimal? PopulationWeight,
    string? AgeBand,
    decimal? MaxYearlyDecrease,
    decimal? EquityReductionShare,
    IReadOnlyList<EquityTierInput>? EquityTiers,
    DateOnly? ReferenceDate,
    string? Note,
    long? Version);

public sealed record YearParametersResponse(
    int Year,
    bool IsStored,
    Sek Frame,
    Sek BaseAmount,
    decimal SupportMeasureWeight,
    decimal PopulationWeight,
    string AgeBand,
    decimal? MaxYearlyDecrease,
    decimal EquityReductionShare,
    string EquityTiers,
    IReadOnlyList<TierSnapshot> EquityTierList,
    DateOnly ReferenceDate,
    string? Note,
    long? Version,
    IReadOnlyList<ParameterProvenance> Provenance);

/// <summary>How far a default rests on verified sources (docs/allocation-model.md §1).</summary>
public sealed record ParameterProvenance(string Field, string Label, string Status, string Comment);

/// <summary>
/// Reads and saves one year's parameters. A year without stored parameters reads as the research defaults
/// (<see cref="AllocationParameters.ResearchDefaults"/>); saving creates it. Edits carry the version read.
/// </summary>
public sealed class EditParametersHandler(AppDbContext db)
{
    public static ValidationErrors Validate(int year, YearParametersRequest r)
    {
        var errors = new ValidationErrors();
        if (year is < 2016 or > 2100)
        {
            errors.Add("year", "Året måste vara 2016 (då modellen började användas) eller senare.");
            return errors;
        }

        errors.Required("frame", "Ram", r.Frame);
        errors.Required("baseAmount", "Grundtilldelning", r.BaseAmount);
        errors.Required("supportMeasureWeight", "Vikt för försörjningsmått", r.SupportMeasureWeight);
        errors.Required("populationWeight", "Vikt för invånare", r.PopulationWeight);
        errors.Required("ageBand", "Åldersgrupp", r.AgeBand);
        errors.FreeText("ageBand", "Åldersgrupp", r.AgeBand, 20);
        errors.Required("equityReductionShare", "Andel av överskottet", r.EquityReductionShare);
        errors.Required("referenceDate", "Referensdatum", r.ReferenceDate);
        errors.FreeText("note", "Anteckning", r.Note, 4000);
        SixDecimals(errors, "supportMeasureWeight", "Vikt för försörjningsmått", r.SupportMeasureWeight);
        SixDecimals(errors, "populationWeight", "Vikt för invånare", r.PopulationWeight);
        SixDecimals(errors, "maxYearlyDecrease", "Högsta minskning", r.MaxYearlyDecrease);
        SixDecimals(errors, "equityReductionShare", "Andel av överskottet", r.EquityReductionShare);
        if (r.ReferenceDate is { } date && (date < new DateOnly(year - 1, 1, 1) || date > new DateOnly(year, 12, 31)))
        {
            errors.Add("referenceDate", $"Referensdatum ska ligga under {year - 1} eller {year}.");
        }

        var tiers = EquityTierRules.Check(new ValidationErrors(), "equityTiers", r.EquityTiers);
        errors.Merge(tiers);

        // The model's own rules in the same round: a field that is missing or already wrong is checked with the
        // default in its place, and the model's error about it is not shown (the field keeps its first message).
        var known = errors.ToDictionary();
        var defaults = AllocationParameters.ResearchDefaults(year);
        var parameters = new AllocationParameters
        {
            Year = year,
            Frame = r.Frame ?? defaults.Frame,
            BaseAmount = r.BaseAmount ?? defaults.BaseAmount,
            SupportMeasureWeight = r.SupportMeasureWeight ?? defaults.SupportMeasureWeight,
            PopulationWeight = r.PopulationWeight ?? defaults.PopulationWeight,
            AgeBand = string.IsNullOrWhiteSpace(r.AgeBand) ? defaults.AgeBand : r.AgeBand.Trim(),
            MaxYearlyDecrease = r.MaxYearlyDecrease,
            EquityReductionShare = r.EquityReductionShare ?? defaults.EquityReductionShare,
            EquityTiers = tiers.IsValid ? EquityTierRules.ToEngine(r.EquityTiers!) : defaults.EquityTiers,
        };
        var model = new ValidationErrors();
        foreach (var e in AllocationValidator.Validate(parameters, [new AssociationInput { Code = "x", Name = "x", SupportMeasure = 1, WorkingAgePopulation = 1 }]))
        {
            var field = FieldName(e.Field);
            if (field == "supportMeasureWeight" && (known.ContainsKey("populationWeight") || r.SupportMeasureWeight is null || r.PopulationWeight is null))
            {
                continue;
            }

            model.Add(field, e.Message);
        }

        return errors.Merge(model);
    }

    public async Task<YearParametersResponse> GetAsync(int year, CancellationToken ct)
    {
        var stored = await db.Set<AllocationYearParameters>().AsNoTracking().FirstOrDefaultAsync(p => p.Year == year, ct);
        return stored is null ? FromDefaults(year) : ToResponse(stored);
    }

    public async Task<IReadOnlyList<YearParametersResponse>> ListAsync(CancellationToken ct)
    {
        var stored = await db.Set<AllocationYearParameters>().AsNoTracking().ToListAsync(ct);
        return stored.OrderByDescending(p => p.Year).Select(ToResponse).ToList();
    }

    /// <summary>Creates the year's parameters or updates them (then the version read is required; stale → 409).</summary>
    public async Task<Result<long>> HandleAsync(int year, YearParametersRequest r, CancellationToken ct)
    {
        var stored = await db.Set<AllocationYearParameters>().FirstOrDefaultAsync(p => p.Year == year, ct);
        if (stored is null)
        {
            stored = new AllocationYearParameters { Year = year };
            db.Add(stored);
        }
        else
        {
            if (r.Version is not { } version)
            {
                return CommonErrors.ValidationFailed.WithMessage("Version måste anges när årets parametrar redan finns.") with { Field = "version" };
            }

            db.ExpectVersion(stored, version);
        }

        var tiers = EquityTierRules.ToEngine(r.EquityTiers!);
        stored.Frame = r.Frame!.Value;
        stored.BaseAmount = r.BaseAmount!.Value;
        stored.SupportMeasureWeight = r.SupportMeasureWeight!.Value;
        stored.PopulationWeight = r.PopulationWeight!.Value;
        stored.AgeBand = r.AgeBand!.Trim();
        stored.MaxYearlyDecrease = r.MaxYearlyDecrease;
        stored.EquityReductionShare = r.EquityReductionShare!.Value;
        stored.EquityTiers = EquityTiersText.Invariant(tiers);
        stored.ReferenceDate = r.ReferenceDate!.Value;
        stored.Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException && ex.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return AllocationErrors.ParametersExist;
        }

        return stored.Version;
    }

    public static YearParametersResponse FromDefaults(int year)
    {
        var p = AllocationParameters.ResearchDefaults(Math.Max(2016, year)) with { Year = year };
        return new YearParametersResponse(year, false, p.Frame, p.BaseAmount, p.SupportMeasureWeight, p.PopulationWeight, p.AgeBand,
            p.MaxYearlyDecrease, p.EquityReductionShare, EquityTiersText.Format(p.EquityTiers), ParameterSnapshot.Tiers(p.EquityTiers),
            new DateOnly(year, 1, 1), DefaultNote(year), null, Provenance(year));
    }

    public static YearParametersResponse ToResponse(AllocationYearParameters p)
    {
        var tiers = EquityTiersText.Parse(p.EquityTiers, out _) ?? [];
        return new YearParametersResponse(p.Year, true, p.Frame, p.BaseAmount, p.SupportMeasureWeight, p.PopulationWeight, p.AgeBand,
            p.MaxYearlyDecrease, p.EquityReductionShare, EquityTiersText.Format(tiers), ParameterSnapshot.Tiers(tiers), p.ReferenceDate, p.Note,
            p.Version, Provenance(p.Year));
    }

    public static AllocationParameters ToEngine(int year, YearParametersRequest r, IReadOnlyList<EquityTier> tiers) => new()
    {
        Year = year,
        Frame = r.Frame!.Value,
        BaseAmount = r.BaseAmount!.Value,
        SupportMeasureWeight = r.SupportMeasureWeight!.Value,
        PopulationWeight = r.PopulationWeight!.Value,
        AgeBand = r.AgeBand!.Trim(),
        MaxYearlyDecrease = r.MaxYearlyDecrease,
        EquityReductionShare = r.EquityReductionShare!.Value,
        EquityTiers = tiers,
    };

    /// <summary>The verification status of each research default for the year (docs/allocation-model.md §1).</summary>
    public static IReadOnlyList<ParameterProvenance> Provenance(int year) =>
    [
        new("frame", "Ram", year <= 2024 ? "verifierad" : "ej verifierad", year <= 2024 ? "339 mkr enligt finsam.se för de senaste åren." : "339 mkr är verifierat för åren före 2025; beloppet för detta år är inte kontrollerat."),
        new("baseAmount", "Grundtilldelning", "verifierad", "400 000 kr enligt finsam.se och FK:s PM 2015-01-22."),
        new("weights", "Vikter 75/25", "verifierad", "Försörjningsmått 0,75 och invånare 0,25 (finsam.se). Att nycklarna gäller beloppet efter grundtilldelningarna är härlett."),
        new("ageBand", "Åldersgrupp", "verifierad", "16–64 år i 2016 års beställning; SCB:s nuvarande beställning anger 16–65."),
        new("maxYearlyDecrease", "Skydd mot minskning", year <= 2017 ? "verifierad" : "ej verifierad", year <= 2017 ? "Högst 10 % minskning för 2016 och 2017." : "Gällde 2016–2017; om det gäller senare år är okänt."),
        new("equityReductionShare", "Andel av överskottet", "härledd", "Statens hälft av överskottet är en tolkning, inte en källa."),
        new("equityTiers", "Trappa för skäligt eget kapital", "ej verifierad", "ILLUSTRATIV: Nationella rådets verkliga trappa (2013-10-02, förtydligad 2019-06-14) har inte kunnat hämtas."),
    ];

    public static string DefaultNote(int year) =>
        $"Skapad från forskningens standardvärden för {year}. Ej verifierat: trappan för skäligt eget kapital (illustrativ)"
        + (year > 2024 ? ", ramen för året" : string.Empty)
        + (year > 2017 ? ", om skyddet mot minskning gäller" : string.Empty) + ".";

    private static void SixDecimals(ValidationErrors errors, string field, string label, decimal? value)
    {
        if (value is { } v && decimal.Round(v, 6) != v)
        {
            errors.Add(field, $"{label} får ha högst sex decimaler.");
        }
    }

    private static string FieldName(string? engineField) => engineField switch
    {
        nameof(AllocationParameters.Frame) => "frame",
        nameof(AllocationParameters.BaseAmount) => "baseAmount",
        nameof(AllocationParameters.SupportMeasureWeight) or nameof(AllocationParameters.PopulationWeight) => "supportMeasureWeight",
        nameof(AllocationParameters.AgeBand) => "ageBand",
        nameof(AllocationParameters.MaxYearlyDecrease) => "maxYearlyDecrease",
        nameof(AllocationParameters.EquityReductionShare) => "equityReductionShare",
        nameof(AllocationParameters.EquityTiers) => "equityTiers",
        _ => "year",
    };
}
