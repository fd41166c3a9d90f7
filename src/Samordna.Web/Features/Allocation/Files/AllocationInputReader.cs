using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.Web.Features.Allocation.Files;

/// <summary>Everything one allocation run needs, read from files and aggregated to associations.</summary>
public sealed record AllocationInputSet(
    AllocationParameters Parameters,
    IReadOnlyList<AssociationInput> Associations,
    IReadOnlyList<UnitFigures> Units,
    IReadOnlyList<AssociationArea> Areas);

/// <summary>
/// Reads an allocation folder: <c>parameters.csv</c> (key;value rows), <c>units.csv</c> (one row per municipality or
/// district, one column per measure, as SCB/Statisticon publish it) and <c>associations.csv</c> (code;name;area;…).
/// Separators ';', tab or ','; Swedish decimal comma; spaces as thousands separators; header aliases.
/// Every error in every row of every file is reported; nothing is returned unless all is clean (all or nothing).
/// </summary>
public static class AllocationInputReader
{
    public const string ParametersFile = "parameters.csv";
    public const string UnitsFile = "units.csv";
    public const string AssociationsFile = "associations.csv";

    /// <summary>
    /// Reads the three files through <see cref="TabularFile"/>, each with <paramref name="limits"/> checked while it is
    /// read (a file over the size limit is refused after reading at most the limit). A file may also be a workbook.
    /// </summary>
    public static CsvReadResult<AllocationInputSet> ReadFolder(string folder, FileLimits? limits = null)
    {
        var errors = new List<CsvError>();
        var tables = new Table?[3];
        string[] names = [ParametersFile, UnitsFile, AssociationsFile];
        for (var i = 0; i < names.Length; i++)
        {
            var path = FindFile(folder, names[i]);
            if (path is null)
            {
                errors.Add(new CsvError(names[i], null, null, CsvErrorCodes.FileMissing, $"Filen saknas i mappen {folder}."));
                continue;
            }

            tables[i] = ReadTable(names[i], () => TabularFile.Read(TabularFile.ReadFile(path, limits ?? FileLimits.Default), names[i], limits, new TableReadOptions(SkipTitleRows: true)), errors);
        }

        return errors.Count > 0 ? CsvReadResult<AllocationInputSet>.Failure(errors) : Parse(tables[0]!, tables[1]!, tables[2]!);
    }

    /// <summary>Parses the three files' text.</summary>
    public static CsvReadResult<AllocationInputSet> Parse(string parametersCsv, string unitsCsv, string associationsCsv)
    {
        var errors = new List<CsvError>();
        var parameters = ReadTable(ParametersFile, () => TabularFile.ReadCsvText(parametersCsv, ParametersFile), errors);
        var units = ReadTable(UnitsFile, () => TabularFile.ReadCsvText(unitsCsv, UnitsFile), errors);
        var associations = ReadTable(AssociationsFile, () => TabularFile.ReadCsvText(associationsCsv, AssociationsFile), errors);
        return Parse(parameters, units, associations, errors);
    }

    /// <summary>A table, or null with the module's problem added; row problems (broken quotes) are added too.</summary>
    internal static Table? ReadTable(string file, Func<Table> read, List<CsvError> errors)
    {
        try
        {
            var table = read();
            errors.AddRange(table.Problems.Select(p => CsvError.From(file, p)));
            return table;
        }
        catch (TabularFileException ex)
        {
            errors.Add(CsvError.From(file, ex.Problem));
            return null;
        }
    }

