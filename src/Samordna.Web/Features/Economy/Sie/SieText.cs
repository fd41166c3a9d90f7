using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Samordna.Web.Features.Economy.Sie;

/// <summary>
/// Bytes to lines. SIE prescribes IBM PC-8, code page 437 (#FORMAT PC8); real exporters also write UTF-8 or
/// ISO-8859-15 behind the same #FORMAT PC8 (docs: shared/domain/sie4.md §2). <see cref="SieEncoding.Auto"/> reads the
/// file as UTF-8 when its bytes are valid UTF-8 and hold multi-byte sequences, otherwise as code page 437; Latin-9 is
/// only ever chosen by the user. The program name is never used to guess.
/// </summary>
internal static class SieText
{
    private const int ChunkSize = 64 * 1024;

    static SieText() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Cp437 { get; } = GetEncoding(437);

    public static Encoding Latin9 { get; } = GetEncoding(28605);

    /// <summary>Code page 437 byte of each UTF-16 char ('?' for chars it lacks): the checksum is over these bytes.</summary>
    public static byte[] Cp437Byte { get; } = BuildCp437Table();

    public static string Name(SieEncoding encoding) => encoding switch
    {
        SieEncoding.Utf8 => "utf-8",
        SieEncoding.Latin9 => "latin9",
        _ => "cp437",
    };

    public static bool TryParseName(string? text, out SieEncoding encoding)
    {
        encoding = text?.Trim().ToUpperInvariant() switch
        {
            null or "" or "AUTO" => SieEncoding.Auto,
            "CP437" or "PC8" or "437" => SieEncoding.Cp437,
            "UTF-8" or "UTF8" => SieEncoding.Utf8,
            "LATIN9" or "LATIN-9" or "ISO-8859-15" => SieEncoding.Latin9,
            _ => (SieEncoding)(-1),
        };
        return Enum.IsDefined(encoding);
    }

    /// <summary>
    /// Opens the lines of a SIE file. With <see cref="SieEncoding.Auto"/> the bytes are scanned once first (the stream is
    /// rewound; a stream that cannot seek is copied to memory); the warning, if any, names the first line concerned.
    /// </summary>
    public static StreamReader Open(Stream stream, SieEncoding requested, out SieEncoding used, out SieProblem? warning)
    {
        warning = null;
        used = requested;
        if (requested == SieEncoding.Auto)
        {
            if (!stream.CanSeek)
            {
                var copy = new MemoryStream();
                stream.CopyTo(copy);
                copy.Position = 0;
                stream = copy;
            }

            var start = stream.Position;
            var scan = Scan(stream);
            stream.Position = start;
            used = scan.Utf8 ? SieEncoding.Utf8 : SieEncoding.Cp437;
            if (scan.Utf8)
            {
                warning = SieProblem.At(scan.FirstNonAsciiLine, SieProblemCodes.EncodingUtf8,
                    "filen är sparad som UTF-8, inte i teckentabell 437 som SIE-formatet föreskriver (#FORMAT PC8). Den har lästs som UTF-8.");
            }
            else if (scan.LooksLatin9)
            {
                warning = SieProblem.At(scan.FirstNonAsciiLine, SieProblemCodes.EncodingLooksLatin9,
                    "filen har lästs i teckentabell 437 som SIE-formatet föreskriver, men tecknen ser ut att vara ISO-8859-15 (Latin-9). Kontrollera å, ä och ö i namnen; läs annars om filen med kodningen latin9.");
            }
        }

        var encoding = used switch
        {
            SieEncoding.Utf8 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            SieEncoding.Latin9 => Latin9,
            _ => Cp437,
        };
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: ChunkSize, leaveOpen: true);
    }

    /// <summary>A byte-order mark at the start of the first line, as each encoding decodes the bytes EF BB BF.</summary>
    public static int ByteOrderMarkLength(string firstLine) =>
        firstLine.StartsWith('\uFEFF') ? 1
        : firstLine.StartsWith("∩╗┐", StringComparison.Ordinal) || firstLine.StartsWith("ï»¿", StringComparison.Ordinal) ? 3
        : 0;

    private static (bool Utf8, bool LooksLatin9, int FirstNonAsciiLine) Scan(Stream stream)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkSize + 4);
        var chars = ArrayPool<char>.Shared.Rent(ChunkSize + 4);
        try
        {
            bool validUtf8 = true, nonAscii = false, cp437Letters = false, latinLetters = false;
            int carried = 0, lines = 1, firstNonAsciiLine = 0;
            while (true)
            {
                var read = stream.Read(bytes, carried, ChunkSize);
                var length = carried + read;
                var chunk = bytes.AsSpan(0, length);
                var fresh = chunk[carried..];
                if (firstNonAsciiLine == 0 && fresh.IndexOfAnyInRange((byte)0x80, (byte)0xFF) is var at and >= 0)
                {
                    firstNonAsciiLine = lines + fresh[..at].Count((byte)'\n');
                    nonAscii = true;
                }

                lines += fresh.Count((byte)'\n');
                cp437Letters |= fresh.IndexOfAnyInRange((byte)0x80, (byte)0x9F) >= 0;
                latinLetters |= fresh.IndexOfAnyInRange((byte)0xC0, (byte)0xFF) >= 0;
                if (validUtf8)
                {
                    var status = Utf8.ToUtf16(chunk, chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: read == 0);
                    validUtf8 = status is System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.NeedMoreData;
                    carried = length - consumed;
                    chunk[consumed..].CopyTo(bytes);
                }
                else
                {
                    carried = 0;
                }

                if (read == 0)
                {
                    break;
                }
            }

            return (validUtf8 && nonAscii, !cp437Letters && latinLetters, firstNonAsciiLine);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static Encoding GetEncoding(int codePage)
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding(codePage);
    }

    private static byte[] BuildCp437Table()
    {
        var table = new byte[char.MaxValue + 1];
        Array.Fill(table, (byte)'?');
        var all = new byte[256];
        for (var b = 0; b < 256; b++)
        {
            all[b] = (byte)b;
        }

        var decoded = Cp437.GetString(all);
        for (var b = 0; b < 256; b++)
        {
            table[decoded[b]] = (byte)b;
        }

        return table;
    }
}
