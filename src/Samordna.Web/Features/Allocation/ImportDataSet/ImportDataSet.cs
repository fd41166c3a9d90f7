using Samordna.Web.Features.Allocation.Data;
using Samordna.Web.Features.Allocation.Files;

namespace Samordna.Web.Features.Allocation.ImportDataSet;

/// <summary>An upload of per-unit statistics: CSV (any of the separators and number formats SCB/Statisticon use) or .xlsx.</summary>
public sealed record ImportDataSetRequest(
    int? Year,
    string? Name,
    string? Source,
    string? AgeBand,
    string? FileName,
    byte[]? Content,
    bool IsIllustrative = false);

public sealed record ImportedDataSet(Guid Id, int Year, int Sequence, string ContentHash, int UnitCount);

/// <summary>
/// Imports a data set all or nothing: every bad row is reported (in Swedish, naming row and column) and nothing is
/// stored unless the whole file is clean. The rows are stored with a content hash and never changed afterwards.
/// </summary>
public sealed class ImportDataSetHandler(AppDbContext db, TimeProvider clock, IAuditActor actor, Microsoft.Extensions.Options.IOptions<FileLimits> limits)
{
    /// <summary>
    /// Checks the fields and reads the whole file (CSV or .xlsx, decided by its content, within <paramref name="limits"/>);
    /// messages name the field, or the row ("Rad 4, kolumn …: …").
    /// </summary>
    public static ValidationErrors Validate(ImportDataSetRequest r, FileLimits? limits = null)
    {
        limits ??= FileLimits.Default;
        var errors = new ValidationErrors();
        errors.RequiredRange("year", "År", r.Year, 2000, 2100);
        errors.RequiredText("name", "Namn", r.Name, 200);
        errors.RequiredText("source", "Källa", r.Source, 400);
        errors.RequiredText("ageBand", "Åldersgrupp", r.AgeBand, 20);
        errors.FreeText("fileName", "Filnamn", r.FileName, 260);
        if (r.Content is null || r.Content.Length == 0)
        {
            errors.Add("content", "Filen saknas eller är tom.");
            return errors;
        }

        if (r.Content.LongLength > limits.MaxBytes)
        {
            errors.Add("content", limits.TooLarge().Problem.Message);
            return errors;
        }

        if (!string.IsNullOrWhiteSpace(r.AgeBand))
        {
            Parse(r, limits, out var problems);
            foreach (var p in problems)
            {
                errors.Add("content", p);
            }
        }

        return errors;
    }

    /// <summary>Reads the file into unit rows; every problem is returned, in file order.</summary>
    internal static List<AllocationDataSetUnit>? Parse(ImportDataSetRequest r, FileLimits limits, out List<string> problems)
    {
        problems = [];
        var fileName = string.IsNullOrWhiteSpace(r.FileName) ? "underlag" : Path.GetFileName(r.FileName.Trim());
        var errors = new List<CsvError>();
        var table = AllocationInputReader.ReadTable(fileName, () => TabularFile.Read(r.Content!, fileName, limits, new TableReadOptions(SkipTitleRows: true)), errors);
        var figures = table is null ? null : UnitsCsv.Read(table, r.AgeBand, errors);
        if (figures is not null && figures.Count == 0)
        {
            errors.Add(new CsvError(fileName, null, null, CsvErrorCodes.FileEmpty, "Filen har inga rader med kommuner eller stadsdelar."));
        }

        var units = new List<AllocationDataSetUnit>();
        foreach (var f in figures ?? [])
        {
            var row = f.SourceRow ?? 0;
            if (f.Code.Length > 20)
            {
                errors.Add(new CsvError(fileName, row, "kod", CsvErrorCodes.ValueInvalid, $"Koden {f.Code} är längre än 20 tecken."));
            }

            if (!IsWholeOre(f.SupportMeasure))
            {
                errors.Add(new CsvError(fileName, row, "försörjningsmått", CsvErrorCodes.ValueInvalid, "Beloppet får ha högst två decimaler i kronor (hela ören)."));
            }

            if (f.FinancialAssistance is { } fa && !IsWholeOre(fa))
            {
                errors.Add(new CsvError(fileName, row, "ekonomiskt bistånd", CsvErrorCodes.ValueInvalid, "Beloppet får ha högst två decimaler i kronor (hela ören)."));
            }

            units.Add(new AllocationDataSetUnit
            {
                Code = f.Code.Trim(),
                Name = Truncate(f.Name.Trim(), 200),
                SupportMeasure = IsWholeOre(f.SupportMeasure) ? Sek.FromKronor(f.SupportMeasure) : Sek.Zero,
                WorkingAgePopulation = f.WorkingAgePopulation,
                FinancialAssistance = f.FinancialAssistance is { } x && IsWholeOre(x) ? Sek.FromKronor(x) : null,
                SourceRow = row,
            });
        }

        problems = errors.OrderBy(e => e.Row ?? 0).Select(Describe).ToList();
        return problems.Count == 0 ? units : null;
    }

