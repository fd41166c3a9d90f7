using Microsoft.Data.Sqlite;
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

    /// <summary>
    /// A serializable transaction lost a race (PostgreSQL: serialization failure or deadlock), or SQLite waited its whole
    /// timeout for another writer: the change was not made, and may be tried again. Looks through wrapping exceptions.
    /// </summary>
    public static bool IsSerializationFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg when pg.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected:
                case SqliteException { SqliteErrorCode: 5 or 6 }:
                    return true;
            }
        }

        return false;
    }

    /// <summary>A save that lost a race to another user's save: a stale version or a unique clash. Answered 409.</summary>
    public static bool IsConflict(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException || exception.IsUniqueViolation();
}
