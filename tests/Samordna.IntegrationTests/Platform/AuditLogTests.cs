using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Platform;

[Collection(AppCollection.Name)]
public sealed class AuditLogTests(AppFixture app)
{
    [Fact]
    public async Task A_change_is_logged_with_who_and_before_and_after_and_the_auditor_can_read_it()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        var auditor = await app.Host.CreateUserAsync(Role.Auditor, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var update = await api.PutAsJsonAsync($"/api/v1/associations/{association.Id}", new
        {
            name = "Nytt namn i loggen", code = association.Code, organisationNumber = TestData.OrganisationNumber(TestData.NextSerial()),
            seatMunicipalityCode = "0662", formedOn = "2015-01-01", version = 0,
        });
        Assert.True(update.IsSuccessStatusCode, await update.BodyAsync());

        using var auditorApi = await app.Host.ApiClientAsync(auditor);
        var response = await auditorApi.GetAsync($"/api/v1/associations/{association.Id}/audit");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.BodyAsync());
        var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("items");
        var change = items.EnumerateArray().First(i => i.GetProperty("action").GetString() == "Modified" && i.GetProperty("entityType").GetString() == "Association");
        Assert.Equal("Test Förbundsadministratör", change.GetProperty("actor").GetString());
        var changes = JsonDocument.Parse(change.GetProperty("changes").GetString()!).RootElement;
        Assert.Equal(association.Name, changes.GetProperty("Name").GetProperty("before").GetString());
        Assert.Equal("Nytt namn i loggen", changes.GetProperty("Name").GetProperty("after").GetString());

        using var auditorPages = await app.Host.SignedInPageClientAsync(auditor);
        var page = await auditorPages.GetStringAsync($"/forbund/{association.Id}/granskningslogg");
        Assert.Contains("Nytt namn i loggen", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_board_member_cannot_read_the_audit_log()
    {
        var association = await app.Host.CreateAssociationAsync();
        var board = await app.Host.CreateUserAsync(Role.BoardMember, association.Id);
        using var api = await app.Host.ApiClientAsync(board);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync($"/api/v1/associations/{association.Id}/audit")).StatusCode);
    }
}
