using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Samordna.Web.Features.Registry.RegisterFiles;

/// <summary>
/// The register as CSV the way Swedish Excel reads it: UTF-8 with byte order mark, semicolon separated, CRLF line
/// ends, fields quoted only when needed. Reading also accepts comma or tab separators and files without the mark.
/// </summary>
public static class RegisterCsv
{
    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Write(IEnumerable<RegisterRow> rows)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(';', RegisterColumns.Headers.Select(Quote))).Append("\r\n");
        foreach (var row in rows)
        {
            sb.Append(string.Join(';', row.Fields.Select(Quote))).Append("\r\n");
        }

        return [.. Utf8WithMark.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    public static RegisterReadResult Read(byte[] bytes)
    {
        var errors = new List<string>();
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // Excel's "CSV" on Swedish Windows writes Windows-1252.
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            text = Encoding.GetEncoding(1252).GetString(bytes);
        }

        var firstLine = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (firstLine is null)
        {
            return new RegisterReadResult([], ["Filen är tom."]);
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = firstLine.Contains(';', StringComparison.Ordinal) ? ";" : firstLine.Contains('\t', StringComparison.Ordinal) ? "\t" : ",",
            HasHeaderRecord = false,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = args => errors.Add($"Rad {args.Context.Parser?.Row}: raden har felaktiga citattecken."),
        };
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, config);
        int[]? positions = null;
        var rows = new List<RegisterRow>();
        while (parser.Read())
        {
            var fields = parser.Record ?? [];
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (positions is null)
            {
                var (found, missing) = RegisterColumns.Locate(fields);
                if (missing.Count > 0)
                {
                    return new RegisterReadResult([], [RegisterColumns.MissingMessage(missing)]);
                }

                positions = found;
                continue;
            }

            rows.Add(RegisterRow.FromFields(parser.Row, positions.Select(p => p < fields.Length ? fields[p].Trim() : string.Empty).ToList()));
        }

        if (positions is null)
        {
            errors.Add("Filen saknar rubrikrad.");
        }

        return new RegisterReadResult(rows, errors);
    }

    private static string Quote(string field) =>
        field.IndexOfAny([';', '"', '\r', '\n']) >= 0 || field != field.Trim() ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
