using System.Numerics;

namespace Samordna.Web.Domain;

/// <summary>
/// An exact fraction of two big integers, always normalised (denominator positive, lowest terms).
/// Used where money is split by keys: the quotas are exact, so rounding happens exactly once, by a documented rule.
/// </summary>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private readonly BigInteger _den;

    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("Nämnaren får inte vara noll.");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            numerator /= gcd;
            denominator /= gcd;
        }

        Numerator = numerator;
        _den = denominator;
    }

    public BigInteger Numerator { get; }

    /// <summary>Always positive; the default value of the struct reads as 0/1.</summary>
    public BigInteger Denominator => _den.IsZero ? BigInteger.One : _den;

    public static readonly Rational Zero = new(0, 1);
    public static readonly Rational One = new(1, 1);

    public int Sign => Numerator.Sign;

    public bool IsZero => Numerator.IsZero;

    public static Rational FromInteger(BigInteger value) => new(value, BigInteger.One);

    /// <summary>Exact: a decimal is a scaled integer, so no precision is lost.</summary>
    public static Rational FromDecimal(decimal value)
    {
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = (bits[3] & int.MinValue) != 0;
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        if (negative)
        {
            mantissa = -mantissa;
        }

        return new Rational(mantissa, BigInteger.Pow(10, scale));
    }

    public static implicit operator Rational(long value) => FromInteger(value);

    public static Rational operator +(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);

    public static Rational operator *(Rational a, Rational b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b)
    {
        if (b.IsZero)
        {
            throw new DivideByZeroException("Division med noll.");
        }

        return new Rational(a.Numerator * b.Denominator, a.Denominator * b.Numerator);
    }

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;

    public static Rational Max(Rational a, Rational b) => a >= b ? a : b;

    /// <summary>The greatest integer not greater than the value.</summary>
    public BigInteger Floor()
    {
        var q = BigInteger.DivRem(Numerator, Denominator, out var r);
        return r.Sign < 0 ? q - 1 : q;
    }

    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Rational r && Equals(r);

    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>Approximation for display only, never for money arithmetic.</summary>
    public decimal ToDecimalApproximation()
    {
        var scaled = BigInteger.Divide(Numerator * BigInteger.Pow(10, 12), Denominator);
        return (decimal)scaled / 1_000_000_000_000m;
    }

    public override string ToString() =>
        Denominator.IsOne
            ? Numerator.ToString(CultureInfo.InvariantCulture)
            : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";
}
