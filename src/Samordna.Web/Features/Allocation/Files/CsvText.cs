using System.Text;
using System.Text.RegularExpressions;

namespace Samordna.Web.Features.Allocation.Files;

/// <summary>Header and number text as Swedish statistics files write them.</summary>
internal static partial class CsvText
{
    /// <summary>
    /// The largest amount a file may hold: 1 000 miljarder kronor, far above any real figure (the national frame is
    /// under 500 miljoner), and small enough that sums and öre over any number of rows stay exact in every type used.
    /// </summary>
    public const decimal MaxKronor = 1_000_000_000_000m;

    /// <summary>The largest number of inhabitants a row may hold (Sweden has about 10 million).</summary>
    public const long MaxInhabitants = 1_000_000_000;

    public const string MaxKronorText = "1 000 000 000 000 kr";

    public const string MaxInhabitantsText = "1 000 000 000";

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
