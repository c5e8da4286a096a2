using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace GlosKlienta.Cli.Backup;

/// <summary>
/// PostgreSQL's own <c>pg_dump</c> and <c>pg_restore</c>, of the server's major version (a dump of a newer
/// <c>pg_dump</c> cannot be read by an older <c>pg_restore</c>, and an older <c>pg_dump</c> refuses a newer server).
/// Looked for in <c>Backup:PgBinDirectory</c> when it is set, else on PATH and then in Debian's
/// <c>/usr/lib/postgresql/&lt;major&gt;/bin</c>. They connect through libpq's environment (<c>PGHOST</c>,
/// <c>PGPORT</c>, <c>PGDATABASE</c>, <c>PGUSER</c>, <c>PGPASSWORD</c>, <c>PGSSLMODE</c>): the password never appears
/// on a command line, where any user of the machine could read it in the process list.
/// </summary>
public static partial class PgTools
{
    public const string BinDirectorySetting = "Backup:PgBinDirectory";

    [GeneratedRegex(@"\(PostgreSQL\) (\d+)")]
    private static partial Regex VersionLine();

    /// <summary>The tool's full path, or an exception that says what to install or configure.</summary>
    public static async Task<string> FindAsync(string tool, int serverMajor, string? configuredDirectory, CancellationToken cancellationToken)
    {
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(configuredDirectory)) candidates.Add(Path.Combine(configuredDirectory, tool));
        else
        {
            foreach (var folder in (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
                candidates.Add(Path.Combine(folder, tool));
            candidates.Add(Path.Combine("/usr/lib/postgresql", serverMajor.ToString(CultureInfo.InvariantCulture), "bin", tool));
        }
        var seen = new List<string>();
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal))
        {
            if (!File.Exists(candidate)) continue;
            var major = await MajorVersionAsync(candidate, cancellationToken);
            if (major == serverMajor) return candidate;
            seen.Add($"{candidate} (wersja {major?.ToString(CultureInfo.InvariantCulture) ?? "nieznana"})");
        }
        var where = string.IsNullOrWhiteSpace(configuredDirectory) ? "w PATH ani w /usr/lib/postgresql/" + serverMajor.ToString(CultureInfo.InvariantCulture) + "/bin" : "w " + configuredDirectory + $" ({BinDirectorySetting})";
        throw new InvalidOperationException(
            $"Nie znaleziono programu {tool} w wersji {serverMajor} (wersja serwera PostgreSQL) {where}"
            + (seen.Count > 0 ? "; znaleziono tylko: " + string.Join(", ", seen) : "")
            + $". Zainstaluj klienta PostgreSQL {serverMajor} (Debian: apt-get install postgresql-client-{serverMajor}) "
            + $"albo wskaż folder z programami {tool} w ustawieniu {BinDirectorySetting}.");
    }

    /// <summary>The major version a tool reports with <c>--version</c>, or null when it says none.</summary>
    public static async Task<int?> MajorVersionAsync(string path, CancellationToken cancellationToken)
    {
        var (code, output, _) = await RunAsync(path, ["--version"], new Dictionary<string, string?>(), cancellationToken);
        var match = VersionLine().Match(output);
        return code == 0 && match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>libpq's environment for the connection string; the password only here, never as an argument.</summary>
    public static Dictionary<string, string?> ConnectionEnvironment(string connectionString)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var env = new Dictionary<string, string?>
        {
            ["PGHOST"] = c.Host,
            ["PGPORT"] = c.Port.ToString(CultureInfo.InvariantCulture),
            ["PGDATABASE"] = c.Database,
            ["PGUSER"] = c.Username,
            ["PGPASSWORD"] = c.Password,
            ["PGSSLMODE"] = c.SslMode switch
            {
                SslMode.Disable => "disable",
                SslMode.Allow => "allow",
                SslMode.Require => "require",
                SslMode.VerifyCA => "verify-ca",
                SslMode.VerifyFull => "verify-full",
                _ => "prefer",
            },
            ["PGAPPNAME"] = "glosklienta-backup",
        };
        if (!string.IsNullOrEmpty(c.Passfile)) env["PGPASSFILE"] = c.Passfile;
        return env;
    }

    /// <summary>Runs the tool with the arguments (no shell) and the environment; its exit code, standard output and error.</summary>
    public static async Task<(int Code, string Output, string Error)> RunAsync(
        string path, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        // A value the connection string leaves out stays as the environment has it (libpq, like Npgsql, reads PGPASSWORD).
        foreach (var (key, value) in environment)
            if (value is not null) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Nie udało się uruchomić {path}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await error);
    }
}
