using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GlosKlienta.Web.Data;

/// <summary>
/// Settings SQLite keeps per connection, applied to each of the application's connections as it opens.
/// <c>recursive_triggers</c>: with it on, the row that <c>INSERT OR REPLACE</c> deletes fires the DELETE triggers, so
/// the append-only tables refuse a replacement through any unique index (see <see cref="AppendOnly.CreateReplaceGuard"/>
/// for clients that do not set it).
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    private const string Pragmas = "PRAGMA recursive_triggers = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
