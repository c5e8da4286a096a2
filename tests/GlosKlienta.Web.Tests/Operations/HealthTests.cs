using System.Text.Json;
using GlosKlienta.Web.Features.Operations;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GlosKlienta.Web.Tests.Operations;

/// <summary>
/// Issue 16, operations: <c>/health/live</c> answers while the process runs; <c>/health/ready</c> only while the database
/// answers on this build's schema and the survey writer can store. Anonymous, never limited, nothing but names and states.
/// </summary>
public abstract class HealthTests(DatabaseKind kind) : AppTest(kind)
{
    // The stall test holds a lock for about a second and a half; the others never write.
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Health:WriterStallSeconds"] = "1" };

    private static async Task<(HttpStatusCode Status, JsonElement Body)> AskAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} set a cookie");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }

    private static string CheckStatus(JsonElement body, string check) => body.GetProperty("checks").GetProperty(check).GetProperty("status").GetString()!;

    [SkippableFact]
    public async Task AllWell_BothAre200_Anonymously_AndNeverLimited()
    {
        SkipWithoutDatabase();
        var client = Factory.CreateBrowserLikeClient();

        for (var i = 0; i < 40; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Health.LivePath)).StatusCode);
        var (status, body) = await AskAsync(client, Health.ReadyPath);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", CheckStatus(body, "database"));
        Assert.Equal("Healthy", CheckStatus(body, "survey-writer"));
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(client, Health.LivePath)).Status);
    }

    [SkippableFact]
    public async Task PendingMigration_ReadyIs503_LiveIs200()
    {
        SkipWithoutDatabase();
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\")"));
        var client = Factory.CreateBrowserLikeClient();

        var (status, body) = await AskAsync(client, Health.ReadyPath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", CheckStatus(body, "database"));
        Assert.Contains("1 migration", body.GetProperty("checks").GetProperty("database").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", CheckStatus(body, "survey-writer"));
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(client, Health.LivePath)).Status);
    }

    [SkippableFact]
    public async Task WriterStopped_ReadyIs503()
    {
        SkipWithoutDatabase();
        var client = Factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(client, Health.ReadyPath)).Status);

        await Factory.Services.GetRequiredService<ResponseWriter>().StopAsync(CancellationToken.None);
        var (status, body) = await AskAsync(client, Health.ReadyPath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", CheckStatus(body, "survey-writer"));
        Assert.Equal("Healthy", CheckStatus(body, "database"));
    }

    [SkippableFact]
    public async Task WriterStuckOnALockedTable_ReadyIs503_UntilTheBatchIsWritten()
    {
        SkipWithoutDatabase();
        var client = Factory.CreateBrowserLikeClient();
        var form = await SurveyForm.OpenAsync(client);
        HttpStatusCode stuck;
        Task<HttpResponseMessage> sending;
        await using (var blocker = await HoldWriteLockAsync())
        {
            sending = form.PostAsync(SurveyForm.FullAnswers());
            stuck = await WaitForReadyAsync(client, HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(20));
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, stuck);
        Assert.Equal(HttpStatusCode.SeeOther, (await sending).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(client, Health.ReadyPath)).Status);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.SurveyResponses.CountAsync()));
    }

    [SkippableFact]
    public async Task DatabaseUnreachable_ReadyIs503_LiveIs200()
    {
        SkipWithoutDatabase();
        var client = Factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(client, Health.ReadyPath)).Status);

        await MakeUnreachableAsync();
        var (status, body) = await AskAsync(client, Health.ReadyPath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", CheckStatus(body, "database"));
        Assert.DoesNotContain("Exception", body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(Factory.Database.ConnectionString, body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(client, Health.LivePath)).Status);
    }

    private static async Task<HttpStatusCode> WaitForReadyAsync(HttpClient client, HttpStatusCode wanted, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        HttpStatusCode last;
        do
        {
            await Task.Delay(200);
            last = (await client.GetAsync(Health.ReadyPath)).StatusCode;
        }
        while (last != wanted && DateTime.UtcNow < until);
        return last;
    }

    /// <summary>Another connection holding the write lock on the responses: the writer's next insert waits for it.</summary>
    private async Task<IAsyncDisposable> HoldWriteLockAsync()
    {
        if (Kind == DatabaseKind.Sqlite)
        {
            var sqlite = new SqliteConnection(Factory.Database.ConnectionString);
            await sqlite.OpenAsync();
            await using (var begin = sqlite.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE;";
                await begin.ExecuteNonQueryAsync();
            }
            return new Held(async () =>
            {
                await using (var rollback = sqlite.CreateCommand())
                {
                    rollback.CommandText = "ROLLBACK;";
                    await rollback.ExecuteNonQueryAsync();
                }
                await sqlite.DisposeAsync();
            });
        }
        var postgres = new NpgsqlConnection(Factory.Database.ConnectionString);
        await postgres.OpenAsync();
        var transaction = await postgres.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE \"SurveyResponses\" IN ACCESS EXCLUSIVE MODE", postgres, transaction))
            await lockTable.ExecuteNonQueryAsync();
        return new Held(async () =>
        {
            await transaction.RollbackAsync();
            await postgres.DisposeAsync();
        });
    }

    private async Task MakeUnreachableAsync()
    {
        if (Kind == DatabaseKind.Sqlite)
        {
            var path = new SqliteConnectionStringBuilder(Factory.Database.ConnectionString).DataSource;
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                File.Delete(file);
            return;
        }
        var name = new NpgsqlConnectionStringBuilder(Factory.Database.ConnectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestDatabase.PostgresServer);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private sealed class Held(Func<Task> release) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await release();
    }
}

public sealed class HealthSqliteTests() : HealthTests(DatabaseKind.Sqlite);

public sealed class HealthPostgresTests() : HealthTests(DatabaseKind.Postgres);