    private static CsvReadResult<AllocationInputSet> Parse(Table? parametersTable, Table? unitsTable, Table? associationsTable, List<CsvError>? earlier = null)
    {
        var errors = earlier ?? [];
        var parameters = parametersTable is null ? null : ParametersCsv.Read(parametersTable, errors);

        var unitErrors = new List<CsvError>();
        var units = unitsTable is null ? null : UnitsCsv.Read(unitsTable, parameters?.AgeBand, unitErrors);
        errors.AddRange(unitErrors);

        var rows = associationsTable is null ? null : AssociationsCsv.Read(associationsTable, errors);

        // Areas are checked against the units only when the units file itself is clean, so a bad unit row is
        // reported once, not again as an unknown unit in every area that names it.
        AreaAggregation? aggregation = null;
        if (units is not null && unitErrors.Count == 0 && unitsTable!.Problems.Count == 0 && rows is not null)
        {
            var valid = rows.Where(r => r.IsValid).ToList();
            aggregation = AreaAggregator.Aggregate(units, valid.Select(r => new AssociationArea(r.Code, r.UnitCodes)).ToArray());
            foreach (var e in aggregation.Errors)
            {
                var row = e.AssociationIndex >= 0 ? valid[e.AssociationIndex] : null;
                errors.Add(new CsvError(row is null ? UnitsFile : AssociationsFile, row?.Line, row?.AreaColumn, e.Code, e.Message));
            }
        }

        if (errors.Count > 0 || parameters is null || units is null || rows is null || aggregation is null)
        {
            return CsvReadResult<AllocationInputSet>.Failure(errors.Count > 0 ? InReadingOrder(errors) : [new CsvError(AssociationsFile, null, null, CsvErrorCodes.FileEmpty, "Inga förbund att läsa.")]);
        }

        var associations = rows.Zip(aggregation.Totals, (r, t) => new AssociationInput
        {
            Code = r.Code,
            Name = r.Name,
            SupportMeasure = t.SupportMeasure,
            WorkingAgePopulation = t.WorkingAgePopulation,
            PreviousAllocation = r.Previous,
            ForecastEquity = r.Equity,
            ReasonableEquityOverride = r.Reasonable,
            AskedAmount = r.Asked,
        }).ToArray();
        var areas = rows.Select(r => new AssociationArea(r.Code, r.UnitCodes)).ToArray();
        return CsvReadResult<AllocationInputSet>.Success(new AllocationInputSet(parameters, associations, units, areas));
    }

    /// <summary>File by file (parameters, units, associations), then by row; file-level errors first. Stable.</summary>
    private static CsvError[] InReadingOrder(List<CsvError> errors) => errors
        .OrderBy(e => e.File switch { ParametersFile => 0, UnitsFile => 1, _ => 2 })
        .ThenBy(e => e.Row ?? 0)
        .ToArray();

    private static string? FindFile(string folder, string name)
    {
        var exact = Path.Combine(folder, name);
        if (File.Exists(exact))
        {
            return exact;
        }

        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).FirstOrDefault(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase))
            : null;
    }

    /// <summary>Finds a column by its folded header among aliases; reports a missing required column or an ambiguous one.</summary>
    internal static int FindColumn(Table table, string[] aliases, string description, bool required, List<CsvError> errors, Func<string, bool>? alsoMatches = null)
    {
        var matches = new List<int>();
        for (var i = 0; i < table.Header.Length; i++)
        {
            var folded = CsvText.Fold(table.Header[i]);
            if (aliases.Contains(folded, StringComparer.Ordinal) || (alsoMatches?.Invoke(folded) ?? false))
            {
                matches.Add(i);
            }
        }

        if (matches.Count > 1)
        {
            errors.Add(new CsvError(table.FileName, 1, null, CsvErrorCodes.ColumnAmbiguous, $"Flera kolumner kan vara {description}: {string.Join(", ", matches.Select(m => "\"" + table.Header[m] + "\""))}. Behåll en av dem."));
            return -1;
        }

        if (matches.Count == 0 && required)
        {
            errors.Add(new CsvError(table.FileName, 1, null, CsvErrorCodes.ColumnMissing, $"Kolumnen för {description} saknas (t.ex. \"{aliases[0]}\"). Rubrikerna är: {string.Join(", ", table.Header.Select(h => "\"" + h + "\""))}."));
        }

        return matches.Count == 1 ? matches[0] : -1;
    }

    /// <summary>Reads an optional money cell: empty = not given; "1 234 567", "1234567,50" or "1234567.50"; at most two decimals.</summary>
    internal static Sek? ReadMoney(Table table, TableRow row, int column, bool allowNegative, List<CsvError> errors)
    {
        if (column < 0)
        {
            return null;
        }

        var text = row.Get(column);
        if (text.Length == 0)
        {
            return null;
        }

        var header = table.Header[column];
        if (CsvText.TryParseDecimal(text, out var big) && Math.Abs(big) > CsvText.MaxKronor)
        {
            errors.Add(new CsvError(table.FileName, row.Line, header, CsvErrorCodes.ValueInvalid, $"\"{text}\" är för stort; högst {CsvText.MaxKronorText}."));
            return null;
        }

        if (!CsvText.TryParseDecimal(text, out var kronor) || kronor * 100m != decimal.Truncate(kronor * 100m))
        {
            errors.Add(new CsvError(table.FileName, row.Line, header, CsvErrorCodes.ValueInvalid, $"\"{text}\" är inte ett belopp i kronor (högst två decimaler)."));
            return null;
        }

        if (!allowNegative && kronor < 0m)
        {
            errors.Add(new CsvError(table.FileName, row.Line, header, CsvErrorCodes.ValueInvalid, $"Beloppet får inte vara negativt ({text})."));
            return null;
        }

        return Sek.FromKronor(kronor);
    }
}
