using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GlosKlienta.Web.Data;

/// <summary>
/// A record that is written once and then never changed or deleted: the audit log, approved F2
/// protocols, published press-release and information-material versions, the directory's dated
/// copies. See <see cref="AppendOnly"/>.
/// </summary>
public interface IAppendOnly;

/// <summary>A record that may change until it is frozen (<see cref="FrozenAt"/> set), and never after; see <see cref="AppendOnly"/>.</summary>
public interface IFrozenOnceSet
{
    DateTimeOffset? FrozenAt { get; }
}

/// <summary>
/// The one rule for records that must stay as written, kept twice: <see cref="Refuse"/> stops a
/// change or deletion in the application (AppDbContext calls it before every save), and the
/// triggers of <see cref="CreateTriggers"/> make the database refuse it for any client, including
/// TRUNCATE on PostgreSQL. The migrations call these methods with the tables, so a table added
/// later gets the same protection by one line.
/// </summary>
public static class AppendOnly
{
    public const string FrozenAtColumn = nameof(IFrozenOnceSet.FrozenAt);
    private const string Function = "append_only_refuse";

    public static void Refuse(ChangeTracker changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var entry in changes.Entries())
        {
            if (entry.State is not (EntityState.Modified or EntityState.Deleted)) continue;
            bool kept = entry.Entity is IAppendOnly
                || (entry.Entity is IFrozenOnceSet && entry.OriginalValues.GetValue<DateTimeOffset?>(FrozenAtColumn) is not null);
            if (kept)
                throw new InvalidOperationException(
                    $"{entry.Metadata.ClrType.Name} records are kept as written: they cannot be changed or deleted (add a new record instead).");
        }
    }

    /// <summary>The message the database gives; the same words whichever database it is.</summary>
    public static string DatabaseMessage(string table) => $"Append-only: rows of {table} cannot be changed or deleted.";

    /// <summary>PostgreSQL: the trigger function every append-only table uses (once, before the first table).</summary>
    public static void CreateFunction(MigrationBuilder migration)
    {
        ArgumentNullException.ThrowIfNull(migration);
        if (!migration.IsNpgsql()) return;
        migration.Sql($"""
            CREATE FUNCTION {Function}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'Append-only: rows of % cannot be changed or deleted.', TG_TABLE_NAME; END; $$;
            """);
    }

    public static void DropFunction(MigrationBuilder migration)
    {
        ArgumentNullException.ThrowIfNull(migration);
        if (migration.IsNpgsql()) migration.Sql($"DROP FUNCTION IF EXISTS {Function}();");
    }

    /// <summary>
    /// Triggers refusing UPDATE and DELETE of the rows of <paramref name="table"/> (and TRUNCATE on
    /// PostgreSQL). With <paramref name="onceFrozen"/> only rows whose <see cref="FrozenAtColumn"/> is set are refused.
    /// </summary>
    public static void CreateTriggers(MigrationBuilder migration, string table, bool onceFrozen = false)
    {
        ArgumentNullException.ThrowIfNull(migration);
        if (migration.IsNpgsql())
        {
            var when = onceFrozen ? $"""WHEN (OLD."{FrozenAtColumn}" IS NOT NULL) """ : "";
            migration.Sql($"""CREATE TRIGGER "{table}_append_only" BEFORE UPDATE OR DELETE ON "{table}" FOR EACH ROW {when}EXECUTE FUNCTION {Function}();""");
            migration.Sql($"""CREATE TRIGGER "{table}_append_only_truncate" BEFORE TRUNCATE ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION {Function}();""");
        }
        else
        {
            foreach (var operation in new[] { "UPDATE", "DELETE" })
                migration.Sql(SqliteTrigger(table, operation, onceFrozen));
        }
    }

    /// <summary>SQLite: the trigger refusing <paramref name="operation"/> (UPDATE or DELETE) on <paramref name="table"/>.</summary>
    public static string SqliteTrigger(string table, string operation, bool onceFrozen)
    {
        var when = onceFrozen ? $"""WHEN OLD."{FrozenAtColumn}" IS NOT NULL """ : "";
        return $"""CREATE TRIGGER "{table}_append_only_{operation.ToLowerInvariant()}" BEFORE {operation} ON "{table}" {when}BEGIN SELECT RAISE(ABORT, '{DatabaseMessage(table)}'); END;""";
    }

    /// <summary>
    /// SQLite only: a trigger refusing an insert that would take the key of a kept row. <c>INSERT OR REPLACE</c> (and
    /// <c>REPLACE</c>, <c>ON CONFLICT REPLACE</c>) deletes the row in its way without firing DELETE triggers unless
    /// <c>recursive_triggers</c> is on; this refuses it for any client, the sqlite3 shell included. The application's own
    /// connections also turn <c>recursive_triggers</c> on (<see cref="SqliteConnectionSettings"/>), which covers a
    /// replacement through any other unique index. PostgreSQL has no REPLACE.
    /// </summary>
    public static void CreateReplaceGuard(MigrationBuilder migration, string table, bool onceFrozen = false, string key = "Id")
    {
        ArgumentNullException.ThrowIfNull(migration);
        if (migration.IsNpgsql()) return;
        var frozen = onceFrozen ? $""" AND "{FrozenAtColumn}" IS NOT NULL""" : "";
        migration.Sql($"""CREATE TRIGGER "{table}_append_only_replace" BEFORE INSERT ON "{table}" WHEN EXISTS (SELECT 1 FROM "{table}" WHERE "{key}" = NEW."{key}"{frozen}) BEGIN SELECT RAISE(ABORT, '{DatabaseMessage(table)}'); END;""");
    }

    public static void DropReplaceGuard(MigrationBuilder migration, string table)
    {
        ArgumentNullException.ThrowIfNull(migration);
        if (!migration.IsNpgsql()) migration.Sql($"""DROP TRIGGER IF EXISTS "{table}_append_only_replace";""");
    }

    public static void DropTriggers(MigrationBuilder migration, string table)
    {
        ArgumentNullException.ThrowIfNull(migration);
        if (migration.IsNpgsql())
        {
            migration.Sql($"""DROP TRIGGER IF EXISTS "{table}_append_only" ON "{table}";""");
            migration.Sql($"""DROP TRIGGER IF EXISTS "{table}_append_only_truncate" ON "{table}";""");
        }
        else
        {
            migration.Sql($"""DROP TRIGGER IF EXISTS "{table}_append_only_update";""");
            migration.Sql($"""DROP TRIGGER IF EXISTS "{table}_append_only_delete";""");
        }
    }
}
