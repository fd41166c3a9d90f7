using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Security;
using static Samordna.IntegrationTests.Governance.GovernanceTestData;

namespace Samordna.IntegrationTests.Governance;

/// <summary>Numbered decisions recorded at the same moment, and typed links, on both providers.</summary>
[Collection(AppCollection.Name)]
public sealed class ConcurrentDecisionTests(AppFixture app)
{
    [Fact]
    public async Task Twenty_decisions_recorded_at_once_get_twenty_distinct_numbers_and_never_a_500()
    {
        var association = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        var clients = new List<HttpClient>();
        for (var i = 0; i < 4; i++)
        {
            clients.Add(await app.Host.ApiClientAsync(admin));
        }

        var meeting = await CreateAsync(clients[0], $"/api/v1/associations/{association.Id}/meetings", new { date = "2025-05-20", place = "Kansliet", kind = "Ordinary" });
        var url = $"/api/v1/associations/{association.Id}/meetings/{meeting}/decisions";

        var responses = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            clients[i % clients.Count].PostAsJsonAsync(url, new { title = $"Beslut {i}", text = "Beslutas." })));

        foreach (var r in responses)
        {
            Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"{(int)r.StatusCode}: {await r.BodyAsync()}");
        }

        var created = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
        var register = await GetJsonAsync(clients[0], $"/api/v1/associations/{association.Id}/decisions?year=2025");
        var numbers = register.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("number").GetInt32()).Order().ToList();
        Assert.Equal(created, numbers.Count);
        Assert.Equal(Enumerable.Range(1, created), numbers);
        Assert.True(created >= 1, "At least one decision is saved.");
        foreach (var c in clients)
        {
            c.Dispose();
        }
    }

    [Fact]
    public async Task A_link_kind_with_no_target_takes_no_id_from_another_association()
    {
        var association = await app.Host.CreateAssociationAsync();
        var other = await app.Host.CreateAssociationAsync();
        var admin = await app.Host.CreateUserAsync(Role.AssociationAdministrator, association.Id);
        using var api = await app.Host.ApiClientAsync(admin);
        var meeting = await CreateAsync(api, $"/api/v1/associations/{association.Id}/meetings", new { date = "2025-05-20", place = "Kansliet", kind = "Ordinary" });
        var foreignCharter = await app.Host.CreateCharterVersionAsync(other.Id, new DateOnly(2025, 1, 1));

        foreach (var kind in new[] { "Budget", "FundingDecision", "Other" })
        {
            var response = await api.PostAsJsonAsync($"/api/v1/associations/{association.Id}/meetings/{meeting}/decisions",
                new { title = "Koppling", text = "Beslutas.", linkKind = kind, linkedId = foreignCharter, linkText = "något" });
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{kind}: {body}");
            Assert.Contains("linkedId", body, StringComparison.Ordinal);
        }
    }
}
