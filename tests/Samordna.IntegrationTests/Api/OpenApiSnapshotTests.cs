using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Samordna.IntegrationTests.Security;
using Samordna.TestSupport;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.IntegrationTests.Api;

/// <summary>The OpenAPI document is a reviewed artefact: any change of the API's surface fails this test until the snapshot is updated.</summary>
[Collection(AppCollection.Name)]
public sealed class OpenApiSnapshotTests(AppFixture app)
{
    [Fact]
    public async Task The_OpenAPI_document_matches_the_checked_in_snapshot()
    {
        using var client = app.Host.NewClient();
        var actual = OpenApiSnapshot.Normalise(await client.GetStringAsync("/openapi/v1.json"));
        var path = OpenApiSnapshot.PathOfSnapshot();
        if (Environment.GetEnvironmentVariable(OpenApiSnapshot.UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, actual);
        }

        Assert.True(File.Exists(path), $"No snapshot at {path}; run once with {OpenApiSnapshot.UpdateVariable}=1.");
        var differences = OpenApiSnapshot.Differences(await File.ReadAllTextAsync(path), actual);
        Assert.True(differences.Count == 0,
            $"The API changed. If intended, run the tests with {OpenApiSnapshot.UpdateVariable}=1 and commit {path}.\n" + string.Join("\n", differences.Take(40)));
    }

    [Fact]
    public async Task A_changed_response_type_shows_as_a_difference()
    {
        var snapshot = await File.ReadAllTextAsync(OpenApiSnapshot.PathOfSnapshot());
        var changed = JsonNode.Parse(snapshot)!;
        var ok = changed["paths"]!["/api/v1/associations/{associationId}/members"]!["get"]!["responses"]!["200"]!;
        ok["content"]!["application/json"]!["schema"] = new JsonObject { ["type"] = "string" };

        var differences = OpenApiSnapshot.Differences(snapshot, changed.ToJsonString());

        Assert.Contains(differences, d => d.StartsWith("$.paths./api/v1/associations/{associationId}/members.get.responses.200.content.application/json.schema", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_endpoint_added_by_a_feature_area_shows_as_a_difference()
    {
        await using var host = new SamordnaTestHost(app.Database, services: s => s.AddSingleton<IFeatureArea>(new TestOnlyArea()));
        using var client = host.NewClient();
        var actual = OpenApiSnapshot.Normalise(await client.GetStringAsync("/openapi/v1.json"));

        var differences = OpenApiSnapshot.Differences(await File.ReadAllTextAsync(OpenApiSnapshot.PathOfSnapshot()), actual);

        Assert.Contains(differences, d => d.Contains("leaky-members", StringComparison.Ordinal) && d.EndsWith("tillagd", StringComparison.Ordinal));
    }
}
