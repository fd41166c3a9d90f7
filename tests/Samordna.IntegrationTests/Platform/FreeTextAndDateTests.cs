using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;
using static Samordna.IntegrationTests.Governance.GovernanceTestData;

namespace Samordna.IntegrationTests.Platform;

/// <summary>
/// Free text never stores a personal identity number, a control character or a direction override, and dates
/// outside 1900–2199 are refused, in the API and on pages, each with a Swedish message naming the field.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class FreeTextAndDateTests(AppFixture app)
{
    private async Task<(TestAssociation Association, HttpClient Api, HttpClient Pages, string MeetingUrl)> ArrangeAsync()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        var api = await app.Host.ApiClientAsync(admin);
        var meeting = await CreateAsync(api, $"/api/v1/associations/{association.Id}/meetings", new { date = "2025-05-20", place = "Kansliet", kind = "Ordinary" });
        return (association, api, await app.Host.SignedInPageClientAsync(admin), $"/api/v1/associations/{association.Id}/meetings/{meeting}");
    }

    // 121212-1212 is Skatteverket's well-known test number; 701063-2391 a samordningsnummer (day 63 = day 3 + 60).
    [Theory]
    [InlineData("Beslut om 121212-1212 bifalls.")]
    [InlineData("Ärendet gäller 19121212-1212.")]
    [InlineData("Ärendet gäller 191212121212.")]
    [InlineData("Ärendet gäller 1212121212.")]
    [InlineData("Ärendet gäller 121212+1212.")]
    [InlineData("Samordningsnummer 701063-2391 noteras.")]
    public async Task A_decision_text_with_an_identity_number_is_refused_without_repeating_it(string text)
    {
        var a = await ArrangeAsync();
        var response = await a.Api.PostAsJsonAsync($"{a.MeetingUrl}/decisions", new { title = "Ärende", text });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        var message = JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("text")[0].GetString();
        Assert.Equal("Beslut får inte innehålla ett personnummer eller samordningsnummer. Ta bort numret.", message);
        Assert.DoesNotContain("1212", body, StringComparison.Ordinal);
        Assert.DoesNotContain("2391", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Numbers_that_are_not_identity_numbers_are_accepted()
    {
        var a = await ArrangeAsync();
        // An organisation number, an amount, a date and a phone-like number whose check digit fails.
        var text = "Förbundet 222000-1834 beviljar 1 250 000 kr från 2025-06-01; telefon 0701234567.";
        var response = await a.Api.PostAsJsonAsync($"{a.MeetingUrl}/decisions", new { title = "Medel", text });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.BodyAsync());
    }

    [Theory]
    [InlineData("Plats\u0000med nolltecken")]
    [InlineData("Plats \u202Eomvänd")]
    [InlineData("Plats\u0007")]
    public async Task Control_characters_and_direction_overrides_are_refused(string place)
    {
        var a = await ArrangeAsync();
        var response = await a.Api.PostAsJsonAsync($"/api/v1/associations/{a.Association.Id}/meetings", new { date = "2025-06-20", place, kind = "Ordinary" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Equal("Plats innehåller otillåtna tecken (styrtecken eller tecken som vänder textens riktning).",
            JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("place")[0].GetString());
    }

    [Fact]
    public async Task Line_breaks_and_tabs_in_a_decision_text_are_kept()
    {
        var a = await ArrangeAsync();
        var response = await a.Api.PostAsJsonAsync($"{a.MeetingUrl}/decisions", new { title = "Flera rader", text = "Att\r\n\tbevilja medel." });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.BodyAsync());
    }

    [Fact]
    public async Task A_meeting_page_refuses_an_identity_number_in_the_place_field()
    {
        var a = await ArrangeAsync();
        var response = await a.Pages.PostFormAsync($"/forbund/{a.Association.Id}/sammantraden/ny", new Dictionary<string, string>
        {
            ["Input.Date"] = "2025-09-01", ["Input.Place"] = "Hos 121212-1212", ["Input.Kind"] = "Ordinary",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("Plats får inte innehålla ett personnummer eller samordningsnummer.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("1899-12-31")]
    public async Task An_implausible_date_in_the_api_is_refused_naming_the_field(string date)
    {
        var a = await ArrangeAsync();
        var response = await a.Api.PostAsJsonAsync($"/api/v1/associations/{a.Association.Id}/meetings", new { date, place = "Kansliet", kind = "Ordinary" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Equal("Fältet 'date': Datumet måste ligga mellan 1900-01-01 och 2199-12-31.",
            JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("date")[0].GetString());
    }

    [Theory]
    [InlineData("0001-01-01", "Datum måste ligga mellan 1900-01-01 och 2199-12-31.")]
    [InlineData("9999-12-31", "Datum måste ligga mellan 1900-01-01 och 2199-12-31.")]
    [InlineData("2025-13-01", "Datum ska skrivas som ÅÅÅÅ-MM-DD, till exempel 2027-04-01.")]
    public async Task An_implausible_or_mistyped_date_on_a_page_is_named_not_called_missing(string date, string expected)
    {
        var a = await ArrangeAsync();
        var response = await a.Pages.PostFormAsync($"/forbund/{a.Association.Id}/sammantraden/ny", new Dictionary<string, string>
        {
            ["Input.Date"] = date, ["Input.Place"] = "Kansliet", ["Input.Kind"] = "Ordinary",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Datum måste anges", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_formation_date_on_the_edit_page_is_reported_as_mistyped_together_with_the_other_errors()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var pages = await app.Host.SignedInPageClientAsync(admin);
        var response = await pages.PostFormAsync($"/forbund/{association.Id}/redigera", new Dictionary<string, string>
        {
            ["Input.Name"] = string.Empty, ["Input.Code"] = association.Code, ["Input.OrganisationNumber"] = "222000-1834",
            ["Input.SeatMunicipalityCode"] = "0662", ["Input.FormedOn"] = "2020-02-30", ["Input.Version"] = "0",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("Bildat ska skrivas som ÅÅÅÅ-MM-DD, till exempel 2027-04-01.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Bildat datum måste anges.", html, StringComparison.Ordinal);
        Assert.Contains("Namn måste anges.", html, StringComparison.Ordinal);
    }
}
