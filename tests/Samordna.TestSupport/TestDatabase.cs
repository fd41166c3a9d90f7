using Npgsql;

namespace Samordna.TestSupport;

/// <summary>
/// Which database a test run uses. The test script runs the same integration suite twice:
/// SAMORDNA_TEST_PROVIDER=Sqlite (a temporary file) and =Postgres with SAMORDNA_TEST_POSTGRES pointing at the
/// server it started. Each host run gets a database of its own, dropped at the end.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string ProviderVariable = "SAMORDNA_TEST_PROVIDER";
    public const string PostgresVariable = "SAMORDNA_TEST_POSTGRES";

    private readonly string? _sqlitePath;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresDatabase;

    private TestDatabase(string provider, string connectionString, string? sqlitePath, string? postgresAdmin, string? postgresDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqlitePath = sqlitePath;
        _postgresAdmin = postgresAdmin;
        _postgresDatabase = postgresDatabase;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => Provider == "Postgres";

    public static string ConfiguredProvider =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "Postgres", StringComparison.OrdinalIgnoreCase) ? "Postgres" : "Sqlite";

    public static TestDatabase Create(string? provider = null)
    {
        provider ??= ConfiguredProvider;
        if (provider == "Postgres")
        {
            var admin = Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException($"{ProviderVariable}=Postgres needs {PostgresVariable} (a connection string to a server where the role may create databases). scripts/test.sh starts one.");
            var name = "samordna_test_" + Guid.NewGuid().ToString("N")[..12];
            using (var conn = new NpgsqlConnection(admin))
            {
                conn.Open();
                using var cmd = conn.CreateCommand();
                cmd.CommandText = $"CREATE DATABASE \"{name}\"";
                cmd.ExecuteNonQuery();
            }

            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
            return new TestDatabase("Postgres", builder.ConnectionString, null, admin, name);
        }

        var path = Path.Combine(Path.GetTempPath(), $"samordna-test-{Guid.NewGuid():N}.db");
        return new TestDatabase("Sqlite", $"Data Source={path}", path, null, null);
    }

    public void Dispose()
    {
        if (_sqlitePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                try
                {
                    File.Delete(_sqlitePath + suffix);
                }
                catch (IOException)
                {
                }
            }
        }

        if (_postgresAdmin is not null && _postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            DropPostgresDatabase(_postgresAdmin, _postgresDatabase);
        }
    }

    /// <summary>
    /// Drops the run's database. WITH (FORCE) refuses (42501) when it meets a process the role may not signal; on
    /// PostgreSQL before 16 that includes an autovacuum worker that happens to be in the database. The test server
    /// runs without autovacuum (scripts/pg-start.sh), and a refused drop is tried again: the worker finishes
    /// in moments. The server is thrown away after the run, so a drop that still fails is reported, not a failure
    /// of the test that used the database.
    /// </summary>
    private static void DropPostgresDatabase(string admin, string database)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var conn = new NpgsqlConnection(admin);
                conn.Open();
                using var cmd = conn.CreateCommand();
                cmd.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
                cmd.ExecuteNonQuery();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege || e.SqlState == PostgresErrorCodes.ObjectInUse)
            {
                if (attempt == 10)
                {
                    Console.Error.WriteLine($"Test database {database} was left on the throwaway server: {e.MessageText}");
                    return;
                }

                Thread.Sleep(200 * attempt);
            }
        }
    }
}
