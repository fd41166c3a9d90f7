using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Npgsql;
using Samordna.Web.Infrastructure.Cli;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Infrastructure.Backup;

/// <summary>The operator commands of this folder; registered by <see cref="AddBackupCommands"/>.</summary>
public static class BackupCommandRegistration
{
    public static IServiceCollection AddBackupCommands(this IServiceCollection services)
    {
        services.AddSingleton<IOperatorCommand, ExportAllCommand>();
        services.AddSingleton<IOperatorCommand, ImportAllCommand>();
        services.AddSingleton<IOperatorCommand, TransferCommand>();
        services.AddSingleton<IOperatorCommand, BackupCommand>();
        services.AddSingleton<IOperatorCommand, RestoreCommand>();
        return services;
    }
}

/// <summary><c>export-all --out DIR</c>: the logical export of every table.</summary>
public sealed class ExportAllCommand : IOperatorCommand
{
    public string Name => "export-all";

    public string Summary => "Skriver alla tabeller som JSON-rader (en fil per tabell) och manifest.json, oberoende av databas.";

    public string Usage => "export-all --out <katalog>";

    public async Task<int> RunAsync(IServiceProvider services, CliArguments args, TextWriter output, CancellationToken ct)
    {
        var directory = args.Option("out");
        if (string.IsNullOrWhiteSpace(directory))
        {
            await output.WriteLineAsync("Ange --out <katalog>.");
            return 2;
        }

        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            await output.WriteLineAsync($"Katalogen {directory} är inte tom. Välj en ny katalog.");
            return 1;
        }

        return await BackupRun.GuardAsync(output, async () =>
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var manifest = await LogicalDump.ExportAsync(db, directory, line => output.WriteLine("  " + line), ct);
            await output.WriteLineAsync($"Exporterade {BackupRun.Summary(manifest)} till {directory} (schemaversion {manifest.SchemaVersion}).");
        });
    }
}

/// <summary><c>import-all DIR</c>: loads a logical export into the configured, empty database.</summary>
public sealed class ImportAllCommand : IOperatorCommand
{
    public string Name => "import-all";

    public string Summary => "Läser in en export från export-all i en tom databas (migrerar först), allt eller inget.";

    public string Usage => "import-all <katalog>";

    public async Task<int> RunAsync(IServiceProvider services, CliArguments args, TextWriter output, CancellationToken ct)
    {
        if (args.Positional.Count != 1)
        {
            await output.WriteLineAsync("Ange katalogen med exporten: import-all <katalog>.");
            return 2;
        }

        return await BackupRun.GuardAsync(output, async () =>
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var manifest = await LogicalDump.ReadManifestAsync(args.Positional[0], ct);
            await LogicalDump.ImportAsync(db, args.Positional[0], line => output.WriteLine("  " + line), ct);
            await output.WriteLineAsync($"Läste in {BackupRun.Summary(manifest)} (schemaversion {manifest.SchemaVersion}).");
        });
    }
}

/// <summary><c>transfer --to-provider Postgres --to-connection …</c>: export from the configured database, import into another.</summary>
public sealed class TransferCommand : IOperatorCommand
{
    public string Name => "transfer";

    public string Summary => "Flyttar alla data (även dataskyddsnycklarna, så inloggningar gäller) från den konfigurerade databasen till en annan, tom databas.";

    public string Usage => "transfer --to-provider Postgres --to-connection \"Host=…;Database=…;Username=…;Password=…\"";

