using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;

namespace Samordna.Web.Features.Allocation.Files;

/// <summary>One data row with its line number in the file (the header is line 1).</summary>
internal sealed record CsvRow(int Line, string[] Fields)
{
    public string Get(int column) => column >= 0 && column < Fields.Length ? Fields[column].Trim() : string.Empty;
}

/// <summary>A CSV file read as text: header and rows, with the separator detected (';', tab or ',').</summary>
internal sealed record CsvTable(string FileName, string[] Header, IReadOnlyList<CsvRow> Rows)
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>UTF-8 (with or without BOM); files that are not valid UTF-8 are read as Windows-1252 (Excel's "CSV" on Swedish Windows).</summary>
    public static string DecodeFile(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    /// <summary>Parses text; rows whose fields are all empty are skipped. Quote errors are added to <paramref name="errors"/>.</summary>
    public static CsvTable? Parse(string fileName, string text, List<CsvError> errors)
    {
        text = text.TrimStart('\uFEFF');
        var firstLine = FirstNonEmptyLine(text);
        if (firstLine is null)
        {
            errors.Add(new CsvError(fileName, null, null, CsvErrorCodes.FileEmpty, "Filen är tom."));
            return null;
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = DetectDelimiter(firstLine),
            HasHeaderRecord = false,
            TrimOptions = TrimOptions.Trim,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = args => errors.Add(new CsvError(fileName, args.Context.Parser?.RawRow, null, CsvErrorCodes.BadQuotes, $"Raden har felaktiga citattecken: {args.RawRecord.Trim()}")),
        };

        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, config);
        string[]? header = null;
        var rows = new List<CsvRow>();
        while (parser.Read())
        {
            var fields = parser.Record ?? [];
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (header is null)
            {
                header = fields.Select(f => f.Trim()).ToArray();
                continue;
            }

            rows.Add(new CsvRow(parser.RawRow, fields));
        }

        return new CsvTable(fileName, header ?? [], rows);
    }

    private static string? FirstNonEmptyLine(string text)
    {
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length > 0)
            {
                return line;
            }
        }

        return null;
    }

    private static string DetectDelimiter(string headerLine)
    {
        var outside = new StringBuilder();
        var quoted = false;
        foreach (var c in headerLine)
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
}

/// <summary>Header and number text as Swedish statistics files write them.</summary>
internal static partial class CsvText
{
    /// <summary>Lower case, å/ä→a, ö→o, é→e, dashes → '-', no parentheses, single spaces: "Invånare 16–64 (år)" → "invanare 16-64 ar".</summary>
    public static string Fold(string header)
    {
        var sb = new StringBuilder(header.Length);
        foreach (var ch in header.Trim().ToLowerInvariant())
        {
            var c = ch switch
            {
                'å' or 'ä' or 'á' or 'à' => 'a',
                'ö' or 'ø' => 'o',
                'é' or 'è' => 'e',
                '–' or '—' or '\u2212' => '-',
                '(' or ')' or '[' or ']' or ':' or '_' or '\u00A0' => ' ',
                _ => ch,
            };
            if (c == ' ' && (sb.Length == 0 || sb[^1] == ' '))
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>
    /// A number as people and statistics write it: "1 234 567,89", "1234567.89", "1.234.567,89", "1,234,567.89",
    /// "−12", "12 kr". Spaces (also non-breaking) are thousands separators. With both ',' and '.', the last one is the
    /// decimal separator; with only one kind used once, it is the decimal separator; used several times, thousands.
    /// </summary>
    public static bool TryParseDecimal(string? text, out decimal value)
    {
        value = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        if (s.EndsWith("kr", StringComparison.OrdinalIgnoreCase))
        {
            s = s[..^2];
        }

        s = new string(s.Where(c => !char.IsWhiteSpace(c) && c != '\u202F').ToArray()).Replace('\u2212', '-');
        var commas = s.Count(c => c == ',');
        var dots = s.Count(c => c == '.');
        if (commas > 0 && dots > 0)
        {
            var decimalSeparator = s.LastIndexOf(',') > s.LastIndexOf('.') ? ',' : '.';
            var thousands = decimalSeparator == ',' ? '.' : ',';
            if (s.Count(c => c == decimalSeparator) > 1)
            {
                return false;
            }

            s = s.Replace(thousands.ToString(), string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else if (commas > 1 || dots > 1)
        {
            s = s.Replace(",", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
        }
        else
        {
            s = s.Replace(',', '.');
        }

        return s.Length > 0 && decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A whole number; "12 345" and "12345" but not "12,5".</summary>
    public static bool TryParseInteger(string? text, out long value)
    {
        value = 0;
        if (!TryParseDecimal(text, out var d) || d != decimal.Truncate(d) || d > long.MaxValue || d < long.MinValue)
        {
            return false;
        }

        value = (long)d;
        return true;
    }

    /// <summary>A share: "0,75", "0.75" or "75 %".</summary>
    public static bool TryParseFraction(string? text, out decimal value)
    {
        value = 0m;
        if (text is null)
        {
            return false;
        }

        var t = text.Trim();
        var percent = t.EndsWith('%');
        if (percent)
        {
            t = t[..^1];
        }

        if (!TryParseDecimal(t, out value))
        {
            return false;
        }

        if (percent)
        {
            value /= 100m;
        }

        return true;
    }

    /// <summary>"16–64", "16-64 år" → "16-64"; null when the text has no age band.</summary>
    public static string? AgeBand(string text)
    {
        var folded = Fold(text);
        var match = AgeBandPattern().Match(folded);
        return match.Success ? $"{match.Groups[1].Value}-{match.Groups[2].Value}" : null;
    }

    [GeneratedRegex(@"(\d{1,3})\s*-\s*(\d{1,3})", RegexOptions.CultureInvariant)]
    private static partial Regex AgeBandPattern();
}
