using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Registry;

/// <summary>The office's contact details for the public: validated with Swedish messages naming the field, in the API's read model and on the public page.</summary>
[Collection(AppCollection.Name)]
public sealed class AssociationContactTests(AppFixture app)
{
    private static async Task<HttpResponseMessage> PutAsync(HttpClient api, Guid associationId, string? email, string? phone, string? postal, string? website)
    {
        using var current = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/associations/{associationId}"));
        var a = current.RootElement;
        return await api.PutAsJsonAsync($"/api/v1/associations/{associationId}", new
        {
            name = a.GetProperty("name").GetString(), code = a.GetProperty("code").GetString(),
            organisationNumber = a.GetProperty("organisationNumber").GetString(), seatMunicipalityCode = a.GetProperty("seatMunicipalityCode").GetString(),
            formedOn = a.GetProperty("formedOn").GetString(), version = a.GetProperty("version").GetInt64(),
            publicEmail = email, phone, postalAddress = postal, website,
        });
    }

    [Theory]
    [InlineData("publicEmail", "kansliet.forbundet.se", null, null, null, "E-postadress ska vara en e-postadress")]
    [InlineData("publicEmail", "kansli et@forbundet.se", null, null, null, "E-postadress ska vara en e-postadress")]
    [InlineData("website", null, null, null, "ftp://forbundet.se", "Webbplats ska vara en fullständig webbadress som börjar med https://")]
    [InlineData("website", null, null, null, "javascript:alert(1)", "Webbplats ska vara en fullständig webbadress")]
    [InlineData("website", null, null, null, "www.forbundet.se", "Webbplats ska vara en fullständig webbadress")]
    [InlineData("phone", null, "ring oss", null, null, "Telefon ska vara ett telefonnummer")]
    [InlineData("postalAddress", null, null, "LONG", null, "Postadress får vara högst 300 tecken")]
    public async Task A_malformed_contact_detail_is_refused_with_a_swedish_message_naming_the_field(string field, string? email, string? phone, string? postal, string? website, string message)
    {
        var association = await app.Host.CreateAssociationAsync();
        using var api = await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));

        var refused = await PutAsync(api, association.Id, email, phone, postal == "LONG" ? new string('a', 301) : postal, website);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        var messages = problem.RootElement.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.Contains(messages, m => m.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Saved_contact_details_are_in_the_read_model_and_on_the_public_page_with_the_website_as_a_link()
    {
        var association = await app.Host.CreateAssociationAsync();
        using var api = await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));

        var saved = await PutAsync(api, association.Id, " info@forbundet.se ", "0370-123 45", "Box 123, 331 21 Värnamo", "https://www.forbundet.se/om");
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.BodyAsync());

        using var read = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/associations/{association.Id}"));
        var contact = read.RootElement.GetProperty("contact");
        Assert.Equal("info@forbundet.se", contact.GetProperty("email").GetString());
        Assert.Equal("0370-123 45", contact.GetProperty("phone").GetString());
        Assert.Equal("Box 123, 331 21 Värnamo", contact.GetProperty("postalAddress").GetString());
        Assert.Equal("https://www.forbundet.se/om", contact.GetProperty("website").GetString());

        using var visitor = app.Host.NewClient();
        var page = await visitor.GetStringAsync($"/forbund/{association.Id}/om");
        Assert.Contains("<a href=\"mailto:info@forbundet.se\">info@forbundet.se</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.forbundet.se/om\" rel=\"external\">https://www.forbundet.se/om</a>", page, StringComparison.Ordinal);
        Assert.Contains("Box 123, 331 21 Värnamo", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:037012345\">0370-123 45</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_edit_page_shows_the_contact_fields_and_names_a_wrong_website_in_swedish()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var pages = await app.Host.SignedInPageClientAsync(admin);
        var url = $"/forbund/{association.Id}/redigera";
        var html = await pages.GetStringAsync(url);
        foreach (var label in new[] { "E-postadress", "Telefon", "Postadress", "Webbplats" })
        {
            Assert.Contains($">{label}</label>", html, StringComparison.Ordinal);
        }

        var orgNumber = System.Text.RegularExpressions.Regex.Match(html, "id=\"Input_OrganisationNumber\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*id=\"Input_OrganisationNumber\"");
        var refused = await pages.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Name"] = association.Name, ["Input.Code"] = association.Code,
            ["Input.OrganisationNumber"] = orgNumber.Groups[1].Success ? orgNumber.Groups[1].Value : orgNumber.Groups[2].Value,
            ["Input.SeatMunicipalityCode"] = "0662", ["Input.FormedOn"] = "2015-01-01", ["Input.Version"] = "0", ["Input.Website"] = "forbundet",
        });

        Assert.Contains("Webbplats ska vara en fullständig webbadress", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
