using System.Diagnostics;
using System.Globalization;
using GlosKlienta.Bench.Analysis;
using GlosKlienta.Documents;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Web;
using GlosKlienta.Web.Data;
using GlosKlienta.Web.Features.Analysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// dotnet run -c Release --project bench/GlosKlienta.Bench.F2 -- [--db PATH] [--responses N] [--period 2026H1] [--runs 3] [--parts] [--warm-up] [--uncached]
// --uncached: every run counts afresh (a new F2FiguresCache each time), as after a change to the data;
// without it the runs use the application's cache, so runs after the first (or every run after
// --warm-up) are what a person gets while nothing has changed.
// --parts: instead of the whole, times one native SQLite reader over all rows alone, then with a full tally (where the time goes).
// Times every F2 statistic of one period over the stored responses (database read included: the
// period and its baselines), then the whole draft PDF. The database is made by the analysis data
// generator (bench/GlosKlienta.Bench.Analysis) when the file does not exist.
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a, x => x.i + 1 < args.Length && !args[x.i + 1].StartsWith("--", StringComparison.Ordinal) ? args[x.i + 1] : "", StringComparer.Ordinal);
var path = Path.GetFullPath(options.GetValueOrDefault("--db") ?? Path.Combine(Path.GetTempPath(), "glosklienta-analysis.db"));
var responses = int.Parse(options.GetValueOrDefault("--responses") ?? "1000000", CultureInfo.InvariantCulture);
var period = ReportingPeriod.Parse(options.GetValueOrDefault("--period") ?? "2026H1");
var runs = int.Parse(options.GetValueOrDefault("--runs") ?? "3", CultureInfo.InvariantCulture);

if (!File.Exists(path))
{
    var data = await AnalysisData.GenerateAsync(path, responses);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {data.Responses:N0} responses in {data.Elapsed.TotalSeconds:F1} s: {path}"));
}
// Memory is measured from here: a fresh process would not carry the generator's heap.
GC.Collect();

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = "Sqlite",
    ["ConnectionStrings:GlosKlienta"] = AnalysisData.ConnectionString(path),
}).Build();
var services = new ServiceCollection();
services.AddSingleton<IConfiguration>(configuration);
services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
services.AddGlosKlienta(configuration);
await using var provider = services.BuildServiceProvider();
// A data set generated before the latest migration gets it now, before anything is timed.
await DatabaseSetup.MigrateAndSeedAsync(provider, default);

// The running application has built its EF model and opened the database at start-up (migrations,
// seed); do the same here, so that run 1 times the first F2 of a started application, not EF's start.
await using (var warm = provider.CreateAsyncScope())
{
    var clock = Stopwatch.StartNew();
    var db = warm.ServiceProvider.GetRequiredService<AppDbContext>();
    int versions = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.SurveyVersions);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"application start (EF model, first query): {clock.ElapsedMilliseconds} ms; {versions} survey versions"));
}

if (options.ContainsKey("--warm-up"))
{
    // What the application does at start (F2WarmUp): run 1 below is then the first F2 a person asks for.
    var warmUp = provider.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<F2WarmUp>().Single();
    var clock = Stopwatch.StartNew();
    await warmUp.StartAsync(default);
    await warmUp.ExecuteTask!;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up at start (2 s delay included): {clock.ElapsedMilliseconds} ms"));
}

for (int run = 1; run <= (options.ContainsKey("--parts") ? 0 : runs); run++)
{
    await using var scope = provider.CreateAsyncScope();
    var figures = options.ContainsKey("--uncached")
        ? new F2FiguresService(scope.ServiceProvider.GetRequiredService<AppDbContext>(),
            scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AnalysisOptions>>(), new F2FiguresCache())
        : scope.ServiceProvider.GetRequiredService<F2FiguresService>();
    var clock = Stopwatch.StartNew();
    var f = await figures.ComputeAsync(period);
    clock.Stop();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"figures {period} run {run}: {clock.Elapsed.TotalMilliseconds:F0} ms; {f.Responses:N0} responses in the period, baselines {f.PreviousPeriod?.BaselineResponses:N0} ({f.PreviousPeriod?.BaselinePeriod}) and {f.YearEarlier?.BaselineResponses:N0}; alpha {f.ServiceIndex.Alpha:F3}; {f.Threats.Count} threatened areas"));
}

for (int run = 1; run <= (options.ContainsKey("--parts") ? 0 : runs); run++)
{
    await using var scope = provider.CreateAsyncScope();
    var protocols = scope.ServiceProvider.GetRequiredService<F2Protocols>();
    var clock = Stopwatch.StartNew();
    var (_, document) = await protocols.DraftAsync(period, default);
    var pdf = Renderers.RenderToBytes(document, GlosKlienta.Documents.DocumentFormat.Pdf);
    clock.Stop();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole PDF {period} run {run}: {clock.Elapsed.TotalMilliseconds:F0} ms, {pdf.Length / 1024.0:F0} KB"));
}

using var process = Process.GetCurrentProcess();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB; managed heap now {GC.GetTotalMemory(false) / 1048576.0:F0} MB"));

if (options.ContainsKey("--parts"))
{
    // Where the time goes, one reader over all the rows: SQLite stepping alone (the packed columns
    // the figures read, nothing done with them), then the same with every row counted into a full
    // tally from its stored bytes.
    using var connection = new Microsoft.Data.Sqlite.SqliteConnection(AnalysisData.ConnectionString(path));
    connection.Open();
    using var definition = connection.CreateCommand();
    definition.CommandText = "SELECT \"Definition\" FROM \"SurveyVersions\" ORDER BY \"Number\" DESC LIMIT 1";
    var layout = new TallyLayout(GlosKlienta.Domain.Survey.SurveyDefinition.FromJson((string)definition.ExecuteScalar()!));
    const string sql = "SELECT (\"Id\" << 24) | (\"SurveyVersionId\" << 4) | \"Channel\", \"ReceivedOn\", \"Choices\" FROM \"SurveyResponses\" WHERE +\"ReceivedOn\" >= '2025-01-01' AND +\"ReceivedOn\" <= '2026-12-31'";
    for (int run = 1; run <= runs; run++)
    {
        foreach (var tallied in new[] { false, true })
        {
            var tally = new ResponseTally(layout, period);
            var sw = Stopwatch.StartNew();
            SQLitePCL.raw.sqlite3_prepare_v2(connection.Handle!, sql, out SQLitePCL.sqlite3_stmt statement);
            long n = 0, bytes = 0;
            using (statement)
            {
                while (SQLitePCL.raw.sqlite3_step(statement) == SQLitePCL.raw.SQLITE_ROW)
                {
                    n++;
                    long packed = SQLitePCL.raw.sqlite3_column_int64(statement, 0);
                    var day = SQLitePCL.raw.sqlite3_column_blob(statement, 1);
                    var choices = SQLitePCL.raw.sqlite3_column_blob(statement, 2);
                    bytes += day.Length + choices.Length;
                    if (tallied) tally.Add((int)(packed >> 4) & 0xFFFFF, (GlosKlienta.Domain.Survey.Channel)(packed & 0xF), period.Start, choices);
                }
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"parts run {run}: {(tallied ? "read + full tally" : "read only")}: {n:N0} rows, {bytes / 1048576.0:F0} MB of dates and answers, {sw.ElapsedMilliseconds} ms"));
        }
    }
}
