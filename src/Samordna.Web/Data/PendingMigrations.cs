using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Samordna.Web.Data;

/// <summary>
/// The migrations a database lacks, asked without an error in the log. EF's own question reads the history table and,
/// on a fresh PostgreSQL database, logs that failed read at Error level before it answers "all of them"; here the
/// table's existence is asked of the catalogue first, so an operator's first <c>migrate</c> prints no error (issue 12).
/// </summary>
public static class PendingMigrations
{
    /// <summary>The table in which EF records the applied migrations (both providers).</summary>
    public const string HistoryTable = "platform_ef_migrations";

    public static async Task<IReadOnlyList<string>> ListAsync(DbContext db, CancellationToken ct)
    {
        if (!await HistoryTableExistsAsync(db, ct))
        {
            return db.Database.GetMigrations().ToList();
        }

        return (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
    }

    /// <summary>
    /// Applies what is missing. EF's migrator asks for the applied migrations before it creates its history table, so on a
    /// fresh database the table is created here first (the same <c>CREATE TABLE IF NOT EXISTS</c> EF runs itself).
    /// </summary>
    public static async Task MigrateAsync(DbContext db, CancellationToken ct)
    {
        if (!await HistoryTableExistsAsync(db, ct))
        {
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
        }

        await db.Database.MigrateAsync(ct);
    }

    private const string PostgresExists = $"""SELECT to_regclass('{HistoryTable}') IS NOT NULL AS "Value" """;

    private const string SqliteExists =
        $"""SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{HistoryTable}') AS "Value" """;

    private static Task<bool> HistoryTableExistsAsync(DbContext db, CancellationToken ct) =>
        db.Database.SqlQueryRaw<bool>(db.Database.IsNpgsql() ? PostgresExists : SqliteExists).SingleAsync(ct);
}
