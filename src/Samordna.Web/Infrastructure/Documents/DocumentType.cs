namespace Samordna.Web.Infrastructure.Documents;

/// <summary>An allowed document type, decided from the file's first bytes (and, for the zip-based formats, its parts).</summary>
public sealed record DocumentType(string Extension, string ContentType, string Name)
{
    public static readonly DocumentType Pdf = new(".pdf", "application/pdf", "PDF");
    public static readonly DocumentType Docx = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word-dokument");
    public static readonly DocumentType Xlsx = new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel-arbetsbok");
    public static readonly DocumentType Odt = new(".odt", "application/vnd.oasis.opendocument.text", "OpenDocument-text");
    public static readonly DocumentType Png = new(".png", "image/png", "PNG-bild");
    public static readonly DocumentType Jpeg = new(".jpg", "image/jpeg", "JPEG-bild");

    /// <summary>The type the content is, or null when it is none of the allowed ones (whatever its name says).</summary>
    public static DocumentType? Detect(byte[] bytes)
    {
        static bool StartsWith(byte[] b, params byte[] magic) => b.Length >= magic.Length && b.AsSpan(0, magic.Length).SequenceEqual(magic);
        if (StartsWith(bytes, "%PDF-"u8.ToArray()))
        {
            return Pdf;
        }

        if (StartsWith(bytes, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A))
        {
            return Png;
        }

        if (StartsWith(bytes, 0xFF, 0xD8, 0xFF))
        {
            return Jpeg;
        }

        return StartsWith(bytes, 0x50, 0x4B, 0x03, 0x04) ? DetectPackage(bytes) : null;
    }

    /// <summary>A zip package: Word, Excel or OpenDocument text by the parts it holds (read by the one package reader); anything else is refused.</summary>
    private static DocumentType? DetectPackage(byte[] bytes) => XlsxFormat.Inspect(bytes, Odt.ContentType) switch
    {
        XlsxFormat.PackageKind.Word => Docx,
        XlsxFormat.PackageKind.Excel => Xlsx,
        XlsxFormat.PackageKind.OpenDocumentText => Odt,
        _ => null,
    };
}
