using GlosKlienta.Web.Tests.Infrastructure;

namespace GlosKlienta.Web.Tests.Paper;

/// <summary>A fresh application and database per test; the subclasses run the same tests on SQLite and PostgreSQL.</summary>
public abstract class PaperTestBase : IAsyncLifetime
{
    private AppFactory? factory;

    protected AppFactory Factory => factory!;

    protected abstract Task<TestDatabase?> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        var database = await CreateDatabaseAsync();
        if (database is not null) factory = new AppFactory(database);
    }

    public async Task DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
    }

    protected void SkipWithoutDatabase() => Skip.If(factory is null, TestDatabase.PostgresSkipReason);

    protected static Task<TestDatabase?> Sqlite() => Task.FromResult<TestDatabase?>(TestDatabase.CreateSqlite());

    protected static async Task<TestDatabase?> Postgres() =>
        TestDatabase.PostgresServer is null ? null : await TestDatabase.CreatePostgresAsync();
}
