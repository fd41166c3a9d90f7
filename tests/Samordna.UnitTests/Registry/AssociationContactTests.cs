using Samordna.Web.Features.Registry.Rules;
using Samordna.Web.Infrastructure.Documents;
using Samordna.Web.Infrastructure.Errors;

namespace Samordna.UnitTests.Registry;

/// <summary>The contact details' checks at their edges (the shared e-mail, web address and phone checks), and the shared document name cleaning.</summary>
public sealed class AssociationContactTests
{
    private static IReadOnlyDictionary<string, string[]> Check(string? email = null, string? phone = null, string? postal = null, string? website = null)
    {
        var errors = new ValidationErrors();
        AssociationFacts.ValidateContact(errors, new AssociationContact(email, phone, postal, website));
        return errors.ToDictionary();
    }

    [Theory]
    [InlineData("info@forbundet.se")]
    [InlineData("kansli.finnveden@samordning-finnveden.se")]
    [InlineData("  info@forbundet.se  ")]
    public void A_well_formed_email_passes(string email) => Assert.Empty(Check(email: email));

    [Theory]
    [InlineData("info")]
    [InlineData("info@forbundet")]
    [InlineData("@forbundet.se")]
    [InlineData("in fo@forbundet.se")]
    [InlineData("info@@forbundet.se")]
    [InlineData("info@forbundet.se.")]
    public void A_malformed_email_is_named(string email) =>
        Assert.StartsWith("E-postadress ska vara en e-postadress", Assert.Single(Check(email: email)["publicEmail"]), StringComparison.Ordinal);

    [Fact]
    public void An_email_one_character_too_long_is_refused_at_254() =>
        Assert.Equal("E-postadress får vara högst 254 tecken.", Assert.Single(Check(email: new string('a', 245) + "@forbund.se")["publicEmail"]));

    [Theory]
    [InlineData("https://www.forbundet.se")]
    [InlineData("http://forbundet.se/om-oss?x=1")]
    public void An_http_or_https_address_passes(string website) => Assert.Empty(Check(website: website));

    [Theory]
    [InlineData("ftp://forbundet.se")]
    [InlineData("javascript:alert(1)")]
    [InlineData("www.forbundet.se")]
    [InlineData("https://localhost")]
    [InlineData("https://forbundet .se")]
    public void Any_other_website_is_named(string website) =>
        Assert.StartsWith("Webbplats ska vara en fullständig webbadress", Assert.Single(Check(website: website)["website"]), StringComparison.Ordinal);

    [Theory]
    [InlineData("0370-123 45", true)]
    [InlineData("+46 (0)370 123 45", true)]
    [InlineData("12345", false)]
    [InlineData("0370-123 45 ring efter 9", false)]
    [InlineData("0370+12345", false)]
    public void A_phone_number_is_digits_with_separators(string phone, bool ok) =>
        Assert.Equal(ok, !Check(phone: phone).ContainsKey("phone"));

    [Fact]
    public void Blank_contact_details_pass_and_are_stored_as_nothing()
    {
        Assert.Empty(Check(" ", "", null, "  "));
        Assert.True(new AssociationContact(" ", "", null, "  ").Cleaned().IsEmpty);
    }

    [Theory]
    [InlineData("  .Kallelse maj.exe ", "Kallelse maj.pdf")]
    [InlineData("protokoll.PDF", "protokoll.pdf")]
    [InlineData("../protokoll.pdf", null)]
    [InlineData("C:protokoll.pdf", null)]
    [InlineData("proto\u202Ekoll.pdf", null)]
    [InlineData("...", null)]
    public void A_document_name_gets_the_type_s_extension_or_is_refused(string name, string? expected) =>
        Assert.Equal(expected, DocumentFiles.CleanName(name, DocumentType.Pdf));
}
