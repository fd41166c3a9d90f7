using System.Text;
using Samordna.Web.Features.Allocation.Engine;

namespace Samordna.Web.Features.Allocation.Files;

/// <summary>
/// One row of the result file. Money is in kronor with invariant numbers: the allocation and the change in whole
/// kronor, the intermediate exact figures rounded to öre (display only).
/// </summary>
public sealed record AllocationResultRow(
    string Code,
    string Name,
    decimal SupportMeasure,
    long WorkingAgePopulation,
    Sek ModelAmount,
    Sek Floor,
    FloorReason FloorReason,
    Sek? Ceiling,
    CeilingReason CeilingReason,
    BindingBound Binding,
    Sek ExactAmount,
    Sek Amount,
    Sek? PreviousAllocation,
    Sek? ChangeFromPrevious,
    decimal? ChangePercent)
{
    public static AllocationResultRow From(AssociationAllocation a) => new(
        a.Code,
        a.Name,
        a.SupportMeasure,
        a.WorkingAgePopulation,
        a.ModelAmount,
        ExactMoney.ToDisplaySek(a.Floor),
        a.FloorReason,
        a.Ceiling is { } c ? ExactMoney.ToDisplaySek(c) : null,
        a.CeilingReason,
        a.Binding,
        ExactMoney.ToDisplaySek(a.ExactAmount),
        a.Amount,
        a.PreviousAllocation,
        a.ChangeFromPrevious,
        a.ChangeFraction is { } f ? f * 100m : null);
}

/// <summary>Writes and reads the allocation result file: ';'-separated, Swedish headers, invariant numbers, UTF-8 with BOM. Names are neutralised against formulas and read back unchanged.</summary>
public static class AllocationResultCsv
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "Kod", "Namn", "Försörjningsmått", "Invånare", "Modellbelopp", "Golv", "Golvorsak", "Tak", "Takorsak", "Binder",
        "Exakt belopp", "Tilldelning", "Föregående tilldelning", "Förändring", "Förändring procent",
    ];

    public static void WriteFile(string path, AllocationResult result) =>
        File.WriteAllBytes(path, Write(result.Associations.Select(AllocationResultRow.From)));

    public static string ToCsv(AllocationResult result)
    {
        var bytes = Write(result.Associations.Select(AllocationResultRow.From));
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    /// <summary>The result file (UTF-8 with BOM, ';'), through <see cref="TabularFile"/>.</summary>
    public static byte[] Write(IEnumerable<AllocationResultRow> rows) => TabularFile.WriteCsv(Headers, rows.Select(r => (IReadOnlyList<object?>)
    [
        r.Code,
        r.Name,
        r.SupportMeasure.ToString(CultureInfo.InvariantCulture),
        r.WorkingAgePopulation.ToString(CultureInfo.InvariantCulture),
        r.ModelAmount.ToInvariantString(),
        r.Floor.ToInvariantString(),
        FloorReasonText(r.FloorReason),
        r.Ceiling?.ToInvariantString() ?? string.Empty,
        CeilingReasonText(r.CeilingReason),
        BindingText(r.Binding),
        r.ExactAmount.ToInvariantString(),
        WholeKronor(r.Amount),
        r.PreviousAllocation?.ToInvariantString() ?? string.Empty,
        r.ChangeFromPrevious is { } change ? WholeKronor(change) : string.Empty,
        r.ChangePercent?.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty,
    ]));

    /// <summary>Reads a result file written by <see cref="Write"/> or the run's workbook (CSV or .xlsx, by content); throws <see cref="FormatException"/> on anything else.</summary>
    public static IReadOnlyList<AllocationResultRow> Read(byte[] content)
    {
        Table table;
        try
        {
            table = TabularFile.Read(content, "tilldelning");
        }
        catch (TabularFileException ex)
        {
            throw new FormatException(ex.Problem.ToString(), ex);
        }

        if (!table.Header.SequenceEqual(Headers))
        {
            throw new FormatException("Rubrikraden är inte en resultatfil för medelstilldelning.");
        }

        if (table.Problems.Count > 0)
        {
            throw new FormatException(table.Problems[0].ToString());
        }

        var rows = new List<AllocationResultRow>();
        foreach (var row in table.Rows)
        {
            if (row.Fields.Length > Headers.Count)
            {
                throw new FormatException($"Rad {row.Line} har {row.Fields.Length} fält, inte {Headers.Count}.");
            }

            var f = Enumerable.Range(0, Headers.Count).Select(row.Get).ToArray();
            rows.Add(new AllocationResultRow(
                f[0],
                f[1],
                decimal.Parse(f[2], NumberStyles.Number, CultureInfo.InvariantCulture),
                long.Parse(f[3], NumberStyles.Integer, CultureInfo.InvariantCulture),
                Money(f[4]),
                Money(f[5]),
                ParseFloorReason(f[6]),
                f[7].Length == 0 ? null : Money(f[7]),
                ParseCeilingReason(f[8]),
                ParseBinding(f[9]),
                Money(f[10]),
                Money(f[11]),
                f[12].Length == 0 ? null : Money(f[12]),
                f[13].Length == 0 ? null : Money(f[13]),
                f[14].Length == 0 ? null : decimal.Parse(f[14], NumberStyles.Number, CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    private static string WholeKronor(Sek amount) => amount.IsWholeKronor
        ? amount.WholeKronor.ToString(CultureInfo.InvariantCulture)
        : amount.ToInvariantString();

    private static Sek Money(string text) =>
        Sek.FromKronor(decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));

    internal static string FloorReasonText(FloorReason reason) => reason switch
    {
        FloorReason.MaxYearlyDecrease => "minskningsskydd",
        FloorReason.LoweredToAskedAmount => "begärt belopp",
        _ => "grundtilldelning",
    };

    private static FloorReason ParseFloorReason(string text) => text switch
    {
        "grundtilldelning" => FloorReason.BaseAmount,
        "minskningsskydd" => FloorReason.MaxYearlyDecrease,
        "begärt belopp" => FloorReason.LoweredToAskedAmount,
        _ => throw new FormatException($"Okänd golvorsak \"{text}\"."),
    };

    internal static string CeilingReasonText(CeilingReason reason) => reason switch
    {
        CeilingReason.AskedAmount => "begärt belopp",
        CeilingReason.EquityCap => "eget kapital",
        _ => string.Empty,
    };

    private static CeilingReason ParseCeilingReason(string text) => text switch
    {
        "" => CeilingReason.None,
        "begärt belopp" => CeilingReason.AskedAmount,
        "eget kapital" => CeilingReason.EquityCap,
        _ => throw new FormatException($"Okänd takorsak \"{text}\"."),
    };

    internal static string BindingText(BindingBound binding) => binding switch
    {
        BindingBound.Floor => "golv",
        BindingBound.Ceiling => "tak",
        _ => "ingen",
    };

    private static BindingBound ParseBinding(string text) => text switch
    {
        "ingen" => BindingBound.None,
        "golv" => BindingBound.Floor,
        "tak" => BindingBound.Ceiling,
        _ => throw new FormatException($"Okänd gräns \"{text}\"."),
    };
}
