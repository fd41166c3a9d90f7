using Samordna.Web.Domain;

namespace Samordna.UnitTests.Domain;

public sealed class ApportionmentTests
{
    [Fact]
    public void Largest_remainders_get_the_leftover_units()
    {
        // 100 split 1:1:1 → quotas 33.33 each; one unit left, all remainders equal → first code in ordinal order.
        Assert.Equal([34L, 33L, 33L], Apportionment.Split(100, [1L, 1L, 1L], ["a", "b", "c"]));
        // Same weights, codes in another order: "a" still wins the tie.
        Assert.Equal([33L, 33L, 34L], Apportionment.Split(100, [1L, 1L, 1L], ["c", "b", "a"]));
    }

    [Fact]
    public void Remainders_decide_before_codes()
    {
        // 10 split 1:2:4 → quotas 1.428…, 2.857…, 5.714…; floors 1+2+5 = 8; remainders .857 (b) and .714 (c) get the two units.
        Assert.Equal([1L, 3L, 6L], Apportionment.Split(10, [1L, 2L, 4L], ["a", "b", "c"]));
    }

    [Fact]
    public void Parts_always_sum_to_the_total()
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var n = random.Next(1, 12);
            var weights = Enumerable.Range(0, n).Select(_ => (long)random.Next(0, 1000)).ToArray();
            if (weights.All(w => w == 0))
            {
                weights[0] = 1;
            }

            var total = random.NextInt64(0, 10_000_000_000);
            var parts = Apportionment.Split(total, weights, Enumerable.Range(0, n).Select(k => k.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
            Assert.Equal(total, parts.Sum());
            Assert.All(parts, p => Assert.True(p >= 0));
        }
    }

    [Fact]
    public void Zero_or_negative_weights_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Apportionment.Split(10, [0L, 0L], ["a", "b"]));
        Assert.Throws<ArgumentException>(() => Apportionment.Split(10, [1L, -1L], ["a", "b"]));
    }

    [Fact]
    public void Rational_weights_are_split_exactly()
    {
        var third = new Rational(1, 3);
        var parts = Apportionment.Split(new Sek(100), [third, third, third], ["x", "y", "z"]);
        Assert.Equal(new Sek(100), Sek.Sum(parts));
    }
}
