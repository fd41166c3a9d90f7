using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Platform;

/// <summary>
/// An amount beyond what the öre count holds (92 233 720 368 547 758,07 kr) is a Swedish message on every way in, not
/// a 500: 10¹⁷ kr overflows the long, 10²⁷ kr overflows decimal while multiplying by 100, and 10²⁸ kr is near the top
/// of what decimal parses at all.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MoneyRangeTests(AppFixture app)
{
    private const int Year = 2027;

    public static TheoryData<string> TooLarge => ["100000000000000000", "1000000000000000000000000000", "10000000000000000000000000000"];

    [Theory]
    [MemberData(nameof(TooLarge))]
    public async Task The_budget_page_names_the_field(string kronor)
    {
        var association = await app.Host.CreateAssociationAsync();
        var office = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var pages = await app.Host.SignedInPageClientAsync(office);
        await pages.PostFormAsync($"/forbund/{association.Id}/ekonomi/budget/ny?ar={Year}", new Dictionary<string, string>());
        var html = await pages.GetStringAsync($"/forbund/{association.Id}/ekonomi/budget?ar={Year}");
        var edit = Regex.Match(html, @"href=""(/forbund/[^""]+/rader)""").Groups[1].Value;

        var response = await pages.PostFormAsync(edit, new Dictionary<string, string>
        {
            ["Input.Version"] = "0",
            ["Input.Lines[0].Category"] = "Board", ["Input.Lines[0].Label"] = "Styrelse", ["Input.Lines[0].Amount"] = kronor, ["Input.Lines[0].PlanYear1"] = "0", ["Input.Lines[0].PlanYear2"] = "0",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Clients.PlainText(await response.Content.ReadAsStringAsync());
        Assert.Contains("Budgetrad 1", text, StringComparison.Ordinal);
        Assert.Contains(kronor, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TooLarge))]
    public async Task A_ledger_file_names_the_row(string kronor)
    {
        var association = await app.Host.CreateAssociationAsync();
        using var api = await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));
        var csv = Encoding.UTF8.GetBytes($"Datum;Konto;Belopp\r\n2031-01-15;5010;100\r\n2031-01-15;1930;{kronor}");
        var response = await api.PostAsync($"/api/v1/associations/{association.Id}/ledger?dryRun=true", new ByteArrayContent(csv));
        var message = (await Clients.JsonAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("file")[0].GetString();
        Assert.StartsWith("Rad 3: beloppet ska vara kronor", message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TooLarge))]
    public async Task An_api_put_names_the_field_in_Swedish(string kronor)
    {
        var association = await app.Host.CreateAssociationAsync();
        using var api = await app.Host.ApiClientAsync(await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id));
        var url = $"/api/v1/associations/{association.Id}/budgets";
        var id = (await Clients.JsonAsync(await api.PostAsJsonAsync(url, new { year = Year }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var version = (await Clients.JsonAsync(await api.GetAsync($"{url}/{id}"), HttpStatusCode.OK)).GetProperty("version").GetInt64();

        var body = $"{{\"lines\":[{{\"category\":\"Board\",\"label\":\"Styrelse\",\"amount\":{kronor},\"planYear1\":0,\"planYear2\":0}}],\"version\":{version}}}";
        var response = await api.PutAsync($"{url}/{id}/lines", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, problem);
        var message = System.Text.Json.JsonDocument.Parse(problem).RootElement.GetProperty("errors").GetProperty("lines[0].amount")[0].GetString();
        Assert.StartsWith("Fältet 'lines[0].amount': Beloppet är för stort", message, StringComparison.Ordinal);
    }
}
