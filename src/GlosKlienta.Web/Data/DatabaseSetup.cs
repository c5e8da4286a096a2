using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GlosKlienta.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database and where. <c>Database:Provider</c> is <c>Sqlite</c> (default) or <c>Postgres</c>;
/// the connection string is <c>ConnectionStrings:GlosKlienta</c> (environment:
/// <c>ConnectionStrings__GlosKlienta</c>). Without one, SQLite uses <c>Database:SqlitePath</c>,
/// by default <c>data/glosklienta.db</c> under the working directory.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlitePath = "data/glosklienta.db";

    /// <summary>The folder of the application's own files: the SQLite file's folder, or <c>data</c> under the working directory on PostgreSQL.</summary>
    public string DataFolder => Provider == DatabaseProvider.Sqlite
        ? Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource))!
        : Path.GetFullPath(Path.GetDirectoryName(DefaultSqlitePath)!);

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerText)
            ? DatabaseProvider.Sqlite
            : EnumNames.TryParse<DatabaseProvider>(providerText, out var p, ignoreCase: true)
                ? p
                : throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{providerText}'.");
        var connectionString = configuration.GetConnectionString("GlosKlienta");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:GlosKlienta is not set.");
            var path = Path.GetFullPath(configuration["Database:SqlitePath"] ?? DefaultSqlitePath);
            connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        }
        return new DatabaseSettings(provider, connectionString);
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(ConnectionString).AddInterceptors(SqliteConnectionSettings.Instance);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(ConnectionString);
                break;
        }
    }
}

public static class DatabaseSetup
{
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        services.AddSingleton(settings);
        _ = settings.Provider switch
        {
            DatabaseProvider.Sqlite => services.AddDbContext<AppDbContext, SqliteAppDbContext>(settings.Configure),
            DatabaseProvider.Postgres => services.AddDbContext<AppDbContext, PostgresAppDbContext>(settings.Configure),
        };
        return services;
    }

    /// <summary>The <see cref="DatabaseLock"/> held while the schema is created or upgraded and the office seeded.</summary>
    public const string MigrationLock = "migrate-and-seed";

    /// <summary>
    /// Creates or upgrades the schema, then seeds the office when the database is new. Instances starting together on
    /// one PostgreSQL database take turns (<see cref="MigrationLock"/>): the first migrates and seeds, the others then
    /// find nothing to do. Entity Framework's own migration lock (Npgsql 10 locks the history table in each migration's
    /// transaction) does not cover the history table's creation before it, nor the seeding after it; two instances
    /// starting on an empty database failed there with "type __EFMigrationsHistory already exists" and duplicate keys.
    /// </summary>
    public static async Task MigrateAndSeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var dataSource = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        await using var turn = await DatabaseLock.AcquireAsync(settings, MigrationLock, cancellationToken);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            // Npgsql reads the migration history before creating it and logs the failed read as an error on
            // every new database (npgsql/efcore.pg#3407); creating the table first (as EF itself would) avoids it.
            var history = db.GetService<IHistoryRepository>();
            await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
        }
        await db.Database.MigrateAsync(cancellationToken);
        // A database upgraded from before the record chains: its kept rows are sealed into them before anything is added.
        await RecordChains.SealExistingAsync(db, cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers work while the writer commits; it is a property of the file, so setting it once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        var seeder = scope.ServiceProvider.GetRequiredService<OfficeSeeder>();
        await seeder.SeedAsync(db, cancellationToken);
        // The easy-to-read page and the accessibility statement exist from the first start (and after `migrate`).
        await Features.InfoMaterials.InfoMaterialSeeder.EnsureAsync(services, cancellationToken);
    }
}

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the application.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context; no server is contacted to add a migration.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=glosklienta_design").Options);
}
