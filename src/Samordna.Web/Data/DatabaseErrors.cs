using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Samordna.Web.Data;

/// <summary>Recognises the database failures a race between two users causes, on both providers.</summary>
public static class DatabaseErrors
{
    /// <summary>A unique index refused the row: someone else saved the same key at the same moment.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>A save that lost a race to another user's save: a stale version or a unique clash. Answered 409.</summary>
    public static bool IsConflict(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException || exception.IsUniqueViolation();
}

/// <summary>
/// Saves a row numbered "the next free number" (max + 1, per year or per association). When another user takes the
/// same number at the same moment, the unique index refuses the second save; the number is then taken again and the
/// save retried, up to <c>attempts</c> times. Past that the clash surfaces as a conflict (409), never a 500.
/// </summary>
public static class NumberedSave
{
    public static async Task SaveAsync(DbContext db, Func<CancellationToken, Task> takeNumber, CancellationToken ct, int attempts = 5)
    {
        for (var attempt = 1; ; attempt++)
        {
            await takeNumber(ct);
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException && ex.IsUniqueViolation() && attempt < attempts)
            {
                // Taken by someone else just now: take the next one.
            }
        }
    }
}
