using Npgsql;

namespace GlosKlienta.Web.Tests.Infrastructure;

/// <summary>
/// A database of its own for one test host: a temporary SQLite file, or a fresh database on the
/// PostgreSQL server named by <c>GLOSKLIENTA_TEST_POSTGRES</c> (CI starts a throwaway cluster
/// and sets it; without it the PostgreSQL tests skip).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "GLOSKLIENTA_TEST_POSTGRES";

    private readonly string? sqliteFolder;
    private readonly string? postgresAdmin;
    private readonly string? postgresName;

    private TestDatabase(string provider, string connectionString, string? sqliteFolder, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFolder = sqliteFolder;
        this.postgresAdmin = postgresAdmin;
        this.postgresName = postgresName;
    }

    public string Provider { get; }
    public string ConnectionString { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    public static string PostgresSkipReason =>
        $"PostgreSQL tests need a server: set {PostgresVariable} to a connection string of a throwaway cluster (.ci/run does).";

    public static TestDatabase CreateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "glosklienta-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        return new TestDatabase("Sqlite", $"Data Source={Path.Combine(folder, "test.db")};Pooling=False", folder, null, null);
    }

    public static async Task<TestDatabase> CreatePostgresAsync()
    {
        var server = PostgresServer ?? throw new InvalidOperationException(PostgresSkipReason);
        var name = "gk_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase("Postgres", builder.ConnectionString, null, server, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (sqliteFolder is not null)
        {
            try { System.IO.Directory.Delete(sqliteFolder, recursive: true); } catch (IOException) { }
        }
        if (postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
