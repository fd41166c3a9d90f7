using Samordna.TestSupport;
using Samordna.Web.Data;

namespace Samordna.IntegrationTests.Platform;

/// <summary>The production configuration refuses to start with demo data, demo users or a default password.</summary>
[Collection(AppCollection.Name)]
public sealed class ProductionSafetyTests(AppFixture app)
{
    [Fact]
    public void Production_refuses_to_start_with_demo_data_enabled()
    {
        using var database = TestDatabase.Create("Sqlite");
        var ex = Record.Exception(() =>
        {
            using var host = new SamordnaTestHost(database, new Dictionary<string, string?> { ["Demo:Enabled"] = "true" }, environment: "Production");
        });
        Assert.NotNull(ex);
        Assert.Contains("Demodata får inte användas i produktion", Flatten(ex), StringComparison.Ordinal);
    }

    [Fact]
    public void Production_refuses_to_start_on_a_database_with_demo_users()
    {
        using var database = TestDatabase.Create("Sqlite");
        using (new SamordnaTestHost(database, new Dictionary<string, string?> { ["Demo:Enabled"] = "true" }))
        {
            // Development-like start seeds the demo users into this database.
        }

        var ex = Record.Exception(() =>
        {
            using var host = new SamordnaTestHost(database, environment: "Production");
        });
        Assert.NotNull(ex);
        Assert.Contains("demoanvändare", Flatten(ex), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_starts_on_a_clean_database()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var host = new SamordnaTestHost(database, environment: "Production");
        using var client = host.NewClient();
        var response = await client.GetAsync("/health/ready");
        Assert.True(response.IsSuccessStatusCode, await response.BodyAsync());
        _ = app;
    }

    private static string Flatten(Exception ex)
    {
        var messages = new List<string>();
        for (var e = ex; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
            if (e is AggregateException agg)
            {
                messages.AddRange(agg.InnerExceptions.Select(i => i.Message));
            }
        }

        return string.Join(" | ", messages);
    }
}
