using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace GlosKlienta.Web.Tests.Data;

/// <summary>
/// The documented production setup: several instances behind a reverse proxy on one PostgreSQL database. Two
/// instances of the application start together on one empty database, remind at the same moment over the same due
/// work, and take the same survey submission at once; each thing is done once and nobody gets an error. PostgreSQL
/// only: SQLite is one instance's own file.
/// </summary>
public sealed class SeveralInstancesTests : IAsyncLifetime
{
    // 10:00 in Lesko on Monday 16 March 2026: the seed dates the survey version by it.
    private static readonly DateTimeOffset Start = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 16);

    private readonly InProcessSmtp smtp = new();
    private readonly FakeTimeProvider clock = new(Start);
    private TestDatabase? database;
    private readonly List<WebApplicationFactory<Program>> instances = [];
    private Exception? startFailure;

    private WebApplicationFactory<Program> A => instances.Count == 4 ? instances[1] : throw new InvalidOperationException(TestDatabase.PostgresSkipReason);
    private WebApplicationFactory<Program> B => instances.Count == 4 ? instances[3] : throw new InvalidOperationException(TestDatabase.PostgresSkipReason);

    public async Task InitializeAsync()
    {
        if (TestDatabase.PostgresServer is null) return;
        database = await TestDatabase.CreateEmptyPostgresAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:From"] = "rejestr@lesko.pl",
            ["Smtp:Tls"] = "None",
        };
        for (var i = 0; i < 2; i++)
        {
            var root = new AppFactory(database, settings, ownsDatabase: false);
            instances.Add(root);
            instances.Add(root.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock))));
        }
        // Both start at once: each migrates and seeds the empty database on its first start.
        try
        {
            await Task.WhenAll(Task.Run(() => A.Server), Task.Run(() => B.Server));
        }
        catch (Exception e)
        {
            startFailure = e;
        }
    }

    public async Task DisposeAsync()
    {
        for (var i = instances.Count - 1; i >= 0; i--)
        {
            try { await instances[i].DisposeAsync(); }
            catch (Exception) when (startFailure is not null) { } // a host that failed to start fails again when disposed
        }
        if (database is not null) await database.DisposeAsync();
        await smtp.DisposeAsync();
    }

    private void SkipWithoutPostgres() => Skip.If(database is null, TestDatabase.PostgresSkipReason);

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = A.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [SkippableFact]
    public async Task TwoInstancesStartingTogether_OnOneEmptyDatabase_MigrateAndSeedOnce()
    {
        SkipWithoutPostgres();
        Assert.Null(startFailure);
        Assert.Equal(1, await WithDbAsync(db => db.Offices.CountAsync()));
        Assert.Equal(1, await WithDbAsync(db => db.SurveyVersions.CountAsync()));
        Assert.Equal(Roles.All.Count, await WithDbAsync(db => db.Roles.CountAsync()));
        Assert.Empty(await WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList()));
        foreach (var instance in new[] { A, B })
        {
            using var client = instance.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ankieta")).StatusCode);
        }
    }
}
