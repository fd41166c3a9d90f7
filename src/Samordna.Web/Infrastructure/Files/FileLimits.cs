namespace Samordna.Web.Infrastructure.Files;

/// <summary>
/// Section "Files": how much a table file may hold. Checked while reading, so an oversized upload, CLI file or zip bomb
/// is refused after at most the limit has been read. Defaults in ADR 0008.
/// </summary>
public sealed class FileLimits
{
    public const string Section = "Files";

    /// <summary>The file as uploaded or stored on disk (for .xlsx: compressed). Also the request body limit of upload pages.</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>An .xlsx unpacked: every XML part read, counted while it is decompressed.</summary>
    public long MaxUnpackedBytes { get; set; } = 100 * 1024 * 1024;

    /// <summary>
    /// An upload page reads and throws away an oversized body up to this size, so the browser gets the page with the
    /// Swedish message; over it the connection is closed without reading (a browser may then show a network error).
    /// </summary>
    public long MaxDiscardedBytes { get; set; } = 256 * 1024 * 1024;

    /// <summary>Rows in the table (header and blank rows included).</summary>
    public int MaxRows { get; set; } = 100_000;

    public static FileLimits Default { get; } = new();

    /// <summary>"20 MB" (mebibytes, rounded up), for messages.</summary>
    public static string Megabytes(long bytes) =>
        ((bytes + (1024 * 1024) - 1) / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB";

    internal TabularFileException TooLarge() =>
        new(new FileProblem(FileProblemCodes.TooLarge, $"Filen är för stor: den får vara högst {Megabytes(MaxBytes)}."));

    internal TabularFileException UnpackedTooLarge() =>
        new(new FileProblem(FileProblemCodes.UnpackedTooLarge, $"Excel-filen blir för stor när den packas upp (mer än {Megabytes(MaxUnpackedBytes)}) och har inte lästs. Dela upp den eller spara den som CSV."));

    internal TabularFileException TooManyRows() =>
        new(new FileProblem(FileProblemCodes.TooManyRows, $"Filen har fler än {MaxRows.ToString("N0", CultureInfo.GetCultureInfo("sv-SE"))} rader och har inte lästs."));
}
