using System.Net;
using System.Text.Json;
using Samordna.TestSupport;

namespace Samordna.IntegrationTests.Registry;

/// <summary>"Vilket samordningsförbund hör min kommun till?" on the public overview and in the anonymous API: a link to each association, and a clear answer (never a 500) to any question.</summary>
[Collection(AppCollection.Name)]
public sealed class MunicipalitySearchPageTests(AppFixture app)
{
    [Fact]
    public async Task A_visitor_finds_the_association_of_a_municipality_by_part_of_its_name_and_follows_the_link()
    {
        var association = await app.Host.CreateAssociationAsync(municipalities: ["0662", "0617"], name: "Sökförbundet " + Guid.NewGuid().ToString("N")[..6]);
        using var anonymous = app.Host.NewClient();

        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/nationellt?kommun=GNOSJ%C3%96+kommun"));

        Assert.Contains("<strong>Gnosjö</strong> (Jönköpings län)", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/forbund/{association.Id}/om\">{association.Name}</a>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"GNOSJÖ kommun\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/forbund/{association.Id}/om")).StatusCode);
    }

    [Theory]
    [InlineData("Atlantis", "Ingen kommun har ett namn som innehåller ”Atlantis”")]
    [InlineData("", "Skriv namnet på kommunen")]
    [InlineData("%25%25%25", "Skriv kommunens namn med bokstäver")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "Ingen kommun har ett namn som innehåller ”&lt;script&gt;alert(1)&lt;/script&gt;”")]
    [InlineData("%27%20OR%201%3D1%20--", "Ingen kommun har ett namn som innehåller ”&#x27; OR 1=1 --”")]
    [InlineData("%00%E2%80%8B", "Skriv kommunens namn med bokstäver")]
    public async Task An_odd_question_gets_a_clear_Swedish_answer(string query, string expected)
    {
        using var anonymous = app.Host.NewClient();

        var response = await anonymous.GetAsync("/nationellt?kommun=" + query);
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_200_character_question_is_answered_with_the_limit_on_the_page_and_in_the_API()
    {
        using var anonymous = app.Host.NewClient();
        var query = Uri.EscapeDataString(new string('ö', 200));

        var page = await anonymous.GetAsync("/nationellt?kommun=" + query);
        var api = await anonymous.GetAsync("/api/v1/registry/municipalities?name=" + query);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Skriv högst 50 tecken", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#kommun\">Skriv högst 50 tecken", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("Skriv högst 50 tecken", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_answers_anonymously_with_the_municipalities_and_their_associations()
    {
        var association = await app.Host.CreateAssociationAsync(municipalities: ["0662", "0617"], name: "API-sökförbundet " + Guid.NewGuid().ToString("N")[..6]);
        using var anonymous = app.Host.NewClient();

        var result = await anonymous.JsonAsync("/api/v1/registry/municipalities?name=gislav");

        var match = Assert.Single(result.GetProperty("matches").EnumerateArray());
        Assert.Equal("Gislaved", match.GetProperty("name").GetString());
        Assert.Contains(match.GetProperty("associations").EnumerateArray(), a => a.GetProperty("id").GetGuid() == association.Id);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("problem").ValueKind);
    }
}