    public async Task<int> RunAsync(IServiceProvider services, CliArguments args, TextWriter output, CancellationToken ct)
    {
        var connection = args.Option("to-connection");
        if (!Enum.TryParse<DatabaseProvider>(args.Option("to-provider"), ignoreCase: true, out var provider) || string.IsNullOrWhiteSpace(connection))
        {
            await output.WriteLineAsync("Ange --to-provider (Postgres eller Sqlite) och --to-connection.");
            return 2;
        }

        return await BackupRun.GuardAsync(output, async () =>
        {
            var work = BackupRun.TemporaryDirectory();
            try
            {
                using var scope = services.CreateScope();
                var source = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                await output.WriteLineAsync("Läser från den konfigurerade databasen …");
                var manifest = await LogicalDump.ExportAsync(source, work, null, ct);
                await output.WriteLineAsync($"Skriver {SwedishCulture.Count(manifest.Tables.Count, "tabell", "tabeller")} till {provider} …");
                await using (var target = BackupDatabases.Open(provider, connection))
                {
                    await LogicalDump.ImportAsync(target, work, line => output.WriteLine("  " + line), ct);
                }

                await output.WriteLineAsync($"Klart: {BackupRun.Summary(manifest)} finns nu i {provider}-databasen. Peka om Database__Provider och Database__ConnectionString och starta appen.");
            }
            finally
            {
                BackupDatabases.ClearPools();
                Directory.Delete(work, recursive: true);
            }
        });
    }
}

/// <summary>
/// <c>backup --out FILE</c>: on SQLite a consistent copy of the database file taken with SQLite's online backup while
/// the app runs; on PostgreSQL the logical export in one zip file (pg_dump remains the server-side recipe, see the README).
/// </summary>
public sealed class BackupCommand : IOperatorCommand
{
    public string Name => "backup";

    public string Summary => "Tar en säkerhetskopia medan appen kör: SQLite-filen (online-backup) eller, på PostgreSQL, exporten som en zip-fil.";

    public string Usage => "backup --out <fil>";

    public async Task<int> RunAsync(IServiceProvider services, CliArguments args, TextWriter output, CancellationToken ct)
    {
        var file = args.Option("out");
        if (string.IsNullOrWhiteSpace(file))
        {
            await output.WriteLineAsync("Ange --out <fil>.");
            return 2;
        }

        if (File.Exists(file) || Directory.Exists(file))
        {
            await output.WriteLineAsync($"{file} finns redan. Välj ett nytt filnamn; en säkerhetskopia skrivs aldrig över.");
            return 1;
        }

        return await BackupRun.GuardAsync(output, async () =>
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (db.Database.GetDbConnection() is SqliteConnection)
            {
                await db.Database.OpenConnectionAsync(ct);
                try
                {
                    var source = (SqliteConnection)db.Database.GetDbConnection();
                    using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString);
                    destination.Open();
                    source.BackupDatabase(destination);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }

                var schema = LogicalDump.MigrationName((await db.Database.GetAppliedMigrationsAsync(ct)).Last());
                await output.WriteLineAsync($"Säkerhetskopian av SQLite-databasen är skriven till {file} (schemaversion {schema}).");
                return;
            }

            var work = BackupRun.TemporaryDirectory();
            try
            {
                var manifest = await LogicalDump.ExportAsync(db, work, null, ct);
                ZipFile.CreateFromDirectory(work, file, CompressionLevel.Optimal, includeBaseDirectory: false);
                await output.WriteLineAsync($"Säkerhetskopian ({BackupRun.Summary(manifest)}, schemaversion {manifest.SchemaVersion}) är skriven till {file}.");
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        });
    }
}

/// <summary>
/// <c>restore FILE</c>: a backup (SQLite file or zip) or an export directory into the configured, empty database of
/// either provider. A SQLite backup from an older version is upgraded on a temporary copy first.
/// </summary>
public sealed class RestoreCommand : IOperatorCommand
{
    public string Name => "restore";

    public string Summary => "Återställer en säkerhetskopia (SQLite-fil, zip-fil eller exportkatalog) till en tom databas.";

    public string Usage => "restore <fil eller katalog>";

    public async Task<int> RunAsync(IServiceProvider services, CliArguments args, TextWriter output, CancellationToken ct)
    {
        if (args.Positional.Count != 1)
        {
            await output.WriteLineAsync("Ange säkerhetskopian: restore <fil eller katalog>.");
            return 2;
        }

        var path = args.Positional[0];
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            await output.WriteLineAsync($"{path} finns inte.");
            return 1;
        }

