using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace GlosKlienta.Web.Data;

/// <summary>
/// A named lock shared by every instance of the application on one database, for work that must be done by one
/// instance at a time: creating and seeding the schema, and each background job. On PostgreSQL it is a session-level
/// advisory lock (<c>pg_advisory_lock</c>) held on a connection of its own for as long as the work takes; on SQLite it
/// is nothing, since one SQLite file serves one instance (and the work is serialised within it).
/// </summary>
/// <remarks>
/// The lock's connection is not pooled: closing it ends the session, and with it the lock, even when the explicit
/// unlock could not run (a pooled connection would keep an unreleased lock while it idles in the pool). An instance
/// that dies or loses its connection releases the lock the same way. One connection per acquisition is a few
/// milliseconds, once at start and once per job run.
/// </remarks>
public static class DatabaseLock
{
    /// <summary>Waits until no other instance holds the lock <paramref name="name"/>, then holds it until disposed.</summary>
    public static async Task<IAsyncDisposable> AcquireAsync(DatabaseSettings database, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.Provider != DatabaseProvider.Postgres) return NotNeeded.Instance;
        var key = Key(name);
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // No command timeout: the other holder may be migrating a large database; the wait ends with cancellation.
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection) { CommandTimeout = 0 };
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = key });
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The advisory lock key of <paramref name="name"/>: stable across processes and versions (unlike <c>string.GetHashCode</c>).</summary>
    public static long Key(string name) =>
        BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes("GlosKlienta:" + name)));

    private sealed class Held(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
                command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = key });
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }
            catch (NpgsqlException)
            {
                // The connection is gone, and the session's lock with it.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    private sealed class NotNeeded : IAsyncDisposable
    {
        public static readonly NotNeeded Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
