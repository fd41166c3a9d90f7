namespace Samordna.Web.Infrastructure.Files;

/// <summary>What a file is, decided by its content (<see cref="TabularFile.DetectKind"/>), never by its name or content type.</summary>
public enum FileKind
{
    Csv,
    Xlsx,
}

/// <summary>One non-blank row with its number as the user sees it (CSV: the line; Excel: the row number). Fields are trimmed.</summary>
public sealed record TableRow(int Line, string[] Fields)
{
    /// <summary>The field, or "" past the end of the row.</summary>
    public string Get(int column) => column >= 0 && column < Fields.Length ? Fields[column] : string.Empty;
}

/// <summary>
/// A file read as a table: the header row (the first non-blank row; for workbooks read with title rows skipped, the
/// first row with two filled cells), the rows below it, and row-level problems that did not stop the reading
/// (a CSV row with broken quotes). Text that an export neutralised ('=…) is already given back as written.
/// </summary>
public sealed record Table(string FileName, FileKind Kind, int HeaderLine, string[] Header, IReadOnlyList<TableRow> Rows, IReadOnlyList<FileProblem> Problems);
