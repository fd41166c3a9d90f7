using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Platform;

/// <summary>Two people editing the same thing: the second save is answered with 409 and nothing is overwritten.</summary>
[Collection(AppCollection.Name)]
public sealed class EditConflictTests(AppFixture app)
{
    private static object Body(TestAssociation a, string name, long version) => new
    {
        name, code = a.Code, organisationNumber = TestData.OrganisationNumber(TestData.NextSerial()),
        seatMunicipalityCode = "0662", formedOn = "2015-01-01", version,
    };

    [Fact]
    public async Task Stale_version_in_the_api_gets_409_and_keeps_the_first_change()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var read = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/associations/{association.Id}")).RootElement;
        var version = read.GetProperty("version").GetInt64();

        var first = await api.PutAsJsonAsync($"/api/v1/associations/{association.Id}", Body(association, "Första namnet", version));
        Assert.True(first.StatusCode == HttpStatusCode.OK, await first.BodyAsync());
        var second = await api.PutAsJsonAsync($"/api/v1/associations/{association.Id}", Body(association, "Andra namnet", version));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("CONCURRENCY_CONFLICT", problem.GetProperty("code").GetString());
        var now = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/associations/{association.Id}")).RootElement;
        Assert.Equal("Första namnet", now.GetProperty("name").GetString());
        Assert.Equal(version + 1, now.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Stale_form_gets_409_with_the_users_input_kept()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var pages = await app.Host.SignedInPageClientAsync(admin);
        using var api = await app.Host.ApiClientAsync(admin);
        var url = $"/forbund/{association.Id}/redigera";
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = "Mitt formulärnamn",
            ["Input.Code"] = association.Code,
            ["Input.OrganisationNumber"] = TestData.OrganisationNumber(TestData.NextSerial()),
            ["Input.SeatMunicipalityCode"] = "0662",
            ["Input.FormedOn"] = "2015-01-01",
            ["Input.Version"] = "0",
        };
        var meanwhile = await api.PutAsJsonAsync($"/api/v1/associations/{association.Id}", Body(association, "Någon annans namn", 0));
        Assert.True(meanwhile.IsSuccessStatusCode, await meanwhile.BodyAsync());

        var response = await pages.PostFormAsync(url, fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Någon annan har ändrat uppgifterna", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Mitt formulärnamn\"", html, StringComparison.Ordinal);
    }
}
