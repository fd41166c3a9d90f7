using System.Net;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Samordna.TestSupport;
using Samordna.Web.Data;
using Samordna.Web.Domain;
using Samordna.Web.Infrastructure.Backup;
using Samordna.Web.Infrastructure.Cli;
using Samordna.Web.Infrastructure.Security;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.IntegrationTests.Platform;

/// <summary>
/// backup, restore, export-all and import-all on the run's provider (ADR 0015): a backup restored into an empty
/// database gives, table by table, byte for byte the export taken when the backup was made.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class BackupTests(DemoDataFixture fixture)
{
    [Fact]
    public async Task Backup_then_change_then_restore_into_an_empty_database_gives_the_export_taken_before_the_change()
    {
        var host = fixture.Host;
        var work = BackupTestFiles.NewDirectory();
        try
        {
            var before = Path.Combine(work, "before");
            var (exportCode, exportOutput) = await BackupTestFiles.RunAsync(host.Services, new ExportAllCommand(), "--out", before);
            Assert.True(exportCode == 0, exportOutput);
            BackupTestFiles.AssertEveryAreaHasRows(before);

            // Every table an entity type of the model maps to is in the export (Identity and data-protection keys included).
            var exported = (await LogicalDump.ReadManifestAsync(before, default)).Tables.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
            var mapped = await host.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList()));
            Assert.Contains("auth_user", mapped);
            Assert.Contains("platform_data_protection_key", mapped);
            Assert.All(mapped, table => Assert.Contains(table, exported));

            var backup = Path.Combine(work, fixture.Database.IsPostgres ? "samordna.zip" : "samordna.db");
            var (backupCode, backupOutput) = await BackupTestFiles.RunAsync(host.Services, new BackupCommand(), "--out", backup);
            Assert.True(backupCode == 0, backupOutput);

            // The change after the backup: the restored database must not have it.
            await host.WithDbAsync(async db =>
            {
                var user = await db.Users.OrderBy(u => u.Email).FirstAsync();
                user.DisplayName += " (ändrad efter säkerhetskopian)";
                return await db.SaveChangesAsync();
            });
            var changed = Path.Combine(work, "changed");
            Assert.Equal(0, (await BackupTestFiles.RunAsync(host.Services, new ExportAllCommand(), "--out", changed)).Code);
            Assert.NotEmpty(BackupTestFiles.Differences(before, changed));

            using var empty = TestDatabase.Create();
            await using (var target = BackupTestFiles.ServicesOn(empty))
            {
                var (restoreCode, restoreOutput) = await BackupTestFiles.RunAsync(target, new RestoreCommand(), backup);
                Assert.True(restoreCode == 0, restoreOutput);
                Assert.Contains("Återställde", restoreOutput, StringComparison.Ordinal);

                var after = Path.Combine(work, "after");
                Assert.Equal(0, (await BackupTestFiles.RunAsync(target, new ExportAllCommand(), "--out", after)).Code);
                Assert.Empty(BackupTestFiles.Differences(before, after));
            }

            // import-all of the export directory itself gives the same.
            using var second = TestDatabase.Create();
            await using (var target = BackupTestFiles.ServicesOn(second))
            {
                var (importCode, importOutput) = await BackupTestFiles.RunAsync(target, new ImportAllCommand(), before);
                Assert.True(importCode == 0, importOutput);
                var imported = Path.Combine(work, "imported");
                Assert.Equal(0, (await BackupTestFiles.RunAsync(target, new ExportAllCommand(), "--out", imported)).Code);
                Assert.Empty(BackupTestFiles.Differences(before, imported));
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public async Task Restore_refuses_a_database_that_is_not_empty_and_a_backup_from_a_newer_schema()
    {
        var host = fixture.Host;
        var work = BackupTestFiles.NewDirectory();
        try
        {
            var export = Path.Combine(work, "export");
            Assert.Equal(0, (await BackupTestFiles.RunAsync(host.Services, new ExportAllCommand(), "--out", export)).Code);
            var rowsBefore = await host.WithDbAsync(db => db.Users.CountAsync());

            var (code, output) = await BackupTestFiles.RunAsync(host.Services, new RestoreCommand(), export);
            Assert.Equal(1, code);
            Assert.Contains("Måldatabasen är inte tom", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
            Assert.Equal(rowsBefore, await host.WithDbAsync(db => db.Users.CountAsync()));

            // A dump whose manifest names a migration this build does not have.
            var manifest = Path.Combine(export, LogicalDump.ManifestFile);
            var text = await File.ReadAllTextAsync(manifest);
            var schema = (await LogicalDump.ReadManifestAsync(export, default)).SchemaVersion;
            await File.WriteAllTextAsync(manifest, text
                .Replace($"\"schemaVersion\": \"{schema}\"", "\"schemaVersion\": \"Framtiden\"", StringComparison.Ordinal)
                .Replace($"\"{schema}\"\n  ]", $"\"{schema}\",\n    \"Framtiden\"\n  ]", StringComparison.Ordinal));
            Assert.Contains("Framtiden", await File.ReadAllTextAsync(manifest), StringComparison.Ordinal);

            using var empty = TestDatabase.Create();
            await using var target = BackupTestFiles.ServicesOn(empty);
            (code, output) = await BackupTestFiles.RunAsync(target, new RestoreCommand(), export);
            Assert.Equal(1, code);
            Assert.Contains("nyare version av Samordna: schemaversionen Framtiden", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);

            if (!fixture.Database.IsPostgres)
            {
                // The same for a SQLite backup file that a newer build has migrated.
                var backup = Path.Combine(work, "nyare.db");
                Assert.Equal(0, (await BackupTestFiles.RunAsync(host.Services, new BackupCommand(), "--out", backup)).Code);
                await using (var connection = new SqliteConnection($"Data Source={backup};Pooling=False"))
                {
                    await connection.OpenAsync();
                    await using var insert = connection.CreateCommand();
                    insert.CommandText = "INSERT INTO platform_ef_migrations (\"MigrationId\", \"ProductVersion\") VALUES ('29991231000000_Framtiden', '99.0.0')";
                    await insert.ExecuteNonQueryAsync();
                }

                (code, output) = await BackupTestFiles.RunAsync(target, new RestoreCommand(), backup);
                Assert.Equal(1, code);
                Assert.Contains("schemaversionen Framtiden finns inte", output, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}

/// <summary>The demo data on SQLite: the source of the transfer, on both test runs.</summary>
public sealed class TransferSourceFixture : HostFixture
{
    protected override string? Provider => "Sqlite";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Enabled"] = "true" };
}

/// <summary>
/// transfer from SQLite: on the PostgreSQL run into a new database on the run's real server (the case the command is
/// for), on the SQLite run into another SQLite file, so the test runs and can fail on both.
/// </summary>
public sealed class TransferTests(TransferSourceFixture fixture) : IClassFixture<TransferSourceFixture>
{
    [Fact]
    public async Task Transfer_keeps_every_row_every_money_sum_the_export_and_the_signed_in_user()
    {
        var source = fixture.Host;
        var user = await source.CreateUserAsync(Role.NationalAdministrator);
        using var signedIn = await source.SignedInPageClientAsync(user);
        var cookie = string.Join("; ", source.CookiesOf(signedIn).Select(c => $"{c.Name}={c.Value}"));

        using var target = TestDatabase.Create(TestDatabase.ConfiguredProvider);
        var provider = target.IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var (code, output) = await BackupTestFiles.RunAsync(source.Services, new TransferCommand(), "--to-provider", provider.ToString(), "--to-connection", target.ConnectionString);
        Assert.True(code == 0, output);
        Assert.Contains("auth_user: ", output, StringComparison.Ordinal);
        Assert.Contains("Klart:", output, StringComparison.Ordinal);

        var work = BackupTestFiles.NewDirectory();
        try
        {
            await using (var from = source.CreateScope())
            await using (var to = BackupDatabases.Open(provider, target.ConnectionString))
            {
                var db = from.ServiceProvider.GetRequiredService<AppDbContext>();
                var counts = await LogicalDump.CountRowsAsync(db, default);
                Assert.True(counts["auth_user"] > 1 && counts["platform_data_protection_key"] > 0);
                Assert.Equal(counts, await LogicalDump.CountRowsAsync(to, default));
                var money = await BackupTestFiles.MoneySumsAsync(db);
                Assert.Contains(money, m => m.Value != 0);
                Assert.Equal(money, await BackupTestFiles.MoneySumsAsync(to));

                await LogicalDump.ExportAsync(db, Path.Combine(work, "from"), null, default);
                await LogicalDump.ExportAsync(to, Path.Combine(work, "to"), null, default);
                Assert.Empty(BackupTestFiles.Differences(Path.Combine(work, "from"), Path.Combine(work, "to")));

                // A row added after the transfer gets an id past the loaded ones (PostgreSQL's identity sequences moved on).
                var key = new DataProtectionKey { FriendlyName = "efter-flytten", Xml = "<efter-flytten />" };
                to.DataProtectionKeys.Add(key);
                await to.SaveChangesAsync();
                Assert.True(key.Id > 0);
                to.DataProtectionKeys.Remove(key);
                await to.SaveChangesAsync();
            }

            // The app on the new database reads the same data-protection keys: the cookie still signs the user in.
            await using var moved = new SamordnaTestHost(target);
            using var client = moved.NewClient();
            var request = new HttpRequestMessage(HttpMethod.Get, "/konto");
            request.Headers.Add("Cookie", cookie);
            var page = await client.SendAsync(request);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{page.StatusCode} {page.Headers.Location}");

            using var stranger = moved.NewClient();
            Assert.NotEqual(HttpStatusCode.OK, (await stranger.GetAsync("/konto")).StatusCode);
            // Public pages on both instances, one after the other: on the PostgreSQL run they have different database
            // models in one process, and the public data version was once read by a query bound to the first model
            // it met, which answered every instance of the other with a 500.
            using var visitorOfSource = source.NewClient();
            foreach (var (visitor, path) in new[] { (stranger, "/"), (visitorOfSource, "/"), (stranger, "/insatser"), (visitorOfSource, "/insatser") })
            {
                var served = await visitor.GetAsync(path);
                Assert.True(served.StatusCode == HttpStatusCode.OK, $"{path}: {served.StatusCode} {await served.BodyAsync()}");
            }
        }
        finally
        {
            BackupDatabases.ClearPools();
            Directory.Delete(work, recursive: true);
        }
    }
}

internal static class BackupTestFiles
{
    public static string NewDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "samordna-backup-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static async Task<(int Code, string Output)> RunAsync(IServiceProvider services, IOperatorCommand command, params string[] args)
    {
        using var output = new StringWriter();
        var code = await command.RunAsync(services, new CliArguments(args), output, default);
        return (code, output.ToString());
    }

    /// <summary>What an operator command sees when the app is configured for <paramref name="database"/>: its context, nothing else.</summary>
    public static ServiceProvider ServicesOn(TestDatabase database)
    {
        var provider = database.IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        return new ServiceCollection()
            .AddScoped(_ => BackupDatabases.Open(provider, database.ConnectionString))
            .BuildServiceProvider();
    }

    /// <summary>Files that are missing on one side or differ in a byte; empty when the two exports are the same.</summary>
    public static List<string> Differences(string a, string b)
    {
        var names = Directory.GetFiles(a).Concat(Directory.GetFiles(b)).Select(Path.GetFileName).Distinct().Order(StringComparer.Ordinal);
        return names.Where(n =>
        {
            var left = Path.Combine(a, n!);
            var right = Path.Combine(b, n!);
            return !File.Exists(left) || !File.Exists(right) || !File.ReadAllBytes(left).AsSpan().SequenceEqual(File.ReadAllBytes(right));
        }).Select(n => n!).ToList();
    }

    /// <summary>The demo covers every area: a table of each has rows in the export (so the round trip is not of empty tables).</summary>
    public static void AssertEveryAreaHasRows(string export)
    {
        var manifest = LogicalDump.ReadManifestAsync(export, default).GetAwaiter().GetResult();
        foreach (var area in new[] { "auth_", "platform_audit", "platform_data_protection", "platform_document_content", "ref_", "registry_", "governance_", "allocation_", "interventions_" })
        {
            Assert.True(manifest.Tables.Any(t => t.Name.StartsWith(area, StringComparison.Ordinal) && t.Rows > 0), $"No rows in any {area}* table");
        }
    }

    /// <summary>SUM of every money column (every <see cref="Sek"/> property of the model), by table and column.</summary>
    public static async Task<SortedDictionary<string, long>> MoneySumsAsync(AppDbContext db)
    {
        var sums = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var helper = db.GetService<Microsoft.EntityFrameworkCore.Storage.ISqlGenerationHelper>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null)
            {
                continue;
            }

            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties().Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) == typeof(Sek)))
            {
                var column = property.GetColumnName(store)!;
                var sql = $"SELECT CAST(COALESCE(SUM({helper.DelimitIdentifier(column)}), 0) AS BIGINT) AS \"Value\" FROM {helper.DelimitIdentifier(table)}";
                var sum = await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
                sums[$"{table}.{column}"] = sum;
            }
        }

        return sums;
    }
}
