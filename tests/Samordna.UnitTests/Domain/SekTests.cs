using Samordna.Web.Domain;

namespace Samordna.UnitTests.Domain;

public sealed class SekTests
{
    [Theory]
    [InlineData("1 234 567", 123_456_700)]
    [InlineData("1234567,50", 123_456_750)]
    [InlineData("1 234 567 kr", 123_456_700)]
    [InlineData("1234567.5", 123_456_750)]
    [InlineData("-500", -50_000)]
    [InlineData("\u2212500", -50_000)]
    [InlineData("0,01", 1)]
    public void Parses_Swedish_and_plain_input_exactly(string text, long ore)
    {
        Assert.True(Sek.TryParse(text, out var value));
        Assert.Equal(ore, value.Ore);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,234")]
    [InlineData("12.345.6")]
    [InlineData("0,001")]
    public void Refuses_anything_that_is_not_whole_ore(string text) => Assert.False(Sek.TryParse(text, out _));

    // The öre count is a long: 92 233 720 368 547 758,07 kr is the most it holds. decimal.TryParse reads up to 7,9·10²⁸,
    // and kronor × 100 itself overflows decimal above 7,9·10²⁶, so each of these must be refused, not thrown.
    [Theory]
    [InlineData("92233720368547758,08")]
    [InlineData("-92233720368547758,09")]
    [InlineData("100000000000000000")]
    [InlineData("1000000000000000000000000000")]
    [InlineData("10000000000000000000000000000")]
    [InlineData("-10000000000000000000000000000")]
    public void Refuses_amounts_beyond_the_range_of_the_ore_count(string text) => Assert.False(Sek.TryParse(text, out _));

    [Fact]
    public void Accepts_the_ends_of_the_range()
    {
        Assert.True(Sek.TryParse("92233720368547758,07", out var max));
        Assert.Equal(long.MaxValue, max.Ore);
        Assert.True(Sek.TryParse("-92233720368547758,08", out var min));
        Assert.Equal(long.MinValue, min.Ore);
    }

    [Theory]
    [InlineData("1e17")]
    [InlineData("1e27")]
    [InlineData("1e28")]
    [InlineData("1e30")]
    public void Json_refuses_amounts_beyond_the_range_in_Swedish(string number)
    {
        var exception = Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<Sek>(number));
        Assert.StartsWith("Beloppet är för stort", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Formats_in_Swedish_with_non_breaking_group_separator()
    {
        Assert.Equal("1\u00A0234\u00A0567 kr", Sek.FromKronor(1_234_567).ToString());
        Assert.Equal("1\u00A0234,50 kr", new Sek(123_450).ToString());
        Assert.Equal("1234567.00", Sek.FromKronor(1_234_567).ToInvariantString());
    }

    [Fact]
    public void Decimal_conversion_refuses_fractions_of_ore()
    {
        Assert.Equal(12_345, Sek.FromKronor(123.45m).Ore);
        Assert.Throws<ArgumentException>(() => Sek.FromKronor(1.005m));
    }

    [Fact]
    public void Arithmetic_is_checked_and_exact()
    {
        Assert.Equal(new Sek(3), new Sek(1) + new Sek(2));
        Assert.Equal(Sek.FromKronor(400_000), Sek.FromTkr(400));
        Assert.Throws<OverflowException>(() => new Sek(long.MaxValue) + new Sek(1));
        Assert.Equal(new Sek(6), Sek.Sum([new Sek(1), new Sek(2), new Sek(3)]));
    }
}

public sealed class MunicipalityNameTests
{
    [Theory]
    [InlineData("Gislaved", "Gislaveds kommun")]
    [InlineData("Värnamo", "Värnamo kommun")]
    [InlineData("Gnosjö", "Gnosjö kommun")]
    [InlineData("Tranås", "Tranås kommun")]
    [InlineData("Jönköping", "Jönköpings kommun")]
    [InlineData("Habo", "Habo kommun")]
    public void Municipality_organisations_are_named_as_the_municipalities_write_it(string name, string expected) =>
        Assert.Equal(expected, Samordna.Web.Data.ReferenceDataSeeder.MunicipalityOrganisationName(name));
}
