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

    [Fact]
    public void Check_digit_follows_Luhn() => Assert.Equal(4, Luhn.CheckDigit("222000183"));
}
