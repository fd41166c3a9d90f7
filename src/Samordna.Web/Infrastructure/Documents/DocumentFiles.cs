namespace Samordna.Web.Infrastructure.Documents;

/// <summary>A stored document handed out: its cleaned name, the content type decided at upload, the bytes.</summary>
public sealed record DocumentFile(string FileName, string ContentType, byte[] Bytes);

/// <summary>An uploaded file that passed the checks: the name as it will be stored and the type its content is.</summary>
public sealed record CheckedDocument(string FileName, DocumentType Type, byte[] Bytes)
{
    public long Size => Bytes.LongLength;
}

/// <summary>
/// The one way an area takes in a document and hands it out (interventions' documents, a board meeting's papers):
/// the bytes are read with the size limit enforced while reading (<see cref="ReadAsync"/>, <see cref="ReadBodyAsync"/>),
/// the type is decided by the content (<see cref="DocumentType.Detect"/>), the name is checked and given the type's
/// extension (<see cref="Check"/>), and a download is an attachment with <c>nosniff</c>. The areas keep their own rows
/// and their own permissions; the bytes go through <see cref="IDocumentStore"/>.
/// </summary>
public static class DocumentFiles
{
    public static readonly Error WrongType = new("DOCUMENT_WRONG_TYPE", "Filen är inte en tillåten dokumenttyp. Tillåtna är PDF, Word (docx), Excel (xlsx), OpenDocument-text (odt), PNG och JPEG; typen avgörs av innehållet, inte av namnet.", ErrorKind.Validation, "file");
    public static readonly Error BadName = new("DOCUMENT_BAD_NAME", "Filnamnet får inte innehålla katalogtecken (/ \\ :), styrtecken eller osynliga riktningstecken och får vara högst 200 tecken.", ErrorKind.Validation, "fileName");
    public static readonly Error NotFound = new("DOCUMENT_NOT_FOUND", "Dokumentet finns inte.", ErrorKind.NotFound);

    /// <summary>What the upload field's hint says, so every upload page says the same.</summary>
    public const string AllowedTypesText = "PDF, Word (docx), Excel (xlsx), OpenDocument-text (odt), PNG eller JPEG";

    public static Error TooLarge(long max) => new("DOCUMENT_TOO_LARGE", $"Filen är större än {FileLimits.Megabytes(max)}.", ErrorKind.Validation, "file");

    /// <summary>The name as stored: its stem, cleaned of surrounding space, with the content type's extension; null when it is refused.</summary>
    public static string? CleanName(string? fileName, DocumentType type)
    {
        if (string.IsNullOrWhiteSpace(fileName) || fileName.Length > 200
            || fileName.IndexOfAny(['/', '\\', ':']) >= 0
            || fileName.Any(c => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format))
        {
            return null;
        }

        var stem = Path.GetFileNameWithoutExtension(fileName.Trim()).Trim().TrimStart('.');
        return stem.Length == 0 ? null : stem + type.Extension;
    }

    /// <summary>The bytes with an allowed type and an acceptable name, or why not (<see cref="WrongType"/>, <see cref="BadName"/>).</summary>
    public static Result<CheckedDocument> Check(byte[] bytes, string? fileName)
    {
        if (DocumentType.Detect(bytes) is not { } type)
        {
            return WrongType;
        }

        return CleanName(fileName, type) is { } name ? new CheckedDocument(name, type, bytes) : BadName;
    }

    /// <summary>At most <paramref name="max"/> bytes of the stream, or null when there are more (what was read is dropped).</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long max, CancellationToken ct)
    {
        try
        {
            return await TabularFile.ReadBytesAsync(stream, new FileLimits { MaxBytes = max }, ct);
        }
        catch (TabularFileException)
        {
            return null;
        }
    }

    /// <summary>An API upload's body (the file as the body), or null when it is larger than the limit: a declared length over it is refused before reading.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long max, CancellationToken ct) =>
        request.ContentLength is { } declared && declared > max ? null : await ReadAsync(request.Body, max, ct);

    /// <summary>The file of an upload page's form (read by <see cref="UploadForm"/>), or null when it is larger than the limit.</summary>
    public static async Task<byte[]?> ReadAsync(IFormFile file, long max, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        return await ReadAsync(stream, max, ct);
    }

    /// <summary>The API's answer to a body over the limit: 413 with <c>DOCUMENT_TOO_LARGE</c>.</summary>
    public static ProblemHttpResult TooLargeProblem(long max)
    {
        var tooLarge = TooLarge(max);
        return TypedResults.Problem(tooLarge.Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: ApiResults.Title(StatusCodes.Status413PayloadTooLarge),
            extensions: new Dictionary<string, object?> { [ApiResults.CodeKey] = tooLarge.Code });
    }

    /// <summary>A document as the API's download (never shown inline), with <c>nosniff</c>.</summary>
    public static FileContentHttpResult ApiDownload(HttpResponse response, DocumentFile file)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Bytes, file.ContentType, file.FileName);
    }

    /// <summary>A document as a page's download: the same answer as <see cref="ApiDownload"/>.</summary>
    public static IActionResult PageDownload(HttpResponse response, DocumentFile file)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        return new FileContentResult(file.Bytes, file.ContentType) { FileDownloadName = file.FileName };
    }
}
