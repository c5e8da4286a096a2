using Microsoft.Data.Sqlite;
using Npgsql;

namespace GlosKlienta.Web.Data;

/// <summary>What a failed write means, on either database.</summary>
public static class DatabaseErrors
{
    /// <summary>The write broke a unique index: the row is there already (written by another request or instance).</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e switch
    {
        { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => true,
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
        { InnerException: SqliteException { SqliteExtendedErrorCode: 2067 or 1555 } } => true,
        _ => false,
    };
}
