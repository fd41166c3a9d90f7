using System.Runtime.CompilerServices;

namespace Samordna.Web.Features.Economy.Sie;

/// <summary>Field values as SIE 4B writes them (§5.9–5.10): amounts, dates <c>YYYYMMDD</c>, whole numbers.</summary>
internal static class SieValue
{
    private const long MaxWhole = (long.MaxValue / 100) - 1;

    /// <summary>
    /// An amount: an optional minus, digits, optionally <c>.</c> and decimals; at most two decimals that are not zero
    /// (so <c>12.500</c> is read, <c>12.505</c> is not). Exact: parsed straight into öre, never through floating point.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line; a CLI run is over before tiered JIT would optimise it
    public static bool TryAmount(ReadOnlySpan<char> s, out Sek value)
    {
        value = Sek.Zero;
        var i = 0;
        var negative = false;
        if (i < s.Length && s[i] is '-' or '+')
        {
            negative = s[i] == '-';
            i++;
        }

        long whole = 0;
        var digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            if (whole > MaxWhole / 10)
            {
                return false;
            }

            whole = (whole * 10) + (s[i++] - '0');
            digits++;
        }

        long ore = 0;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            var decimals = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                var d = s[i++] - '0';
                if (decimals < 2)
                {
                    ore = (ore * 10) + d;
                }
                else if (d != 0)
                {
                    return false;
                }

                decimals++;
                digits++;
            }

            if (decimals == 1)
            {
                ore *= 10;
            }
        }

        if (digits == 0 || i != s.Length)
        {
            return false;
        }

        var total = (whole * 100) + ore;
        value = new Sek(negative ? -total : total);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot per line; a CLI run is over before tiered JIT would optimise it
    public static bool TryDate(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 8)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        int year = int.Parse(s[..4], CultureInfo.InvariantCulture), month = int.Parse(s[4..6], CultureInfo.InvariantCulture), day = int.Parse(s[6..], CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    public static bool TryInt(ReadOnlySpan<char> s, out int value) =>
        int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>An account number that is digits only, as the format asks (leading zeros are digits).</summary>
    public static bool IsNumeric(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExceptInRange('0', '9');

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Kronor(Sek amount) => amount.Format(SwedishCulture.Instance, alwaysShowOre: true);
}
