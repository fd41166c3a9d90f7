using System.Text.Json;
using System.Text.Json.Serialization;
using Samordna.Web.Infrastructure.Errors;

namespace Samordna.Web.Domain;

/// <summary>
/// An amount of Swedish kronor held as whole öre (1 krona = 100 öre) in a 64-bit integer.
/// Never floating point: sums, splits and comparisons are exact on both database providers.
/// </summary>
[JsonConverter(typeof(SekJsonConverter))]
public readonly record struct Sek(long Ore) : IComparable<Sek>
{
    public const long OrePerKrona = 100;

    public static readonly Sek Zero = new(0);

    public static Sek FromKronor(long kronor) => new(checked(kronor * OrePerKrona));

    /// <summary>Exact conversion from a decimal number of kronor; more than two decimals is an error, never silently rounded.</summary>
    public static Sek FromKronor(decimal kronor)
    {
        var ore = kronor * OrePerKrona;
        if (ore != decimal.Truncate(ore))
        {
            throw new ArgumentException("Beloppet får ha högst två decimaler (hela ören).", nameof(kronor));
        }

        return new Sek(checked((long)ore));
    }

    public static Sek FromTkr(decimal thousands) => FromKronor(thousands * 1000m);

    /// <summary>The largest amount an öre count in 64 bits holds: 92 233 720 368 547 758,07 kr.</summary>
    public static readonly decimal MaxKronor = long.MaxValue / (decimal)OrePerKrona;

    /// <summary>The smallest: −92 233 720 368 547 758,08 kr.</summary>
    public static readonly decimal MinKronor = long.MinValue / (decimal)OrePerKrona;

    /// <summary>
    /// Exact conversion that refuses, instead of throwing, what is not whole öre or lies outside
    /// <see cref="MinKronor"/>–<see cref="MaxKronor"/>. The range is checked before multiplying, because decimal
    /// itself overflows on kronor × 100 above about 7,9·10²⁶.
    /// </summary>
    public static bool TryFromKronor(decimal kronor, out Sek value)
    {
        value = Zero;
        if (kronor > MaxKronor || kronor < MinKronor)
        {
            return false;
        }

        var ore = kronor * OrePerKrona;
        if (ore != decimal.Truncate(ore))
        {
            return false;
        }

        value = new Sek((long)ore);
        return true;
    }

    /// <summary>Whole kronor, truncated toward zero. Use only where the amount is known to be whole kronor.</summary>
    public long WholeKronor => Ore / OrePerKrona;

    public decimal Kronor => Ore / (decimal)OrePerKrona;

    public bool IsWholeKronor => Ore % OrePerKrona == 0;

    public bool IsNegative => Ore < 0;

    public static Sek operator +(Sek a, Sek b) => new(checked(a.Ore + b.Ore));

    public static Sek operator -(Sek a, Sek b) => new(checked(a.Ore - b.Ore));

    public static Sek operator -(Sek a) => new(checked(-a.Ore));

    public static Sek operator *(Sek a, long factor) => new(checked(a.Ore * factor));

    public static bool operator <(Sek a, Sek b) => a.Ore < b.Ore;

    public static bool operator >(Sek a, Sek b) => a.Ore > b.Ore;

    public static bool operator <=(Sek a, Sek b) => a.Ore <= b.Ore;

    public static bool operator >=(Sek a, Sek b) => a.Ore >= b.Ore;

    public static Sek Max(Sek a, Sek b) => a >= b ? a : b;

    public static Sek Min(Sek a, Sek b) => a <= b ? a : b;

    public static Sek Sum(IEnumerable<Sek> amounts)
    {
        long total = 0;
        foreach (var a in amounts)
        {
            total = checked(total + a.Ore);
        }

        return new Sek(total);
    }

    public int CompareTo(Sek other) => Ore.CompareTo(other.Ore);

    /// <summary>Swedish display: "1 234 567 kr", or "1 234 567,50 kr" when there are öre.</summary>
    public override string ToString() => Format(SwedishCulture.Instance);

    public string Format(IFormatProvider culture, bool alwaysShowOre = false)
    {
        var format = alwaysShowOre || !IsWholeKronor ? "N2" : "N0";
        return Kronor.ToString(format, culture) + " kr";
    }

    /// <summary>Plain invariant form for files and APIs: "1234567.50".</summary>
    public string ToInvariantString() => Kronor.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses user or file input: "1 234 567", "1234567,50", "1 234 567 kr", "1234567.50", "-500".
    /// Returns false for anything else, including more than two decimals.
    /// </summary>
    public static bool TryParse(string? text, out Sek value)
    {
        value = Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        if (s.EndsWith("kr", StringComparison.OrdinalIgnoreCase))
        {
            s = s[..^2];
        }

        s = s.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace("\u202F", string.Empty, StringComparison.Ordinal)
            .Replace('\u2212', '-')
            .Replace(',', '.');
        if (s.Length == 0 || s.Count(c => c == '.') > 1)
        {
            return false;
        }

        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var kronor))
        {
            return false;
        }

        return TryFromKronor(kronor, out value);
    }
}

/// <summary>JSON form of money: a number of kronor with at most two decimals (e.g. 1234.50), read exactly as decimal.</summary>
public sealed class SekJsonConverter : JsonConverter<Sek>
{
    public override Sek Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        decimal kronor;
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (!reader.TryGetDecimal(out kronor))
            {
                throw new SwedishJsonException(OutOfRange);
            }
        }
        else if (reader.TokenType == JsonTokenType.String && Sek.TryParse(reader.GetString(), out var parsed))
        {
            return parsed;
        }
        else
        {
            throw new SwedishJsonException("Beloppet måste vara ett tal i kronor med högst två decimaler.");
        }

        if (kronor > Sek.MaxKronor || kronor < Sek.MinKronor)
        {
            throw new SwedishJsonException(OutOfRange);
        }

        if (!Sek.TryFromKronor(kronor, out var value))
        {
            throw new SwedishJsonException("Beloppet får ha högst två decimaler (hela ören).");
        }

        return value;
    }

    private const string OutOfRange = "Beloppet är för stort: det får vara högst 92 233 720 368 547 758 kr åt vardera hållet.";

    public override void Write(Utf8JsonWriter writer, Sek value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(decimal.Round(value.Kronor, 2));
}
