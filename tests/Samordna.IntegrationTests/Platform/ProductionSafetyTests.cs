using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Samordna.Web.Infrastructure.Security;
using Samordna.TestSupport;

namespace Samordna.IntegrationTests.Platform;

/// <summary>
/// The production configuration refuses to start with demo data, demo users or a default password, on every start
/// path (also when migrations are pending), and says so in Swedish on standard error with a non-zero exit code.
/// Refusals are tested on the built app as its own process, the way an operator meets them.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ProductionSafetyTests(AppFixture app)
{
    [Fact]
    public async Task Production_refuses_to_start_with_demo_data_enabled()
    {
        using var database = TestDatabase.Create("Sqlite");
        var outcome = await AppProcess.RunAsync(ProductionStart.ProductionEnvironment(database, ("Demo__Enabled", "true")));
        ProductionStart.AssertRefused(outcome, "Demodata får inte användas i produktion");
    }

    [Fact]
    public async Task Production_refuses_to_start_on_a_database_with_demo_users()
    {
        using var database = TestDatabase.Create("Sqlite");
        await ProductionStart.SeedDemoUserAsync(database);
        var outcome = await AppProcess.RunAsync(ProductionStart.ProductionEnvironment(database));
        ProductionStart.AssertRefused(outcome, "demoanvändare");
    }

    [Fact]
    public async Task Production_refuses_demo_users_also_when_a_migration_is_pending()
    {
        using var database = TestDatabase.Create("Sqlite");
        await ProductionStart.SeedDemoUserAsync(database);
        using (var connection = new SqliteConnection(database.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM platform_ef_migrations WHERE MigrationId = (SELECT MAX(MigrationId) FROM platform_ef_migrations)";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        SqliteConnection.ClearAllPools();
        var outcome = await AppProcess.RunAsync(ProductionStart.ProductionEnvironment(database));
        ProductionStart.AssertRefused(outcome, "demoanvändare");
    }

    [Fact]
    public async Task Production_starts_on_a_clean_database()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var host = new SamordnaTestHost(database, new Dictionary<string, string?> { ["DataProtection:AllowUnencryptedKeys"] = "true" }, environment: "Production");
        using var client = host.NewClient();
        var response = await client.GetAsync("/health/ready");
        Assert.True(response.IsSuccessStatusCode, await response.BodyAsync());
        _ = app;
    }

    /// <summary>A development-like start seeds the demo users into the database, then stops.</summary>
}

/// <summary>Starting the built app as a production process, and what a refused start looks like.</summary>
internal static class ProductionStart
{
    /// <summary>
    /// A migrated database with one user marked as a demo user, which is what the production check looks for
    /// (<c>AppUser.IsDemo</c>); the whole demo data set took 35–45 s to seed for each test that needs this.
    /// </summary>
    internal static async Task SeedDemoUserAsync(TestDatabase database)
    {
        await using (var host = new SamordnaTestHost(database))
        {
            var user = await host.CreateUserAsync(Role.NationalAdministrator);
            await host.WithDbAsync(async db =>
            {
                var stored = await db.Users.SingleAsync(u => u.Id == user.Id);
                stored.IsDemo = true;
                return await db.SaveChangesAsync();
            });
        }

        SqliteConnection.ClearAllPools();
    }

    internal static Dictionary<string, string?> ProductionEnvironment(TestDatabase database, params (string Key, string? Value)[] extra)
    {
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = database.Provider,
            ["Database__ConnectionString"] = database.ConnectionString,
            ["Security__RequireHttpsCookies"] = "false",
            ["DataProtection__AllowUnencryptedKeys"] = "true",
        };
        foreach (var (key, value) in extra)
        {
            environment[key] = value;
        }

        return environment;
    }

    /// <summary>Refused: the process ended by itself, non-zero, with the Swedish reason on stderr and no stack trace.</summary>
    internal static void AssertRefused(AppProcess.Outcome outcome, string reason)
    {
        Assert.True(outcome.Exited, "The app started and kept running instead of refusing.\n" + outcome);
        Assert.True(outcome.ExitCode != 0, outcome.ToString());
        Assert.Contains("Samordna startar inte", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains(reason, outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", outcome.StandardError + outcome.StandardOutput, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", outcome.StandardError + outcome.StandardOutput, StringComparison.Ordinal);
    }
}

/// <summary>Operator commands serve no requests; in production 'migrate' still runs the check and warns.</summary>
[Collection(AppCollection.Name)]
public sealed class ProductionCommandTests(AppFixture app)
{
    [Fact]
    public async Task Migrate_in_production_warns_that_the_web_start_will_be_refused_over_demo_users()
    {
        using var database = TestDatabase.Create("Sqlite");
        await ProductionStart.SeedDemoUserAsync(database);
        var outcome = await AppProcess.RunAsync(ProductionStart.ProductionEnvironment(database), ["migrate"]);
        Assert.True(outcome.Exited && outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("Varning: webbappen kommer att vägra starta i produktion", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("demoanvändare", outcome.StandardOutput, StringComparison.Ordinal);
        _ = app;
    }

    [Fact]
    public async Task Migrate_on_a_fresh_database_logs_no_error_and_counts_in_Swedish()
    {
        using var database = TestDatabase.Create();
        var outcome = await AppProcess.RunAsync(ProductionStart.ProductionEnvironment(database), ["migrate"]);

        Assert.True(outcome.Exited && outcome.ExitCode == 0, outcome.ToString());
        var all = outcome.StandardOutput + outcome.StandardError;
        Assert.DoesNotContain("\"LogLevel\":\"Error\"", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Failed executing", all, StringComparison.Ordinal);
        Assert.Matches(@"Tillämpade (?:[2-9]|[1-9]\d+) migreringar: ", outcome.StandardOutput);
        Assert.DoesNotContain("(ar)", all, StringComparison.Ordinal);
    }
}
