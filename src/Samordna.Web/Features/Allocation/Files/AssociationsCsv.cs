namespace Samordna.Web.Features.Allocation.Files;

/// <summary>One parsed row of <c>associations.csv</c>.</summary>
internal sealed record AssociationRow(int Line, string Code, string Name, string[] UnitCodes, string AreaColumn)
{
    public bool IsValid { get; init; } = true;

    public Sek? Previous { get; init; }

    public Sek? Equity { get; init; }

    public Sek? Reasonable { get; init; }

    public Sek? Asked { get; init; }
}

/// <summary>
/// <c>associations.csv</c>: code;name;area;previous allocation;forecast equity;reasonable equity;asked. The area is
/// unit codes separated by spaces or '|'. Empty money cells mean "not given". Unknown columns are errors (this is
/// our own format, so a misspelt header must not be silently ignored).
/// </summary>
internal static class AssociationsCsv
{
    private const string File = AllocationInputReader.AssociationsFile;

    private static readonly string[] CodeAliases = ["kod", "code", "forbundskod", "association code"];
    private static readonly string[] NameAliases = ["namn", "name", "forbund", "forbundsnamn", "samordningsforbund", "association"];
    private static readonly string[] AreaAliases = ["omrade", "area", "kommuner", "enheter", "kommunkoder", "enhetskoder", "units", "area units"];
    private static readonly string[] PreviousAliases = ["foregaende tilldelning", "foregaende ars tilldelning", "tilldelning foregaende ar", "previous allocation", "previous"];
    private static readonly string[] EquityAliases = ["eget kapital", "eget kapital prognos", "prognos eget kapital", "forecast equity", "equity"];
    private static readonly string[] ReasonableAliases = ["skaligt eget kapital", "skalig niva", "reasonable equity", "reasonable equity override"];
    private static readonly string[] AskedAliases = ["begart belopp", "begart", "asked", "asked amount"];

    public static List<AssociationRow>? Read(Table table, List<CsvError> errors)
    {
        var before = errors.Count;

        var code = AllocationInputReader.FindColumn(table, CodeAliases, "förbundets kod", required: true, errors);
        var name = AllocationInputReader.FindColumn(table, NameAliases, "förbundets namn", required: true, errors);
        var area = AllocationInputReader.FindColumn(table, AreaAliases, "område (kommun- eller enhetskoder)", required: true, errors);
        var previous = AllocationInputReader.FindColumn(table, PreviousAliases, "föregående års tilldelning", required: false, errors);
        var equity = AllocationInputReader.FindColumn(table, EquityAliases, "prognos för eget kapital", required: false, errors);
        var reasonable = AllocationInputReader.FindColumn(table, ReasonableAliases, "skäligt eget kapital", required: false, errors);
        var asked = AllocationInputReader.FindColumn(table, AskedAliases, "begärt belopp", required: false, errors);
        int[] known = [code, name, area, previous, equity, reasonable, asked];
        for (var i = 0; i < table.Header.Length; i++)
        {
            if (!known.Contains(i) && table.Header[i].Length > 0)
            {
                errors.Add(new CsvError(File, 1, table.Header[i], CsvErrorCodes.ColumnUnknown, "Okänd kolumn. Kända: kod, namn, område, föregående tilldelning, eget kapital, skäligt eget kapital, begärt belopp."));
            }
        }

        if (errors.Count > before)
        {
            return null;
        }

        var rows = new List<AssociationRow>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var rowErrors = errors.Count;
            var associationCode = row.Get(code);
            if (associationCode.Length == 0)
            {
                errors.Add(new CsvError(File, row.Line, table.Header[code], CsvErrorCodes.ValueMissing, "Förbundets kod saknas."));
            }
            else if (!seen.TryAdd(associationCode, row.Line))
            {
                errors.Add(new CsvError(File, row.Line, table.Header[code], CsvErrorCodes.Duplicate, $"Koden {associationCode} finns redan på rad {seen[associationCode]}."));
            }

            var associationName = row.Get(name);
            if (associationName.Length == 0)
            {
                errors.Add(new CsvError(File, row.Line, table.Header[name], CsvErrorCodes.ValueMissing, "Förbundets namn saknas."));
            }

            var units = row.Get(area).Split([' ', '|', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (units.Length == 0)
            {
                errors.Add(new CsvError(File, row.Line, table.Header[area], CsvErrorCodes.ValueMissing, "Området saknas; ange kommun- eller enhetskoder åtskilda av mellanslag eller |."));
            }

            var parsed = new AssociationRow(row.Line, associationCode, associationName, units, table.Header[area])
            {
                Previous = AllocationInputReader.ReadMoney(table, row, previous, allowNegative: false, errors),
                Equity = AllocationInputReader.ReadMoney(table, row, equity, allowNegative: true, errors),
                Reasonable = AllocationInputReader.ReadMoney(table, row, reasonable, allowNegative: false, errors),
                Asked = AllocationInputReader.ReadMoney(table, row, asked, allowNegative: false, errors),
            };
            rows.Add(parsed with { IsValid = errors.Count == rowErrors });
        }

        if (rows.Count == 0)
        {
            errors.Add(new CsvError(File, null, null, CsvErrorCodes.FileEmpty, "Filen innehåller inga förbund."));
        }

        return rows;
    }
}
