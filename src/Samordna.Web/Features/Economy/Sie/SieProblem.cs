namespace Samordna.Web.Features.Economy.Sie;

/// <summary>
/// A problem in a SIE file: a stable <see cref="Code"/> (see <see cref="SieProblemCodes"/>), the physical line it is
/// on (1 = the first line; 0 when it concerns the whole file) and a Swedish sentence that names the line.
/// </summary>
public sealed record SieProblem(int Line, string Code, string Message)
{
    internal static SieProblem At(int line, string code, string text) =>
        new(line, code, line > 0 ? $"Rad {line}: {text}" : text);

    public override string ToString() => Message;
}

/// <summary>The stable codes of <see cref="SieProblem"/>. Errors stop an import; warnings are for the officer to judge.</summary>
public static class SieProblemCodes
{
    // Errors
    public const string BrokenLine = "SIE_BROKEN_LINE";
    public const string NotSie = "SIE_NOT_SIE";
    public const string VoucherStructure = "SIE_VOUCHER_STRUCTURE";
    public const string VoucherUnbalanced = "SIE_VOUCHER_UNBALANCED";
    public const string ChecksumInvalid = "SIE_CHECKSUM_INVALID";
    public const string ChecksumMissing = "SIE_CHECKSUM_MISSING";

    // Warnings
    public const string BalanceMismatch = "SIE_BALANCE_MISMATCH";
    public const string VoucherOutsideYear = "SIE_VOUCHER_OUTSIDE_YEAR";
    public const string AccountRenamed = "SIE_ACCOUNT_RENAMED";
    public const string AccountNotNumeric = "SIE_ACCOUNT_NOT_NUMERIC";
    public const string AccountTypeUnknown = "SIE_ACCOUNT_TYPE_UNKNOWN";
    public const string DuplicateBalance = "SIE_DUPLICATE_BALANCE";
    public const string RowRepeatMissing = "SIE_RTRANS_NOT_REPEATED";
    public const string VoucherWithoutBlock = "SIE_VOUCHER_WITHOUT_BLOCK";
    public const string AlreadyImported = "SIE_ALREADY_IMPORTED";
    public const string Format = "SIE_FORMAT";
    public const string EncodingUtf8 = "SIE_ENCODING_UTF8";
    public const string EncodingLooksLatin9 = "SIE_ENCODING_LOOKS_LATIN9";
    public const string IgnoredField = "SIE_IGNORED_FIELD";
    public const string AfterChecksum = "SIE_AFTER_CHECKSUM";
}
