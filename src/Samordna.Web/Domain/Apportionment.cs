using System.Numerics;

namespace Samordna.Web.Domain;

/// <summary>
/// Splits a whole number of units (öre, or kronor) among parties in proportion to weights so that the parts
/// sum exactly to the total. The one rounding rule used everywhere in Samordna:
/// <list type="number">
/// <item>each party's exact quota is total × weight ÷ sum of weights;</item>
/// <item>each party first gets its quota rounded down;</item>
/// <item>the units left over go one each to the parties with the largest fractional remainders
/// (largest-remainder / Hamilton method);</item>
/// <item>equal remainders are broken by the party's tie-break key in ascending ordinal order
/// (for associations their code, for members their code, for units their code).</item>
/// </list>
/// No party gets more than one extra unit, so no party is ever more than one unit away from its exact quota.
/// </summary>
public static class Apportionment
{
    public static long[] Split(long total, IReadOnlyList<Rational> weights, IReadOnlyList<string> tieBreakKeys)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (weights.Count != tieBreakKeys.Count)
        {
            throw new ArgumentException("Lika många vikter och nycklar krävs.", nameof(tieBreakKeys));
        }

        if (weights.Count == 0)
        {
            if (total == 0)
            {
                return [];
            }

            throw new ArgumentException("Det finns ingen part att fördela beloppet på.", nameof(weights));
        }

        var sum = Rational.Zero;
        foreach (var w in weights)
        {
            if (w.Sign < 0)
            {
                throw new ArgumentException("Fördelningsnyckeln får inte innehålla negativa värden.", nameof(weights));
            }

            sum += w;
        }

        if (sum.IsZero)
        {
            throw new ArgumentException("Fördelningsnyckelns summa är noll; beloppet kan inte fördelas.", nameof(weights));
        }

        var parts = new long[weights.Count];
        var remainders = new Rational[weights.Count];
        long assigned = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var quota = (Rational)total * weights[i] / sum;
            var floor = quota.Floor();
            parts[i] = (long)floor;
            remainders[i] = quota - Rational.FromInteger(floor);
            assigned += parts[i];
        }

        var left = total - assigned;
        if (left > 0)
        {
            var order = Enumerable.Range(0, weights.Count)
                .OrderByDescending(i => remainders[i])
                .ThenBy(i => tieBreakKeys[i], StringComparer.Ordinal)
                .Take((int)left);
            foreach (var i in order)
            {
                parts[i]++;
            }
        }

        return parts;
    }

    public static long[] Split(long total, IReadOnlyList<long> weights, IReadOnlyList<string> tieBreakKeys) =>
        Split(total, weights.Select(w => Rational.FromInteger(new BigInteger(w))).ToArray(), tieBreakKeys);

    /// <summary>Splits an amount in whole öre.</summary>
    public static Sek[] Split(Sek total, IReadOnlyList<Rational> weights, IReadOnlyList<string> tieBreakKeys) =>
        Split(total.Ore, weights, tieBreakKeys).Select(o => new Sek(o)).ToArray();
}
