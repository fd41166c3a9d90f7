using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Samordna.Web.Infrastructure.Files;

/// <summary>
/// The one CSV reader and writer (CsvHelper). Reading: the encoding and the separator are decided here and only
/// here. Writing: ';', CRLF, UTF-8 with byte order mark (what Swedish Excel opens correctly), text neutralised by
/// <see cref="FormulaGuard"/>.
/// </summary>
internal static class CsvFormat
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CsvFormat() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// UTF-8 with or without byte order mark; UTF-16 LE/BE with a mark, or without one when NUL bytes give it away
    /// (Excel's "Unicode text"); otherwise, when the bytes are not valid UTF-8, Windows-1252 (Excel's "CSV" on Swedish Windows).
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes is [0xFF, 0xFE, ..])
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (Utf16WithoutMark(bytes) is { } utf16)
        {
            return utf16.GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    /// <summary>Text files never hold NUL; UTF-16 of mostly Latin text has one in every other byte: odd places LE, even places BE.</summary>
    private static Encoding? Utf16WithoutMark(byte[] bytes)
    {
        var length = Math.Min(bytes.Length, 4096) & ~1;
        int even = 0, odd = 0;
        for (var i = 0; i < length; i++)
        {
            if (bytes[i] == 0)
            {
                if (i % 2 == 0)
                {
                    even++;
                }
                else
                {
                    odd++;
                }
            }
        }

        if (even + odd == 0)
        {
            return null;
        }

        return odd >= even ? Encoding.Unicode : Encoding.BigEndianUnicode;
    }

    /// <summary>';' if the first non-blank line has one outside quotes, else TAB, else ','.</summary>
    public static string DetectSeparator(string text)
    {
        using var lines = new StringReader(text);
        var first = string.Empty;
        while (lines.ReadLine() is { } line)
        {
            if (line.Trim().Length > 0)
            {
                first = line;
                break;
            }
        }

        var outside = new StringBuilder();
        var quoted = false;
        foreach (var c in first)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                outside.Append(c);
            }
        }

        var s = outside.ToString();
        return s.Contains(';', StringComparison.Ordinal) ? ";" : s.Contains('\t', StringComparison.Ordinal) ? "\t" : ",";
    }

    /// <summary>Every non-blank record with its line number; broken quotes are noted and the row kept as CsvHelper read it.</summary>
    public static (List<TableRow> Rows, List<FileProblem> Problems) Parse(string text, FileLimits limits)
    {
        text = text.TrimStart('\uFEFF');
        var problems = new List<FileProblem>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = DetectSeparator(text),
            HasHeaderRecord = false,
            TrimOptions = TrimOptions.Trim,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = args => problems.Add(new FileProblem(FileProblemCodes.BadQuotes, $"Raden har felaktiga citattecken: {args.RawRecord.Trim()}", args.Context.Parser?.RawRow)),
        };

        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, config);
        var rows = new List<TableRow>();
        while (parser.Read())
        {
            if (parser.RawRow > limits.MaxRows)
            {
                throw limits.TooManyRows();
            }

            var fields = parser.Record ?? [];
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(new TableRow(parser.RawRow, fields.Select(f => FormulaGuard.Restore(f.Trim())).ToArray()));
        }

        return (rows, problems);
    }

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ";",
            NewLine = "\r\n",
            HasHeaderRecord = false,
            InjectionOptions = InjectionOptions.None, // FormulaGuard does it, in a way the reader can undo
            ShouldQuote = args => args.Field is { Length: > 0 } f && (f.IndexOfAny([';', '"', '\r', '\n']) >= 0 || char.IsWhiteSpace(f[0]) || char.IsWhiteSpace(f[^1])),
        }))
        {
            foreach (var h in header)
            {
                csv.WriteField(FormulaGuard.Neutralise(h));
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var value in row)
                {
                    csv.WriteField(Text(value));
                }

                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => FormulaGuard.Neutralise(s),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => FormulaGuard.Neutralise(value.ToString() ?? string.Empty),
    };
}
