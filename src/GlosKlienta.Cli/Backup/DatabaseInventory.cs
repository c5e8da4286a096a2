using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using GlosKlienta.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GlosKlienta.Cli.Backup;

/// <summary>
/// What a database holds, read through one connection (and, on PostgreSQL, the snapshot of its transaction): the rows
/// of every table, the SHA-256 of every stored file, the last migration and the server's version. The backup reads it
/// from its copy, the restore from the restored database, and the two are compared.
/// </summary>
public sealed class DatabaseInventory(DbConnection connection, DbTransaction? transaction, DatabaseProvider provider)
{
    /// <summary>
    /// The columns of file content in the application's model: every binary column but the hashes of secrets
    /// (a kiosk's enrolment token and device secret), which are no files.
    /// </summary>
    public static IReadOnlyList<FileColumn> FileColumnsOf(IModel model) =>
        [.. model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.FindPrimaryKey() is not null)
            .SelectMany(t =>
            {
                var table = StoreObjectIdentifier.Table(t.GetTableName()!, t.GetSchema());
                var keys = t.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName(table)!).ToList();
                return t.GetProperties()
                    .Where(p => p.ClrType == typeof(byte[]) && !p.Name.EndsWith("Hash", StringComparison.Ordinal))
                    .Select(p => new FileColumn(table.Name, p.GetColumnName(table)!, keys));
            })
            .OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Column, StringComparer.Ordinal)];

    public async Task<IReadOnlyList<string>> TablesAsync(CancellationToken cancellationToken)
    {
        var sql = provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
            : "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename";
        var tables = new List<string>();
        await using var command = Command(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) tables.Add(reader.GetString(0));
        return tables;
    }

    public async Task<SortedDictionary<string, long>> RowCountsAsync(CancellationToken cancellationToken)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in await TablesAsync(cancellationToken))
        {
            await using var command = Command($"SELECT COUNT(*) FROM {Quote(table)}");
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        return counts;
    }

    /// <summary>SHA-256 of every non-null value of the columns, in key order, read as a stream (a file is never held whole).</summary>
    public async Task<List<StoredFileHash>> FileHashesAsync(IEnumerable<FileColumn> columns, CancellationToken cancellationToken)
    {
        var hashes = new List<StoredFileHash>();
        foreach (var column in columns)
        {
            var keys = string.Join(", ", column.KeyColumns.Select(Quote));
            await using var command = Command($"SELECT {keys}, {Quote(column.Column)} FROM {Quote(column.Table)} ORDER BY {keys}");
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            var content = column.KeyColumns.Count;
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = string.Join("/", Enumerable.Range(0, content).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)));
                if (await reader.IsDBNullAsync(content, cancellationToken)) continue;
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                await using var stream = reader.GetStream(content);
                var buffer = new byte[81920];
                long size = 0;
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                    size += read;
                }
                hashes.Add(new StoredFileHash(column.Table, column.Column, key, size, Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant()));
            }
        }
        return hashes;
    }

    /// <summary>The last migration applied, or null when the database has no migration history.</summary>
    public async Task<string?> LastMigrationAsync(CancellationToken cancellationToken)
    {
        if (!(await TablesAsync(cancellationToken)).Contains("__EFMigrationsHistory")) return null;
        await using var command = Command("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\" DESC LIMIT 1");
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<string> ServerVersionAsync(CancellationToken cancellationToken)
    {
        await using var command = Command(provider == DatabaseProvider.Sqlite ? "SELECT 'SQLite ' || sqlite_version()" : "SELECT 'PostgreSQL ' || current_setting('server_version')");
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Anything in the database: a table, view, sequence or type of the application's schema (PostgreSQL), any object
    /// at all (SQLite). A restore goes only onto a database where this is 0.
    /// </summary>
    public async Task<long> SchemaObjectsAsync(CancellationToken cancellationToken)
    {
        var sql = provider == DatabaseProvider.Sqlite
            ? "SELECT COUNT(*) FROM sqlite_master"
            : """
              SELECT (SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%')
                   + (SELECT COUNT(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%' AND t.typtype IN ('e', 'd'))
              """;
        await using var command = Command(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private DbCommand Command(string sql)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // Names come from the database's own catalogue or the model, and are quoted.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = transaction;
        // The catalogue and counts of a large database may take a while; nothing here waits on a lock but SQLite's busy timeout.
        if (provider == DatabaseProvider.Postgres) command.CommandTimeout = 0;
        return command;
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
