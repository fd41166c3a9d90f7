using Samordna.Web.Domain;

namespace Samordna.UnitTests.Domain;

public sealed class FreeTextTests
{
    // Check digits computed by hand with the Luhn rule (weights 2,1,2,…; digit sums of products):
    //   121212-121|2: 2+2+2+2+2+2+2+2+2 = 18 → 2.   701063-239|1: 5+0+2+0+3+3+4+3+9 = 29 → 1.
    [Theory]
    [InlineData("121212-1212")]
    [InlineData("121212+1212")]
    [InlineData("1212121212")]
    [InlineData("19121212-1212")]
    [InlineData("191212121212")]
    [InlineData("121212 1212")]
    [InlineData("701063-2391")]
    [InlineData("19701063-2391")]
    [InlineData("Personen (121212-1212) deltog.")]
    public void Identity_numbers_in_any_usual_form_are_found(string text) =>
        Assert.True(PersonalIdentityNumber.Contains(text));

    [Theory]
    [InlineData("222000-1834")] // organisation number: "month" 20
    [InlineData("121212-1213")] // wrong check digit
    [InlineData("121312-1212")] // month 13
    [InlineData("121200-1212")] // day 0
    [InlineData("2025-06-01")]
    [InlineData("1 250 000 kr")]
    [InlineData("0701234567")] // a phone number whose check digit fails
    [InlineData("konto 12121212121212")] // longer digit runs are not identity numbers
    [InlineData("")]
    public void Other_numbers_are_not_taken_for_identity_numbers(string text) =>
        Assert.False(PersonalIdentityNumber.Contains(text));

    [Theory]
    [InlineData("a\u0000b", FreeText.Problem.ControlCharacter)]
    [InlineData("a\u001Bb", FreeText.Problem.ControlCharacter)]
    [InlineData("a\u202Eb", FreeText.Problem.ControlCharacter)]
    [InlineData("a\u2067b", FreeText.Problem.ControlCharacter)]
    [InlineData("rad ett\r\n\trad två", FreeText.Problem.None)]
    [InlineData("Åsa Öberg-Ärlig", FreeText.Problem.None)]
    [InlineData("möte med 121212-1212", FreeText.Problem.IdentityNumber)]
    public void Free_text_is_checked_for_control_characters_and_identity_numbers(string text, FreeText.Problem expected) =>
        Assert.Equal(expected, FreeText.Check(text));

    [Theory]
    [InlineData("2027-04-01", DateText.Problem.None)]
    [InlineData("1900-01-01", DateText.Problem.None)]
    [InlineData("2199-12-31", DateText.Problem.None)]
    [InlineData("1899-12-31", DateText.Problem.OutOfRange)]
    [InlineData("0001-01-01", DateText.Problem.OutOfRange)]
    [InlineData("9999-12-31", DateText.Problem.OutOfRange)]
    [InlineData("2027-02-30", DateText.Problem.Unreadable)]
    [InlineData("1/4 2027", DateText.Problem.Unreadable)]
    [InlineData(null, DateText.Problem.Unreadable)]
    public void Dates_are_read_one_way_and_must_be_plausible(string? text, DateText.Problem expected) =>
        Assert.Equal(expected, DateText.TryParse(text, out _));
}
