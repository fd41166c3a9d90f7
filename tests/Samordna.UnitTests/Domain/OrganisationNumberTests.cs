using Samordna.Web.Domain;

namespace Samordna.UnitTests.Domain;

public sealed class OrganisationNumberTests
{
    [Theory]
    [InlineData("222000-1834", "2220001834")]  // Samordningsförbundet Umeå, a published number
    [InlineData("2021005521", "2021005521")]   // Försäkringskassan
    [InlineData("202100-2114", "2021002114")]  // Arbetsförmedlingen
    [InlineData("16222000-1834", "2220001834")]
    public void Accepts_valid_numbers_with_or_without_hyphen(string text, string digits)
    {
        Assert.True(OrganisationNumber.TryParse(text, out var number, out var error), error);
        Assert.Equal(digits, number!.Value.Digits);
        Assert.Equal(digits[..6] + "-" + digits[6..], number.Value.ToString());
    }

    [Theory]
    [InlineData("222000-1835", "fel kontrollsiffra")]
    [InlineData("22200018", "tio siffror")]
    [InlineData("22200A-1834", "tio siffror")]
    [InlineData("", "måste anges")]
    public void Refuses_invalid_numbers_with_a_Swedish_reason(string text, string reason)
    {
        Assert.False(OrganisationNumber.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("121212-1212")]      // personnummer (Skatteverket's test person), Luhn-valid
    [InlineData("1212121212")]       // the same without hyphen
    [InlineData("19121212-1212")]    // with century
    [InlineData("191212121212")]     // with century, no hyphen
    [InlineData("121212+1212")]      // the plus sign of someone over 100
    [InlineData("811218-9876")]      // another Luhn-valid personnummer
    [InlineData("701063-2391")]      // samordningsnummer (day 03 + 60), Luhn-valid
    [InlineData("20701063-2391")]    // samordningsnummer with century
    [InlineData("461122-3001")]      // month 11: third digit 1
    public void Refuses_personal_identity_numbers_and_samordningsnummer_without_echoing_them(string text)
    {
        Assert.False(OrganisationNumber.TryParse(text, out var number, out var error));
        Assert.Null(number);
        Assert.Contains("personnummer", error, StringComparison.Ordinal);
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        Assert.DoesNotContain(digits[^10..^4], error!, StringComparison.Ordinal);
        Assert.DoesNotContain(digits[^4..], error!, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => OrganisationNumber.Parse(text));
    }

    [Fact]
    public void Check_digit_follows_Luhn() => Assert.Equal(4, Luhn.CheckDigit("222000183"));
}
