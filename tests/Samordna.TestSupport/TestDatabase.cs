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
            using var conn = new NpgsqlConnection(_postgresAdmin);
            conn.Open();
            using var cmd = conn.CreateCommand();
            cmd.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)";
            cmd.ExecuteNonQuery();
        }
    }
}
