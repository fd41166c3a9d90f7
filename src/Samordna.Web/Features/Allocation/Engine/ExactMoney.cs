using System.Numerics;

namespace Samordna.Web.Features.Allocation.Engine;

/// <summary>Conversions between exact kronor (<see cref="Rational"/>) and <see cref="Sek"/>, and Swedish display text.</summary>
internal static class ExactMoney
{
    private static readonly Rational OrePerKrona = Sek.OrePerKrona;
    private static readonly Rational Half = new(1, 2);

    public static Rational Kronor(Sek amount) => new(amount.Ore, Sek.OrePerKrona);

    /// <summary>Nearest whole öre, halves away from zero. For display only; never feeds arithmetic.</summary>
    public static Sek ToDisplaySek(Rational kronor)
    {
        var ore = kronor * OrePerKrona;
        var rounded = ore.Sign >= 0 ? (ore + Half).Floor() : -(-ore + Half).Floor();
        return new Sek((long)rounded);
    }

    /// <summary>Nearest whole krona, halves away from zero.</summary>
    public static Sek ToWholeKronor(Rational kronor)
    {
        var rounded = kronor.Sign >= 0 ? (kronor + Half).Floor() : -(-kronor + Half).Floor();
        return Sek.FromKronor((long)rounded);
    }

    /// <summary>"1 234 567 kr" or "1 234 567,89 kr" (nearest öre).</summary>
    public static string Format(Rational kronor) => ToDisplaySek(kronor).ToString();

    public static string Format(Sek amount) => amount.ToString();

    /// <summary>"+12 345 kr" or "−12 345 kr".</summary>
    public static string FormatSigned(Sek amount) => amount.Ore > 0 ? "+" + amount : amount.ToString();

    /// <summary>A share as a Swedish percentage, e.g. "1,234 %".</summary>
    public static string Percent(Rational fraction, int decimals) =>
        SwedishCulture.Percent(fraction.ToDecimalApproximation(), decimals);

    /// <summary>A parameter such as 0.75 or 0.1 in Swedish form: "0,75", "0,1".</summary>
    public static string Number(decimal value) => value.ToString("0.##########", SwedishCulture.Instance);

    public static string Number(Rational value, int decimals) =>
        value.ToDecimalApproximation().ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), SwedishCulture.Instance);

    /// <summary>A factor such as λ with up to six decimals: "1,1", "0,954545".</summary>
    public static string Factor(Rational value) => value.ToDecimalApproximation().ToString("0.######", SwedishCulture.Instance);

    public static string Number(BigInteger value) => value.ToString("N0", SwedishCulture.Instance);
}
