using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace GlosKlienta.Bench.Load;

public sealed record PhaseResult(
    int Users,
    double Seconds,
    int Completed,
    int Acknowledged,
    int Errors,
    IReadOnlyDictionary<string, int> ErrorKinds,
    double PostP50Ms,
    double PostP95Ms,
    double PostP99Ms,
    double PostMaxMs,
    double? ServerCpuSeconds,
    long? ServerPeakRssKb,
    long? ServerRssKb,
    double DriverCpuSeconds,
    double? MachineBusyFraction,
    double? OtherCores,
    long? StoredRows,
    bool? StoredMatches)
{
    public double CompletedPerSecond => Completed / Seconds;
    public double? ServerCpuMsPerResponse => ServerCpuSeconds is { } s && Completed > 0 ? s * 1000 / Completed : null;
    public double DriverCpuMsPerResponse => Completed > 0 ? DriverCpuSeconds * 1000 / Completed : double.NaN;
}

public sealed class LoadRunner(Options options)
{
    private SurveyForm? form;

    /// <summary>Load before the first phase, so that the server runs optimised code (tier-1 JIT) when measured.</summary>
    public async Task InitialWarmupAsync()
    {
        if (options.InitialWarmup <= TimeSpan.Zero) return;
        form ??= await ReadFormAsync();
        Console.Error.WriteLine(System.FormattableString.Invariant($"[driver] initial warm-up: {options.InitialWarmup.TotalSeconds:0} s with 32 users"));
        var vus = Enumerable.Range(0, 32).Select(i => new VirtualUser(options.BaseAddress, options.PagePath, form, options.Compression, seed: -1 - i)).ToList();
        try
        {
            await RunAllAsync(vus, options.InitialWarmup);
        }
        finally
        {
            foreach (var vu in vus) vu.Dispose();
        }
    }

    public async Task<PhaseResult> RunPhaseAsync(int users)
    {
        form ??= await ReadFormAsync();
        var server = options.ServerPid is { } pid ? new ServerProcess(pid) : null;
        var vus = Enumerable.Range(0, users)
            .Select(i => new VirtualUser(options.BaseAddress, options.PagePath, form, options.Compression, seed: (users * 7919) + i))
            .ToList();
        try
        {
            await WaitForQuietAsync(server);
            // Warm-up with the same users and connections: JIT, connection set-up, caches. Not counted.
            if (options.Warmup > TimeSpan.Zero) await RunAllAsync(vus, options.Warmup);

            var rowsBefore = CountRows();
            server?.ResetPeak();
            var cpuBefore = server?.CpuSeconds();
            var machineBefore = MachineCpu.Read();
            var driverBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();

            var stats = await RunAllAsync(vus, options.Duration);

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var driverCpu = (Process.GetCurrentProcess().TotalProcessorTime - driverBefore).TotalSeconds;
            var machineAfter = MachineCpu.Read();
            var cpuAfter = server?.CpuSeconds();
            var peak = server?.PeakRssKb();
            var rss = server?.RssKb();
            var rowsAfter = CountRows();
            // CPU used by everything else on the machine (other programs, the kernel's own threads), in cores.
            double? otherCores = MachineCpu.BusySeconds(machineBefore, machineAfter) is { } busy && cpuAfter is { } ca && cpuBefore is { } cb
                ? Math.Max(0, (busy - (ca - cb) - driverCpu) / seconds)
                : null;

            var ticks = stats.SelectMany(s => s.PostTicks).Order().ToArray();
            var errorKinds = stats.SelectMany(s => s.Errors)
                .GroupBy(e => e.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Sum(e => e.Value), StringComparer.Ordinal);
            var acknowledged = stats.Sum(s => s.Acknowledged);
            long? stored = rowsBefore is { } b && rowsAfter is { } a ? a - b : null;
            return new PhaseResult(
                users,
                seconds,
                stats.Sum(s => s.Completed),
                acknowledged,
                errorKinds.Values.Sum(),
                errorKinds,
                Percentile(ticks, 0.50),
                Percentile(ticks, 0.95),
                Percentile(ticks, 0.99),
                ticks.Length == 0 ? double.NaN : ToMs(ticks[^1]),
                cpuAfter - cpuBefore,
                peak,
                rss,
                driverCpu,
                MachineCpu.BusyFraction(machineBefore, machineAfter),
                otherCores,
                stored,
                stored is null ? null : stored == acknowledged);
        }
        finally
        {
            foreach (var vu in vus) vu.Dispose();
        }
    }

    /// <summary>Waits, at most <see cref="Options.QuietWait"/>, until the rest of the machine is nearly idle.</summary>
    private async Task WaitForQuietAsync(ServerProcess? server)
    {
        if (options.QuietWait <= TimeSpan.Zero) return;
        var until = Stopwatch.GetTimestamp() + (long)(options.QuietWait.TotalSeconds * Stopwatch.Frequency);
        var waited = false;
        while (true)
        {
            var m0 = MachineCpu.Read();
            var s0 = server?.CpuSeconds() ?? 0;
            var d0 = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
            await Task.Delay(1000);
            var others = (MachineCpu.BusySeconds(m0, MachineCpu.Read()) ?? 0) - ((server?.CpuSeconds() ?? 0) - s0) - (Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - d0);
            if (others < options.QuietCores)
            {
                if (waited) Console.Error.WriteLine(System.FormattableString.Invariant($"[driver] machine quiet (others {others:F2} cores)"));
                return;
            }
            if (Stopwatch.GetTimestamp() > until)
            {
                Console.Error.WriteLine(System.FormattableString.Invariant($"[driver] machine still busy (others {others:F2} cores); measuring anyway"));
                return;
            }
            if (!waited) Console.Error.WriteLine(System.FormattableString.Invariant($"[driver] other processes use {others:F2} cores; waiting for a quiet machine"));
            waited = true;
        }
    }

    private static async Task<UserStats[]> RunAllAsync(List<VirtualUser> vus, TimeSpan duration)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var stats = vus.Select(_ => new UserStats()).ToArray();
        // Each user runs on the thread pool; all stop starting new iterations at the deadline.
        await Task.WhenAll(vus.Select((vu, i) => Task.Run(() => vu.RunAsync(deadline, stats[i]))));
        return stats;
    }

    private async Task<SurveyForm> ReadFormAsync()
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = options.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var html = await client.GetStringAsync(new Uri(options.BaseAddress, options.PagePath));
        return SurveyForm.Parse(html);
    }

    private long? CountRows()
    {
        if (options.DatabasePath is null) return null;
        var cs = new SqliteConnectionStringBuilder { DataSource = options.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        using var connection = new SqliteConnection(cs);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM SurveyResponses";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static double Percentile(long[] sorted, double p)
    {
        if (sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p * sorted.Length) - 1;
        return ToMs(sorted[Math.Clamp(rank, 0, sorted.Length - 1)]);
    }

    private static double ToMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