        return await BackupRun.GuardAsync(output, async () =>
        {
            var work = BackupRun.TemporaryDirectory();
            try
            {
                using var scope = services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var dump = path;
                if (File.Exists(path))
                {
                    dump = Path.Combine(work, "export");
                    await UnpackAsync(path, dump, LogicalDump.KnownMigrations(db), ct);
                }

                var manifest = await LogicalDump.ReadManifestAsync(dump, ct);
                await LogicalDump.ImportAsync(db, dump, line => output.WriteLine("  " + line), ct);
                await output.WriteLineAsync($"Återställde {BackupRun.Summary(manifest)} från {path} (schemaversion {manifest.SchemaVersion}).");
            }
            finally
            {
                BackupDatabases.ClearPools();
                Directory.Delete(work, recursive: true);
            }
        });
    }

    private static async Task UnpackAsync(string file, string dump, IReadOnlyList<string> known, CancellationToken ct)
    {
        var head = new byte[16];
        await using (var stream = File.OpenRead(file))
        {
            _ = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        }

        if (head[0] == (byte)'P' && head[1] == (byte)'K')
        {
            ZipFile.ExtractToDirectory(file, dump);
            return;
        }

        if (!System.Text.Encoding.ASCII.GetString(head).StartsWith("SQLite format 3", StringComparison.Ordinal))
        {
            throw new DumpRefusedException($"{file} är varken en SQLite-databas eller en zip-fil från backup.");
        }

        // Work on a copy: the backup itself is never changed, and an older one is upgraded before it is read.
        var copy = Path.Combine(Path.GetDirectoryName(dump)!, "backup.db");
        File.Copy(file, copy);
        await using var source = BackupDatabases.Open(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ConnectionString);
        var applied = (await source.Database.GetAppliedMigrationsAsync(ct)).Select(LogicalDump.MigrationName).ToList();
        if (applied.Count == 0)
        {
            throw new DumpRefusedException($"{file} innehåller ingen Samordna-databas.");
        }

        if (applied.FirstOrDefault(m => !known.Contains(m, StringComparer.Ordinal)) is { } newer)
        {
            throw new DumpRefusedException($"Säkerhetskopian kommer från en nyare version av Samordna: schemaversionen {newer} finns inte i den här versionen (senaste är {known[^1]}). Uppgradera Samordna och försök igen.");
        }

        await PendingMigrations.MigrateAsync(source, ct);
        await LogicalDump.ExportAsync(source, dump, null, ct);
    }
}

/// <summary>Contexts on a database other than the configured one (the transfer target, a backup file being read).</summary>
public static class BackupDatabases
{
    public static AppDbContext Open(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Postgres => new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>()
            .UseNpgsql(connectionString, x => x.MigrationsHistoryTable("platform_ef_migrations")).Options),
        _ => new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite(connectionString, x => x.MigrationsHistoryTable("platform_ef_migrations")).Options),
    };

    public static void ClearPools()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }
}

internal static class BackupRun
{
    /// <summary>A refusal is the operator's to fix: its Swedish sentence and exit code 1, no stack trace.</summary>
    public static async Task<int> GuardAsync(TextWriter output, Func<Task> work)
    {
        try
        {
            await work();
            return 0;
        }
        catch (DumpRefusedException refused)
        {
            await output.WriteLineAsync(refused.Message);
            return 1;
        }
    }

    public static string Summary(DumpManifest manifest) =>
        $"{SwedishCulture.Count(manifest.Tables.Count, "tabell", "tabeller")} med {SwedishCulture.Count((int)Math.Min(int.MaxValue, manifest.Tables.Sum(t => t.Rows)), "rad", "rader")}";

    public static string TemporaryDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "samordna-backup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
