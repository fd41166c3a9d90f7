namespace Samordna.Web.Infrastructure.Files;

/// <summary>
/// Keeps spreadsheet programs from running text as a formula (CSV/formula injection). A text cell that starts with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, TAB or CR is written with an apostrophe in front, unless it is a plain number
/// (<c>-5</c>, <c>-5,25</c>, <c>+1 234.50</c>), which is no formula and stays as it is. A text that already starts with
/// apostrophes in front of such a character gets one more, so <see cref="Restore"/> can undo exactly one: for every
/// text, <c>Restore(Neutralise(s)) == s</c>, and every reader in <see cref="TabularFile"/> applies <see cref="Restore"/>.
/// </summary>
public static class FormulaGuard
{
    public static string Neutralise(string text) => NeedsApostrophe(text) ? "'" + text : text;

    public static string Restore(string text) => text.Length > 1 && text[0] == '\'' && NeedsApostrophe(text[1..]) ? text[1..] : text;

    /// <summary>True when a spreadsheet could read the text as a formula, or when it is such a text already guarded.</summary>
    public static bool NeedsApostrophe(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] == '\'')
        {
            i++;
        }

        return i < text.Length && text[i] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNumber(text.AsSpan(i));
    }

    /// <summary>Optional sign, digits (spaces between digit groups allowed), optionally one ',' or '.' and more digits.</summary>
    public static bool IsPlainNumber(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        var digits = 0;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (digits > 0 && text[i] is ' ' or '\u00A0' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            digits += char.IsAsciiDigit(text[i]) ? 1 : 0;
            i++;
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is ',' or '.')
        {
            i++;
            var decimals = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                decimals++;
                i++;
            }

            if (decimals == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }
}
