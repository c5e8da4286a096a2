using System.Globalization;

namespace GlosKlienta.Bench.Load;

public sealed class Options
{
    public const string Usage = """
        usage: GlosKlienta.Bench.Load [load|page-weight] [options]
          --url URL            base address of the server (default http://127.0.0.1:5080); loopback only
          --users 8,32,64      concurrency levels, one phase each
          --duration SECONDS   measured time of each phase (default 20)
          --warmup SECONDS     warm-up before each phase, not counted (default 5)
          --initial-warmup SECONDS  once, before the first phase, with 32 users (default 30): the server's
                               tiered JIT needs about 20 s of load before its code is fully optimised
          --server-pid PID     the server's process: CPU time and peak memory from /proc are reported
          --db PATH            the server's SQLite file: stored rows are counted and compared
          --no-compression     do not ask for compressed pages (by default Accept-Encoding: br, gzip, as a browser)
          --path PATH          the survey page (default /ankieta)
          --csv PATH           also write the results as CSV
          --quiet-wait SECONDS before each phase wait (at most this long) until other processes use under
                               --quiet-cores of CPU, so that a busy machine does not skew the figures (default 0: no wait)
          --quiet-cores CORES  (default 0.15)
          --busy-retries N     repeat a phase (at most N times) when other processes used more than twice
                               --quiet-cores during it (default 0)
        """;

    public string Mode { get; private set; } = "load";
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1:5080");
    public IReadOnlyList<int> Users { get; private set; } = [8, 32, 64];
    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(20);
    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(5);
    public TimeSpan InitialWarmup { get; private set; } = TimeSpan.FromSeconds(30);
    public int? ServerPid { get; private set; }
    public string? DatabasePath { get; private set; }
    public bool Compression { get; private set; } = true;
    public string PagePath { get; private set; } = "/ankieta";
    public string? CsvPath { get; private set; }
    public TimeSpan QuietWait { get; private set; } = TimeSpan.Zero;
    public double QuietCores { get; private set; } = 0.15;
    public int BusyRetries { get; private set; }

    public static Options? Parse(string[] args)
    {
        var o = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{a} needs a value");
            try
            {
                switch (a)
                {
                    case "load" or "page-weight": o.Mode = a; break;
                    case "--url": o.BaseAddress = new Uri(Next()); break;
                    case "--users":
                        o.Users = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
                        break;
                    case "--duration": o.Duration = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)); break;
                    case "--warmup": o.Warmup = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)); break;
                    case "--initial-warmup": o.InitialWarmup = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)); break;
                    case "--server-pid": o.ServerPid = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--db": o.DatabasePath = Next(); break;
                    case "--no-compression": o.Compression = false; break;
                    case "--path": o.PagePath = Next(); break;
                    case "--csv": o.CsvPath = Next(); break;
                    case "--quiet-wait": o.QuietWait = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)); break;
                    case "--quiet-cores": o.QuietCores = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--busy-retries": o.BusyRetries = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    default:
                        Console.Error.WriteLine($"unknown argument: {a}");
                        return null;
                }
            }
            catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
            {
                Console.Error.WriteLine(e.Message);
                return null;
            }
        }
        // Bounded: at most 1,000 users and 10 minutes a phase.
        if (o.Users.Count == 0 || o.Users.Any(u => u is < 1 or > 1000)) return null;
        if (o.Duration <= TimeSpan.Zero || o.Duration > TimeSpan.FromMinutes(10) || o.Warmup < TimeSpan.Zero || o.Warmup > TimeSpan.FromMinutes(10)) return null;
        if (o.InitialWarmup < TimeSpan.Zero || o.InitialWarmup > TimeSpan.FromMinutes(10)) return null;
        if (o.BusyRetries is < 0 or > 20) return null;
        if (o.QuietWait < TimeSpan.Zero || o.QuietWait > TimeSpan.FromMinutes(30)) return null;
        return o;
    }
}
