namespace Samordna.Web.Infrastructure.Files;

/// <summary>
/// Why a table file could not be read, in Swedish, with a stable <see cref="Code"/> (see <see cref="FileProblemCodes"/>)
/// and, where it is known, the row as the user sees it (header = 1, Excel's own row number) and the column.
/// </summary>
public sealed record FileProblem(string Code, string Message, int? Row = null, string? Column = null)
{
    /// <summary>"Rad 4, kolumn namn: …", "Rad 4: …" or just the message.</summary>
    public override string ToString() => (Row, Column) switch
    {
        ({ } row, { } column) => $"Rad {row}, kolumn {column}: {Message}",
        ({ } row, null) => $"Rad {row}: {Message}",
        _ => Message,
    };

    /// <summary>413 for a file over the size limit, 400 for everything else: the file is the client's to fix.</summary>
    public int StatusCode => Code == FileProblemCodes.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;

    /// <summary>As an expected failure on the field that carried the file.</summary>
    public Error ToError(string field = "file") => new(Code, ToString(), ErrorKind.Validation, field);

    /// <summary>Problem details for the API: 413 or 400, the stable code and the Swedish text.</summary>
    public ProblemHttpResult ToProblem() => TypedResults.Problem(
        detail: ToString(),
        statusCode: StatusCode,
        title: ApiResults.Title(StatusCode),
        extensions: new Dictionary<string, object?> { [ApiResults.CodeKey] = Code });
}

/// <summary>Thrown by <see cref="TabularFile"/> when a file cannot be read at all (too large, not a workbook, empty …).</summary>
public sealed class TabularFileException(FileProblem problem) : Exception(problem.ToString())
{
    public FileProblem Problem { get; } = problem;
}

/// <summary>The stable codes of <see cref="FileProblem"/>.</summary>
public static class FileProblemCodes
{
    public const string TooLarge = "FILE_TOO_LARGE";
    public const string UnpackedTooLarge = "FILE_UNPACKED_TOO_LARGE";
    public const string TooManyRows = "FILE_TOO_MANY_ROWS";
    public const string Empty = "FILE_EMPTY";
    public const string BadQuotes = "FILE_BAD_QUOTES";
    public const string NotAWorkbook = "FILE_NOT_A_WORKBOOK";
    public const string Dtd = "FILE_DTD_NOT_ALLOWED";
    public const string NoSheet = "FILE_NO_SHEET";
    public const string NoHeader = "FILE_NO_HEADER";
    public const string FormUnreadable = "FILE_FORM_UNREADABLE";
}
