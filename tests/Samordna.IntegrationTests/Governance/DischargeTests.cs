using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;
using static Samordna.IntegrationTests.Governance.GovernanceTestData;

namespace Samordna.IntegrationTests.Governance;

/// <summary>Discharge (ansvarsfrihet): each member decides separately for each year.</summary>
[Collection(AppCollection.Name)]
public sealed class DischargeTests(AppFixture app)
{
    [Fact]
    public async Task Each_member_s_decision_is_recorded_separately_and_the_rest_show_as_not_recorded()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var url = $"/api/v1/associations/{association.Id}/discharges";

        await CreateAsync(api, url, new { year = 2024, organisationId = association.Members["0662"], outcome = "Granted", decidedOn = "2025-04-24" });
        await CreateAsync(api, url, new { year = 2024, organisationId = association.Members["0617"], outcome = "Refused", decidedOn = "2025-05-02", note = "KF § 45" });
        await CreateAsync(api, url, new { year = 2024, organisationId = association.Members["R06"], outcome = "Pending" });

        var overview = await GetJsonAsync(api, $"{url}?year=2024");
        Assert.Equal(1, overview.GetProperty("granted").GetInt32());
        Assert.Equal(1, overview.GetProperty("refused").GetInt32());
        Assert.Equal(1, overview.GetProperty("pending").GetInt32());
        Assert.Equal(2, overview.GetProperty("notRecorded").GetInt32());
        var refused = overview.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("organisationId").GetGuid() == association.Members["0617"]);
        Assert.Equal("Vägrad", refused.GetProperty("outcomeName").GetString());
        Assert.Equal("KF § 45", refused.GetProperty("note").GetString());
    }

    [Fact]
    public async Task A_second_record_for_the_same_member_and_year_is_a_conflict()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var url = $"/api/v1/associations/{association.Id}/discharges";
        await CreateAsync(api, url, new { year = 2024, organisationId = association.Members["FK"], outcome = "Pending" });

        var again = await api.PostAsJsonAsync(url, new { year = 2024, organisationId = association.Members["FK"], outcome = "Granted", decidedOn = "2025-05-01" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("GOVERNANCE_DUPLICATE_DISCHARGE", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discharge_is_decided_after_the_year_and_a_decided_outcome_needs_its_date()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var url = $"/api/v1/associations/{association.Id}/discharges";

        var early = await api.PostAsJsonAsync(url, new { year = 2024, organisationId = association.Members["0662"], outcome = "Granted", decidedOn = "2024-12-31" });
        var undated = await api.PostAsJsonAsync(url, new { year = 2024, organisationId = association.Members["0662"], outcome = "Granted" });
        var outsider = await api.PostAsJsonAsync(url, new { year = 2014, organisationId = association.Members["0662"], outcome = "Pending" });

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("2025-01-01 eller senare", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, undated.StatusCode);
        Assert.Equal("Beslutsdatum måste anges.", JsonDocument.Parse(await undated.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("decidedOn")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, outsider.StatusCode);
        Assert.Contains("inte medlem i förbundet under 2014", await outsider.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pending_discharge_is_later_granted_and_a_stale_change_gets_409()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var url = $"/api/v1/associations/{association.Id}/discharges";
        var id = await CreateAsync(api, url, new { year = 2024, organisationId = association.Members["AF"], outcome = "Pending" });

        var granted = await api.PutAsJsonAsync($"{url}/{id}", new { outcome = "Granted", decidedOn = "2025-06-10", version = 0 });
        var stale = await api.PutAsJsonAsync($"{url}/{id}", new { outcome = "Refused", decidedOn = "2025-06-11", version = 0 });

        Assert.True(granted.IsSuccessStatusCode, await granted.BodyAsync());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Granted", (await GetJsonAsync(api, $"{url}/{id}")).GetProperty("outcome").GetString());
    }
}
