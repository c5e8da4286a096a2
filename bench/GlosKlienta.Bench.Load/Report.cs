using System.Globalization;
using System.Text;

namespace GlosKlienta.Bench.Load;

public static class Report
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Print(TextWriter w, Options o, IReadOnlyList<PhaseResult> results)
    {
        w.WriteLine(string.Create(Inv,
            $"Survey load: {o.BaseAddress}{o.PagePath.TrimStart('/')}, {o.Duration.TotalSeconds:0} s measured per phase after {o.Warmup.TotalSeconds:0} s warm-up (and {o.InitialWarmup.TotalSeconds:0} s before the first), compression {(o.Compression ? "br/gzip" : "off")}"));
        w.WriteLine();
        var header = new[] { "users", "completed", "resp/s", "POST p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "srv CPU ms/resp", "srv peak MB", "driver CPU ms/resp", "machine busy", "other cores", "stored", "stored = ack" };
        var rows = results.Select(r => new[]
        {
            r.Users.ToString(Inv),
            r.Completed.ToString(Inv),
            r.CompletedPerSecond.ToString("F0", Inv),
            r.PostP50Ms.ToString("F2", Inv),
            r.PostP95Ms.ToString("F2", Inv),
            r.PostP99Ms.ToString("F2", Inv),
            r.PostMaxMs.ToString("F1", Inv),
            r.Errors.ToString(Inv),
            r.ServerCpuMsPerResponse?.ToString("F3", Inv) ?? "-",
            r.ServerPeakRssKb is { } kb ? (kb / 1024.0).ToString("F0", Inv) : "-",
            r.DriverCpuMsPerResponse.ToString("F3", Inv),
            r.MachineBusyFraction is { } f ? (f * 100).ToString("F0", Inv) + " %" : "-",
            r.OtherCores?.ToString("F2", Inv) ?? "-",
            r.StoredRows?.ToString(Inv) ?? "-",
            r.StoredMatches switch { true => "yes", false => $"NO (ack {r.Acknowledged})", null => "-" },
        }).ToList();
        WriteTable(w, header, rows);
        foreach (var r in results.Where(r => r.Errors > 0))
        {
            w.WriteLine(string.Create(Inv, $"errors at {r.Users} users: ") + string.Join(", ", r.ErrorKinds.Select(e => $"{e.Key} x{e.Value}")));
        }
    }

    public static void WriteTable(TextWriter w, string[] header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))) + " |";
        w.WriteLine(Line(header));
        w.WriteLine("|" + string.Join("|", widths.Select((x, i) => i == 0 ? new string('-', x + 2) : new string('-', x + 1) + ":")) + "|");
        foreach (var r in rows) w.WriteLine(Line(r));
    }

    public static void WriteCsv(string path, IReadOnlyList<PhaseResult> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine("users,seconds,completed,acknowledged,completed_per_s,post_p50_ms,post_p95_ms,post_p99_ms,post_max_ms,errors,server_cpu_s,server_cpu_ms_per_response,server_peak_rss_kb,server_rss_kb,driver_cpu_s,machine_busy,other_cores,stored_rows,stored_matches");
        foreach (var r in results)
        {
            sb.AppendLine(string.Join(",",
                r.Users.ToString(Inv), r.Seconds.ToString("F3", Inv), r.Completed.ToString(Inv), r.Acknowledged.ToString(Inv),
                r.CompletedPerSecond.ToString("F1", Inv), r.PostP50Ms.ToString("F3", Inv), r.PostP95Ms.ToString("F3", Inv),
                r.PostP99Ms.ToString("F3", Inv), r.PostMaxMs.ToString("F3", Inv), r.Errors.ToString(Inv),
                r.ServerCpuSeconds?.ToString("F2", Inv) ?? "", r.ServerCpuMsPerResponse?.ToString("F4", Inv) ?? "",
                r.ServerPeakRssKb?.ToString(Inv) ?? "", r.ServerRssKb?.ToString(Inv) ?? "", r.DriverCpuSeconds.ToString("F2", Inv),
                r.MachineBusyFraction?.ToString("F3", Inv) ?? "", r.OtherCores?.ToString("F3", Inv) ?? "", r.StoredRows?.ToString(Inv) ?? "",
                r.StoredMatches?.ToString() ?? ""));
        }
        File.WriteAllText(path, sb.ToString());
    }
}
