using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Registry;

/// <summary>The import page takes a file without JavaScript; an applied import is audited, a failed one changes nothing.</summary>
[Collection(AppCollection.Name)]
public sealed class RegisterUploadTests(AppFixture app)
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient pages, string csv, bool dryRun = false)
    {
        var page = await (await pages.GetAsync("/nationellt/register")).Content.ReadAsStringAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Clients.AntiforgeryToken(page)!), "__af" },
            { new StringContent(dryRun ? "true" : "false"), "Input.DryRun" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Input.File", "register.csv");
        return await pages.PostAsync("/nationellt/register", form);
    }

    private static string Csv(string code, string orgnr, params string[] members) =>
        "Förbundskod;Förbund;Organisationsnummer;Säte;Bildat;Upphörde;Medlemskod;Medlem från;Medlem till\n"
        + string.Concat(members.Select(m => $"{code};Uppladdat förbund {code};{orgnr};0683;2019-01-01;;{m};2019-01-01;\n"));

    [Fact]
    public async Task A_clean_upload_is_applied_and_every_changed_row_is_audited_with_the_importer()
    {
        var national = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        using var pages = await app.Host.SignedInPageClientAsync(national);
        var code = $"upp-{TestData.NextSerial()}-{Guid.NewGuid().ToString("N")[..6]}";
        var csv = Csv(code, TestData.OrganisationNumber(TestData.NextSerial()), "FK", "AF", "R06", "0683");

        var dry = await UploadAsync(pages, csv, dryRun: true);
        var dryHtml = await dry.Content.ReadAsStringAsync();
        Assert.True(dry.StatusCode == HttpStatusCode.OK, dryHtml);
        Assert.Contains("Provkörning utan fel", dryHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(code, await (await pages.GetAsync("/nationellt?asOf=2020-01-01")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var applied = await UploadAsync(pages, csv);
        Assert.True(applied.StatusCode == HttpStatusCode.Redirect, await applied.BodyAsync());
        var page = await pages.GetStringAsync("/nationellt/register");
        Assert.Contains("Registret är importerat: 1 nya och 0 ändrade förbund, 4 nya", page, StringComparison.Ordinal);
        Assert.Contains("register.csv", page, StringComparison.Ordinal);

        using var api = await app.Host.ApiClientAsync(national);
        var associations = await api.JsonAsync("/api/v1/associations");
        var id = associations.EnumerateArray().Single(a => a.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();
        var log = (await api.JsonAsync($"/api/v1/associations/{id}/audit")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, log.Count(e => e.GetProperty("entityType").GetString() == "Membership" && e.GetProperty("action").GetString() == "Added"));
        Assert.All(log, e => Assert.Equal("Test Nationell administratör", e.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task An_upload_with_errors_lists_every_bad_row_and_adds_nothing()
    {
        var national = await app.Host.CreateUserAsync(Role.NationalAdministrator);
        using var pages = await app.Host.SignedInPageClientAsync(national);
        var code = $"fel-{TestData.NextSerial()}-{Guid.NewGuid().ToString("N")[..6]}";
        var csv = Csv(code, TestData.OrganisationNumber(TestData.NextSerial()), "FK", "AF", "R99", "0683", "ZZ");

        var response = await UploadAsync(pages, csv);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Filen har 2 fel och har inte importerats. Inget i registret har ändrats.", html, StringComparison.Ordinal);
        Assert.Contains("Rad 4: Medlemskoden &quot;R99&quot; finns inte i registret", html, StringComparison.Ordinal);
        Assert.Contains("Rad 6: Medlemskoden &quot;ZZ&quot; finns inte i registret", html, StringComparison.Ordinal);
        using var api = await app.Host.ApiClientAsync(national);
        Assert.DoesNotContain(code, (await api.JsonAsync("/api/v1/associations")).ToString(), StringComparison.Ordinal);
    }
}
