using System.Net.Http.Json;
using System.Text.Json;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.IntegrationTests.Registry;

/// <summary>Changes to members and charter reach the audit log with who made them.</summary>
[Collection(AppCollection.Name)]
public sealed class RegistryAuditTests(AppFixture app)
{
    [Fact]
    public async Task A_join_an_exit_a_charter_version_and_a_decision_appear_in_the_audit_log()
    {
        var association = await app.Host.CreateAssociationAsync(municipalities: ["0662", "0617"]);
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        var auditor = await app.Host.CreateUserAsync(Role.Auditor, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        await api.PostOkAsync($"/api/v1/associations/{association.Id}/members", new { organisationCode = "0683", effectiveDate = "2020-01-01" });
        var membership = await app.Host.MembershipIdAsync(association.Id, "0617");
        await api.PostOkAsync($"/api/v1/associations/{association.Id}/members/{membership}/exit", new { noticeDate = "2020-03-01", version = 0 });
        var version = (await api.PostOkAsync($"/api/v1/associations/{association.Id}/charter", new { validFrom = "2021-01-01" })).GetProperty("id").GetGuid();
        await api.PostOkAsync($"/api/v1/associations/{association.Id}/charter/{version}/decisions", new { organisationCode = "FK", decidedOn = "2020-11-01" });

        using var auditorApi = await app.Host.ApiClientAsync(auditor);
        var items = (await auditorApi.JsonAsync($"/api/v1/associations/{association.Id}/audit")).GetProperty("items").EnumerateArray().ToList();
        // The rows the test data helpers made through the use cases are logged too, as made by UseCases.ActorName; these are the administrator's.
        int Entries(string type, string action) =>
            items.Count(i => i.GetProperty("entityType").GetString() == type && i.GetProperty("action").GetString() == action
                && i.GetProperty("actor").GetString() == "Test Förbundsadministratör");

        Assert.Equal(1, Entries("Membership", "Added"));
        Assert.Equal(1, Entries("Membership", "Modified"));
        Assert.Equal(2, Entries("MembershipEvent", "Added"));
        Assert.Equal(1, Entries("CharterVersion", "Added"));
        Assert.Equal(1, Entries("CharterMemberDecision", "Added"));
        var exitChange = items.First(i => i.GetProperty("entityType").GetString() == "Membership" && i.GetProperty("action").GetString() == "Modified");
        var validTo = exitChange.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "ValidTo");
        Assert.Equal("Gäller till", validTo.GetProperty("field").GetString());
        Assert.Equal("2023-02-28", validTo.GetProperty("after").GetString());
    }
}
