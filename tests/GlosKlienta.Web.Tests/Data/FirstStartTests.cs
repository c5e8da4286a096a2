using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace GlosKlienta.Web.Tests.Data;

/// <summary>
/// The first start on an empty database creates the schema, seeds the office and says nothing
/// alarming: a warning in the log of a clean install is either a defect or noise that hides the next
/// real one (both fail here).
/// </summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task FirstStart_OnEmptySqlite_LogsNoWarning()
    {
        var warnings = await StartOnEmptyAsync(TestDatabase.CreateEmptySqlite());
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
    }

    [SkippableFact]
    public async Task FirstStart_OnEmptyPostgres_LogsNoWarning()
    {
        Skip.If(TestDatabase.PostgresServer is null, TestDatabase.PostgresSkipReason);
        var warnings = await StartOnEmptyAsync(await TestDatabase.CreateEmptyPostgresAsync());
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
    }

    /// <summary>Starts the application on <paramref name="database"/> and returns every entry logged at Warning or above.</summary>
    private static async Task<IReadOnlyList<string>> StartOnEmptyAsync(TestDatabase database)
    {
        var collected = new ConcurrentQueue<string>();
        await using var app = new AppFactory(database).WithWebHostBuilder(b =>
            b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(new CollectingLoggerProvider(collected)))));
        using var client = app.CreateClient();
        var home = await client.GetAsync("/");
        Assert.True(home.IsSuccessStatusCode, $"The home page answered {(int)home.StatusCode} after the first start.");
        // What the start runs in the background belongs to the start too: the F2 warm-up looks 2 s after it.
        var warmUp = app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<GlosKlienta.Web.Features.Analysis.F2WarmUp>().Single();
        await warmUp.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));
        return [.. collected.Where(e => !e.StartsWith(UnencryptedKeyRing, StringComparison.Ordinal))];
    }

    /// <summary>
    /// The one warning left on purpose: data-protection keys are stored unencrypted beside the data they
    /// protect until a certificate is configured (encryption at rest is its own piece of work, issue 16 "Keys");
    /// it is logged when the first key is made, which is at the first page with a form, not by the start.
    /// </summary>
    private const string UnencryptedKeyRing = "Warning Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[35]:";

    private sealed class CollectingLoggerProvider(ConcurrentQueue<string> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Collecting(categoryName, sink);

        public void Dispose() { }

        private sealed class Collecting(string category, ConcurrentQueue<string> sink) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel)) sink.Enqueue($"{logLevel} {category}[{eventId.Id}]: {formatter(state, exception)}");
            }
        }
    }
}
