using System.Diagnostics;
using System.Globalization;
using GlosKlienta.Bench.Analysis;
using GlosKlienta.Domain.RawData;
using GlosKlienta.Web.Features.RawData;
using Microsoft.Extensions.DependencyInjection;

// dotnet run -c Release --project bench/GlosKlienta.Bench.Analysis -- [--db PATH] [--responses N] [--seed S] [--skip-generate] [--export 2026H1|none]
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a, x => x.i + 1 < args.Length && !args[x.i + 1].StartsWith("--", StringComparison.Ordinal) ? args[x.i + 1] : "", StringComparer.Ordinal);
var path = Path.GetFullPath(options.GetValueOrDefault("--db") ?? Path.Combine(Path.GetTempPath(), "glosklienta-analysis.db"));
var responses = int.Parse(options.GetValueOrDefault("--responses") ?? "1000000", CultureInfo.InvariantCulture);
var seed = int.Parse(options.GetValueOrDefault("--seed") ?? "2026", CultureInfo.InvariantCulture);
var exportPeriod = options.GetValueOrDefault("--export") ?? "2026H1";

if (!options.ContainsKey("--skip-generate"))
{
    var data = await AnalysisData.GenerateAsync(path, responses, seed);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"generated {data.Responses:N0} responses, {data.Texts:N0} texts, {data.BoxOpenings} box openings ({data.From:yyyy-MM-dd}..{data.To:yyyy-MM-dd}) in {data.Elapsed.TotalSeconds:F1} s; file {new FileInfo(path).Length / 1048576.0:F0} MB: {path}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set after generating: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
}

if (exportPeriod != "none")
{
    var period = RawDataPeriod.ParseHalfYear(exportPeriod) ?? throw new ArgumentException($"--export takes a half-year such as 2026H1, not '{exportPeriod}'.");
    var output = Path.Combine(Path.GetDirectoryName(path)!, RawDataExport.FileName(period, RawDataFile.Csv));
    await using var services = AnalysisData.Services(path);
    await using var scope = services.CreateAsyncScope();
    var export = scope.ServiceProvider.GetRequiredService<RawDataExport>();
    var clock = Stopwatch.StartNew();
    var layout = await export.LayoutAsync(period, default);
    var count = await export.CountAsync(period, default);
    await using (var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        export.WriteCsv(layout, period, count, file);
    clock.Stop();
    using var process = Process.GetCurrentProcess();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"CSV export {period.Slug}: {count:N0} rows x {layout.Columns.Count} columns, {new FileInfo(output).Length / 1048576.0:F1} MB in {clock.Elapsed.TotalSeconds:F2} s " +
        $"({count / clock.Elapsed.TotalSeconds:N0} rows/s); peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB, managed heap now {GC.GetTotalMemory(false) / 1048576.0:F0} MB: {output}"));
}