    public async Task<Result<ImportedDataSet>> HandleAsync(ImportDataSetRequest r, CancellationToken ct)
    {
        var units = Parse(r, limits.Value, out var problems) ?? throw new InvalidOperationException("Validate the request first: " + string.Join(" ", problems));
        var ageBand = r.AgeBand!.Trim();
        var hash = DataSetContent.Hash(ageBand, units);
        var year = r.Year!.Value;
        var existing = await db.Set<AllocationDataSet>().AsNoTracking()
            .Where(d => d.Year == year && d.ContentHash == hash)
            .Select(d => new { d.Id, d.Name, d.Year, d.Sequence })
            .FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            return AllocationErrors.DataSetDuplicate.WithMessage(
                $"Ett underlag med exakt samma innehåll finns redan: {existing.Name} ({existing.Year} v{existing.Sequence}, id {existing.Id}).");
        }

        var dataSet = new AllocationDataSet
        {
            Year = year,
            Name = r.Name!.Trim(),
            Source = r.Source!.Trim(),
            AgeBand = ageBand,
            FileName = string.IsNullOrWhiteSpace(r.FileName) ? "underlag" : Path.GetFileName(r.FileName.Trim()),
            IsIllustrative = r.IsIllustrative,
            ContentHash = hash,
            UnitCount = units.Count,
            TotalSupportMeasure = DataSetContent.TotalSupportMeasure(units),
            TotalWorkingAgePopulation = units.Sum(u => u.WorkingAgePopulation),
            ImportedAt = clock.GetUtcNow().UtcDateTime,
            ImportedBy = actor.Name,
            ImportedByUserId = actor.UserId,
        };
        foreach (var u in units)
        {
            u.DataSetId = dataSet.Id;
        }

        dataSet.Units = units;
        db.Add(dataSet);
        // Another import of the same year may take the same sequence number at the same moment: take the next one.
        await NumberedSave.SaveAsync(db, async token => dataSet.Sequence = 1 + (await db.Set<AllocationDataSet>()
            .Where(d => d.Year == year && d.Id != dataSet.Id).MaxAsync(d => (int?)d.Sequence, token) ?? 0), ct);

        return new ImportedDataSet(dataSet.Id, dataSet.Year, dataSet.Sequence, hash, units.Count);
    }

    /// <summary>"Rad 5, kolumn "Försörjningsmått": …" (Swedish, names the row as the user sees it).</summary>
    public static string Describe(CsvError e)
    {
        var where = e.Row is { } row and > 0 ? $"Rad {row}" : e.File;
        if (e.Column is not null)
        {
            where += $", kolumn \"{e.Column}\"";
        }

        return $"{where}: {e.Message}";
    }

    private static bool IsWholeOre(decimal kronor) => kronor * 100m == decimal.Truncate(kronor * 100m) && Math.Abs(kronor) < 90_000_000_000_000m;

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
