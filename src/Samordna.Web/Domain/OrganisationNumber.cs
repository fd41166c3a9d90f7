using System.Diagnostics.CodeAnalysis;

namespace Samordna.Web.Domain;

/// <summary>
/// A Swedish organisation number (organisationsnummer): ten digits whose last is a Luhn check digit,
/// written NNNNNN-NNNN. Samordningsförbund have numbers in the 222000-series.
/// </summary>
public readonly record struct OrganisationNumber
{
    private OrganisationNumber(string digits) => Digits = digits;

    /// <summary>The ten digits without separator.</summary>
    public string Digits { get; }

    public override string ToString() => Digits is null ? string.Empty : $"{Digits[..6]}-{Digits[6..]}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out OrganisationNumber? value, out string? error)
    {
        value = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "Organisationsnummer måste anges.";
            return false;
        }

        var digits = new string(text.Where(c => c != '-' && c != ' ').ToArray());
        if (digits.Length == 12 && digits.StartsWith("16", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            error = "Organisationsnummer ska bestå av tio siffror, till exempel 222000-1834.";
            return false;
        }

        if (!Luhn.IsValid(digits))
        {
            error = "Organisationsnumret har fel kontrollsiffra.";
            return false;
        }

        value = new OrganisationNumber(digits);
        return true;
    }

    public static OrganisationNumber Parse(string text) =>
        TryParse(text, out var value, out var error) ? value.Value : throw new FormatException(error);
}

/// <summary>The Luhn (modulus 10) check used by Swedish personal and organisation numbers.</summary>
public static class Luhn
{
    public static bool IsValid(string digits) => digits.Length >= 2 && CheckDigit(digits[..^1]) == digits[^1] - '0';

    /// <summary>The check digit to append to <paramref name="payload"/>.</summary>
    public static int CheckDigit(string payload)
    {
        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            var d = payload[i] - '0';
            // Weights 2,1,2,1,... from the left for a payload of odd length (the Swedish nine-digit case);
            // in general, double every second digit counting from the rightmost payload digit.
            if ((payload.Length - i) % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return (10 - (sum % 10)) % 10;
    }
}
