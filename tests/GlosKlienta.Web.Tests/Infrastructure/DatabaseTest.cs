namespace GlosKlienta.Web.Tests.Infrastructure;

/// <summary>The two databases every storage-touching test runs on.</summary>
public enum DatabaseKind { Sqlite, Postgres }

/// <summary>
/// The one scaffold of the dual-database tests: a test class takes its <see cref="DatabaseKind"/>
/// and gets a fresh database per test (a copy of the migrated, seeded template, or an empty one
/// migrated by the application itself where a test moves a fake clock before seeding); each class
/// then has two one-line subclasses, <c>XSqliteTests() : XTests(DatabaseKind.Sqlite)</c> and the
/// PostgreSQL one, which is skipped with a clear reason when no server is configured.
/// </summary>
public abstract class DatabaseTest(DatabaseKind kind, bool empty = false)
{
    protected DatabaseKind Kind => kind;

    /// <summary>A fresh database of this class's kind; null when it is PostgreSQL and no server is configured.</summary>
    protected async Task<TestDatabase?> CreateDatabaseAsync() => (kind, empty) switch
    {
        (DatabaseKind.Sqlite, false) => TestDatabase.CreateSqlite(),
        (DatabaseKind.Sqlite, true) => TestDatabase.CreateEmptySqlite(),
        (DatabaseKind.Postgres, _) when TestDatabase.PostgresServer is null => null,
        (DatabaseKind.Postgres, false) => await TestDatabase.CreatePostgresAsync(),
        _ => await TestDatabase.CreateEmptyPostgresAsync(),
    };
}

/// <summary>
/// A dual-database test with an application of type <typeparamref name="TApp"/> started on its own
/// fresh database per test (<see cref="App"/>); a test on PostgreSQL without a server is skipped
/// (mark it <c>[SkippableFact]</c>) the moment it touches the application.
/// </summary>
public abstract class HostedTest<TApp>(DatabaseKind kind, bool empty = false) : DatabaseTest(kind, empty), IAsyncLifetime
    where TApp : class, IAsyncDisposable
{
    private TApp? app;

    protected TApp App
    {
        get
        {
            Skip.If(app is null, TestDatabase.PostgresSkipReason);
            return app!;
        }
    }

    /// <summary>True when the class's database is not available here (PostgreSQL without a server).</summary>
    protected bool Skipped => app is null;

    /// <summary>Skips the test, with the reason, when the class's database is not available here.</summary>
    protected void SkipWithoutDatabase() => Skip.If(Skipped, TestDatabase.PostgresSkipReason);

    /// <summary>Settings the class's application runs with, besides the test defaults of <see cref="AppFactory"/>.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    /// <summary>Starts the application on the fresh database.</summary>
    protected abstract TApp Start(TestDatabase database, IReadOnlyDictionary<string, string?>? settings);

    public virtual async Task InitializeAsync()
    {
        var database = await CreateDatabaseAsync();
        if (database is not null) app = Start(database, Settings);
    }

    public virtual async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }
}

/// <summary>A <see cref="HostedTest{TApp}"/> with the plain application (<see cref="Factory"/>).</summary>
public abstract class AppTest(DatabaseKind kind, bool empty = false) : HostedTest<AppFactory>(kind, empty)
{
    protected AppFactory Factory => App;

    protected override AppFactory Start(TestDatabase database, IReadOnlyDictionary<string, string?>? settings) => new(database, settings);
}
