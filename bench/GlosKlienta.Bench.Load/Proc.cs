using System.Globalization;
using System.Runtime.InteropServices;

namespace GlosKlienta.Bench.Load;

/// <summary>The server process as Linux reports it in /proc.</summary>
public sealed class ServerProcess(int pid)
{
    private const int ScClkTck = 2;

    [DllImport("libc", EntryPoint = "sysconf")]
#pragma warning disable SYSLIB1054 // A plain int call; DllImport keeps the project free of unsafe code.
    private static extern long SysConf(int name);
#pragma warning restore SYSLIB1054

    public static long ClockTicksPerSecond => ClockTicks.Value;

    private static readonly Lazy<long> ClockTicks = new(() =>
    {
        try
        {
            var t = SysConf(ScClkTck);
            return t > 0 ? t : 100;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return 100;
        }
    });

    /// <summary>User plus system CPU time of the process (utime + stime of /proc/PID/stat, all threads), in seconds.</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) is in parentheses and may hold spaces; fields after it start with field 3.
        var rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var utime = long.Parse(rest[14 - 3], CultureInfo.InvariantCulture);
        var stime = long.Parse(rest[15 - 3], CultureInfo.InvariantCulture);
        return (utime + stime) / (double)ClockTicks.Value;
    }

    /// <summary>Peak resident memory (VmHWM) in KiB.</summary>
    public long? PeakRssKb() => StatusField("VmHWM");

    public long? RssKb() => StatusField("VmRSS");

    /// <summary>Starts a new peak: writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0+). Without permission the peak is since start.</summary>
    public void ResetPeak()
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private long? StatusField(string name)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (!line.StartsWith(name + ":", StringComparison.Ordinal)) continue;
            var value = line[(name.Length + 1)..].Trim();
            var space = value.IndexOf(' ', StringComparison.Ordinal);
            return long.Parse(space < 0 ? value : value[..space], CultureInfo.InvariantCulture);
        }
        return null;
    }
}

/// <summary>Busy and total time of all CPUs from /proc/stat (clock ticks), to see how full the machine was.</summary>
public readonly record struct MachineCpu(long Busy, long Total)
{
    public static double? BusySeconds(MachineCpu? before, MachineCpu? after) =>
        before is { } b && after is { } a ? (a.Busy - b.Busy) / (double)ServerProcess.ClockTicksPerSecond : null;

    public static MachineCpu? Read()
    {
        try
        {
            var line = File.ReadLines("/proc/stat").First();
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            // user nice system idle iowait irq softirq steal ...
            var idle = f[3] + (f.Length > 4 ? f[4] : 0);
            var total = f.Take(Math.Min(f.Length, 8)).Sum();
            return new MachineCpu(total - idle, total);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static double? BusyFraction(MachineCpu? before, MachineCpu? after) =>
        before is { } b && after is { } a && a.Total > b.Total ? (a.Busy - b.Busy) / (double)(a.Total - b.Total) : null;
}
