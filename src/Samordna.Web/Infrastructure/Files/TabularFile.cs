using Samordna.Web.Infrastructure.Telemetry;

namespace Samordna.Web.Infrastructure.Files;

/// <summary>How to read a table: which sheet of a workbook, and whether a workbook may have title rows above its header.</summary>
/// <param name="SheetName">The sheet to read (case does not matter); null reads the first sheet.</param>
/// <param name="SkipTitleRows">In a workbook, take the first row with at least two filled cells as the header (statistics files put a title above it).</param>
public sealed record TableReadOptions(string? SheetName = null, bool SkipTitleRows = false);

/// <summary>
/// Every table file the app reads or writes goes through here: CSV (CsvHelper) and Excel .xlsx (one OpenXML wrapper).
/// The kind is decided by the content, the encoding and separator of a CSV file are detected in one place, sizes are
/// checked while reading, and writers neutralise text that a spreadsheet would run as a formula (readers undo it).
/// A file that cannot be read at all throws <see cref="TabularFileException"/> with a Swedish <see cref="FileProblem"/>.
/// </summary>
public static class TabularFile
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>An .xlsx is a zip package and starts with "PK\x03\x04"; anything else is read as text.</summary>
    public static FileKind DetectKind(ReadOnlySpan<byte> content) =>
        content is [0x50, 0x4B, 0x03, 0x04, ..] ? FileKind.Xlsx : FileKind.Csv;

    public static string ContentType(FileKind kind) => kind == FileKind.Xlsx ? XlsxContentType : CsvContentType;

    public static string Extension(FileKind kind) => kind == FileKind.Xlsx ? "xlsx" : "csv";

    /// <summary>Reads a stream (an upload, a file) up to <see cref="FileLimits.MaxBytes"/>; one byte more and it stops with a Swedish error.</summary>
    public static async Task<byte[]> ReadBytesAsync(Stream content, FileLimits limits, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await content.ReadAsync(chunk, ct)) > 0)
        {
            Append(buffer, chunk, n, limits);
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a file from disk the same way: never more than the limit.</summary>
    public static byte[] ReadFile(string path, FileLimits limits)
    {
        using var stream = File.OpenRead(path);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk)) > 0)
        {
            Append(buffer, chunk, n, limits);
        }

        return buffer.ToArray();
    }

    private static void Append(MemoryStream buffer, byte[] chunk, int count, FileLimits limits)
    {
        if (buffer.Length + count > limits.MaxBytes)
        {
            throw limits.TooLarge();
        }

        buffer.Write(chunk, 0, count);
    }

    /// <summary>Reads a CSV or .xlsx file (decided by its content) as a table.</summary>
    public static Table Read(byte[] content, string fileName, FileLimits? limits = null, TableReadOptions? options = null)
    {
        limits ??= FileLimits.Default;
        options ??= new TableReadOptions();
        if (content.LongLength > limits.MaxBytes)
        {
            throw limits.TooLarge();
        }

        var kind = DetectKind(content);
        if (kind == FileKind.Xlsx)
        {
            using var package = new MemoryStream(content, writable: false);
            var (rows, problems) = XlsxFormat.Read(package, options.SheetName, limits);
            var workbook = WithHeader(fileName, kind, rows, problems, options.SkipTitleRows ? 2 : 1);
            SamordnaTelemetry.FileRead("xlsx", content.LongLength, workbook.Rows.Count);
            return workbook;
        }

        var table = ReadCsvText(CsvFormat.Decode(content), fileName, limits);
        SamordnaTelemetry.FileRead("csv", content.LongLength, table.Rows.Count);
        return table;
    }

    /// <summary>CSV text already in memory (a pasted table): separator detected as for a file.</summary>
    public static Table ReadCsvText(string text, string fileName, FileLimits? limits = null)
    {
        var (rows, problems) = CsvFormat.Parse(text, limits ?? FileLimits.Default);
        return WithHeader(fileName, FileKind.Csv, rows, problems, 1);
    }

    /// <summary>A table as CSV: ';', CRLF, UTF-8 with byte order mark. Strings are text, numbers invariant, null empty.</summary>
    public static byte[] WriteCsv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) => CsvFormat.Write(header, rows);

    /// <summary>A table as a one-sheet workbook. Strings are text cells, numbers numeric cells, null empty.</summary>
    public static byte[] WriteXlsx(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) =>
        XlsxFormat.Write(sheetName, header, rows);

    public static byte[] Write(FileKind kind, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) =>
        kind == FileKind.Xlsx ? WriteXlsx(sheetName, header, rows) : WriteCsv(header, rows);

    private static Table WithHeader(string fileName, FileKind kind, List<TableRow> rows, List<FileProblem> problems, int headerCells)
    {
        var header = rows.FindIndex(r => r.Fields.Count(f => f.Length > 0) >= headerCells);
        if (header < 0)
        {
            throw new TabularFileException(kind == FileKind.Csv && rows.Count == 0
                ? new FileProblem(FileProblemCodes.Empty, "Filen är tom.")
                : new FileProblem(FileProblemCodes.NoHeader, "Kalkylbladet saknar en rubrikrad."));
        }

        return new Table(fileName, kind, rows[header].Line, rows[header].Fields, rows.Skip(header + 1).ToList(), problems);
    }
}
