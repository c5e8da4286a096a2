using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace GlosKlienta.Web.Tests.Infrastructure;

/// <summary>
/// A database of its own for one test host: a temporary SQLite file, or a fresh database on the
/// PostgreSQL server named by <c>GLOSKLIENTA_TEST_POSTGRES</c> (CI starts a throwaway cluster
/// and sets it; without it the PostgreSQL tests skip).
/// <para>
/// <see cref="CreateSqlite"/> and <see cref="CreatePostgresAsync"/> give a copy of a template that
/// was migrated and seeded once per test run (a file copy on SQLite, <c>CREATE DATABASE … TEMPLATE</c>
/// on PostgreSQL), so the application's start finds nothing to do. The template is made by this run
/// from the migrations and seed it was built with, so it can never be stale. Tests whose clock is not
/// today's (the seed dates the survey version and the directory by it), and tests of the first start
/// itself, take an empty database with <see cref="CreateEmptySqlite"/> or <see cref="CreateEmptyPostgresAsync"/>.
/// </para>
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "GLOSKLIENTA_TEST_POSTGRES";

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "glosklienta-tests");
    private static readonly Lazy<Task<string>> SqliteTemplate = new(CreateSqliteTemplateAsync);
    private static readonly Lazy<Task<string>> PostgresTemplate = new(CreatePostgresTemplateAsync);
    // CREATE DATABASE … TEMPLATE refuses while another copy of the same template is being made.
    private static readonly SemaphoreSlim PostgresCopies = new(1, 1);

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

    /// <summary>A SQLite file migrated and seeded as the application would on its first start today.</summary>
    public static TestDatabase CreateSqlite()
    {
        var database = CreateEmptySqlite();
        File.Copy(SqliteTemplate.Value.GetAwaiter().GetResult(), database.SqlitePath);
        return database;
    }

    /// <summary>A SQLite file that does not exist yet: the application creates, migrates and seeds it.</summary>
    public static TestDatabase CreateEmptySqlite()
    {
        var folder = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        return new TestDatabase("Sqlite", SqliteConnectionString(Path.Combine(folder, "test.db")), folder, null, null);
    }

    /// <summary>A PostgreSQL database migrated and seeded as the application would on its first start today.</summary>
    public static async Task<TestDatabase> CreatePostgresAsync()
    {
        var template = await PostgresTemplate.Value;
        await PostgresCopies.WaitAsync();
        try { return await CreatePostgresDatabaseAsync($"TEMPLATE \"{template}\""); }
        finally { PostgresCopies.Release(); }
    }

    /// <summary>An empty PostgreSQL database: the application migrates and seeds it.</summary>
    public static Task<TestDatabase> CreateEmptyPostgresAsync() => CreatePostgresDatabaseAsync("");

    private string SqlitePath => Path.Combine(sqliteFolder!, "test.db");

    private static string SqliteConnectionString(string path) => $"Data Source={path};Pooling=False";

    private static async Task<TestDatabase> CreatePostgresDatabaseAsync(string clause)
    {
        var server = PostgresServer ?? throw new InvalidOperationException(PostgresSkipReason);
        var name = "gk_test_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\" {clause}");
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase("Postgres", builder.ConnectionString, null, server, name);
    }

    private static async Task<string> CreateSqliteTemplateAsync()
    {
        var folder = Path.Combine(Root, "template-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "template.db");
        await MigrateAndSeedAsync("Sqlite", SqliteConnectionString(path));
        // The copy must be the whole database: fold the write-ahead log into the file first.
        await using (var connection = new SqliteConnection(SqliteConnectionString(path)))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { System.IO.Directory.Delete(folder, recursive: true); } catch (IOException) { } };
        return path;
    }

    private static async Task<string> CreatePostgresTemplateAsync()
    {
        var template = await CreateEmptyPostgresAsync();
        await MigrateAndSeedAsync("Postgres", template.ConnectionString);
        // A template cannot be copied while anyone is connected to it.
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return template.postgresName!;
    }

    /// <summary>What the application does on its first start, through the same registration (no web host needed).</summary>
    private static async Task MigrateAndSeedAsync(string provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider,
                ["ConnectionStrings:GlosKlienta"] = connectionString,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddGlosKlienta(configuration);
        await using var provided = services.BuildServiceProvider();
        await DatabaseSetup.MigrateAndSeedAsync(provided);
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
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
            await ExecuteAsync(postgresAdmin, $"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)");
        }
    }
}
