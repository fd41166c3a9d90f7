using System.Diagnostics.CodeAnalysis;

namespace Samordna.Web.Domain;

/// <summary>
/// A Swedish organisation number (organisationsnummer): ten digits whose last is a Luhn check digit,
/// written NNNNNN-NNNN. Samordningsförbund have numbers in the 222000-series.
/// The third digit of an organisation number is always 2 or higher (Skatteverket, SKV 709), so the "month" of a
/// personal identity number (01–12) or a samordningsnummer (day + 60, month still 01–12) is refused: a person's
/// number must never be stored as an organisation's. Messages never repeat the number.
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

        var digits = new string(text.Where(c => c != '-' && c != '+' && c != ' ').ToArray());
        if (digits.Length == 12 && digits.All(char.IsAsciiDigit) && (digits.StartsWith("18", StringComparison.Ordinal) || digits.StartsWith("19", StringComparison.Ordinal) || digits.StartsWith("20", StringComparison.Ordinal)))
        {
            // A century in front (ÅÅÅÅMMDD-NNNN) is how personal identity numbers are written.
            error = PersonalNumberMessage;
            return false;
        }

        if (digits.Length == 12 && digits.StartsWith("16", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            error = "Organisationsnummer ska bestå av tio siffror, till exempel 222000-1834.";
            return false;
        }

        if (digits[2] < '2')
        {
            error = PersonalNumberMessage;
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

    /// <summary>Said when the digits are a personal identity number or samordningsnummer; never echoes them.</summary>
    public const string PersonalNumberMessage =
        "Det angivna numret är ett personnummer eller samordningsnummer, inte ett organisationsnummer. Ange förbundets organisationsnummer (tredje siffran är 2 eller högre).";

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
