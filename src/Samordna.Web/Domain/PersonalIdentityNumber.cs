using System.Text.RegularExpressions;

namespace Samordna.Web.Domain;

/// <summary>
/// Recognises Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer) so that
/// no field can store one: ÅÅMMDD-NNNN, ÅÅMMDD+NNNN, ÅÅMMDDNNNN and ÅÅÅÅMMDD(-)NNNN, with a plausible date (a
/// coordination number adds 60 to the day) and a valid Luhn check digit over the ten digits (Skatteverket,
/// SKV 704). Organisation numbers never match: their "month" digits are 20 or more.
/// </summary>
public static partial class PersonalIdentityNumber
{
    /// <summary>True when <paramref name="text"/> contains something that reads as a personal or coordination number.</summary>
    public static bool Contains(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (Match m in Candidate().Matches(text))
        {
            if (IsOne(m.Groups["century"].Value, m.Groups["date"].Value, m.Groups["serial"].Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="text"/> holds something shaped like a personal or coordination number (ten or twelve
    /// digits, with or without a dash or plus, whose date part is a possible date), whether or not its check digit is
    /// right: an import of participant data refuses even a mistyped number.
    /// </summary>
    public static bool LooksLike(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (Match m in Candidate().Matches(text))
        {
            if (IsDate(m.Groups["century"].Value, m.Groups["date"].Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDate(string century, string date)
    {
        var month = (date[2] - '0') * 10 + (date[3] - '0');
        var day = (date[4] - '0') * 10 + (date[5] - '0');
        if (day > 60)
        {
            day -= 60;
        }

        return month is >= 1 and <= 12 && day is >= 1 and <= 31 && (century.Length == 0 || century is "18" or "19" or "20");
    }

    private static bool IsOne(string century, string date, string serial)
    {
        var month = (date[2] - '0') * 10 + (date[3] - '0');
        var day = (date[4] - '0') * 10 + (date[5] - '0');
        if (day > 60)
        {
            day -= 60; // samordningsnummer
        }

        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return false;
        }

        if (century.Length == 2 && century is not ("18" or "19" or "20"))
        {
            return false;
        }

        return Luhn.IsValid(date + serial);
    }

    // Digits not preceded or followed by another digit: a longer number (an amount, an account) is not a match.
    [GeneratedRegex(@"(?<!\d)(?<century>\d{2})?(?<date>\d{6})[ \-+]?(?<serial>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
