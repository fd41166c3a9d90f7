namespace Samordna.Web.Features.Registry.RegisterFiles;

/// <summary>
/// The register as a file, through the one table module (<see cref="TabularFile"/>). CSV the way Swedish Excel reads
/// it (UTF-8 with byte order mark, ';', CRLF); Excel as one sheet "Register" with every value as text, so codes keep
/// their leading zeros and dates stay ÅÅÅÅ-MM-DD. Reading takes either kind (decided by the content), any separator
/// and encoding the module reads, columns in any order, and real Excel dates typed by people.
/// </summary>
public static class RegisterFile
{
    public const string SheetName = "Register";

    public static byte[] Write(IEnumerable<RegisterRow> rows, RegisterFormat format) =>
        TabularFile.Write(format == RegisterFormat.Xlsx ? FileKind.Xlsx : FileKind.Csv, SheetName, RegisterColumns.Headers, rows.Select(r => (IReadOnlyList<object?>)r.Fields.Select(f => f ?? string.Empty).ToArray<object?>()));

    public static RegisterFormat FormatOf(byte[] content) => TabularFile.DetectKind(content) == FileKind.Xlsx ? RegisterFormat.Xlsx : RegisterFormat.Csv;

    public static RegisterReadResult Read(byte[] content, FileLimits? limits = null)
    {
        Table table;
        try
        {
            table = TabularFile.Read(content, "register", limits);
        }
        catch (TabularFileException ex)
        {
            return new RegisterReadResult([], [ex.Problem.ToString()]);
        }

        var (positions, missing) = RegisterColumns.Locate(table.Header);
        if (missing.Count > 0)
        {
            return new RegisterReadResult([], [RegisterColumns.MissingMessage(missing)]);
        }

        var rows = table.Rows
            .Select(row => RegisterRow.FromFields(row.Line, positions.Select((p, column) => p < 0 ? null : Field(table.Kind, row.Get(p), RegisterColumns.IsDate[column])).ToList()))
            .ToList();
        return new RegisterReadResult(rows, table.Problems.Select(p => p.ToString()).ToList());
    }

    /// <summary>A number in a date column of a workbook is a real Excel date (days since 1899-12-30).</summary>
    private static string Field(FileKind kind, string text, bool isDate) =>
        kind == FileKind.Xlsx && isDate && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 2958466
            ? DateOnly.FromDateTime(DateTime.FromOADate(number)).ToString(Domain.DateText.Format, CultureInfo.InvariantCulture)
            : text;
}
