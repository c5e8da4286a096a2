using System.CommandLine;
using System.Data;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using GlosKlienta.Web.Data;
using GlosKlienta.Web.Features.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GlosKlienta.Cli.Backup;

/// <summary>
/// <c>backup --out DIR</c> and <c>restore --from DIR</c>. On SQLite the copy is made with SQLite's online backup API
/// (a consistent snapshot while the application keeps writing; a file copy of a database in WAL mode is not one); on
/// PostgreSQL with <c>pg_dump --format=custom --no-owner --snapshot=…</c>, the snapshot exported by the transaction that
/// also counts the rows and hashes the files, so the manifest describes exactly what the dump holds. A restore goes
/// only onto an empty database, checks the copy's SHA-256 before it starts, and afterwards compares the restored
/// database's rows and files with the manifest.
/// </summary>
public static class BackupCommand
{
    public const string SqliteDumpName = "glosklienta.db";
    public const string PostgresDumpName = "glosklienta.dump";

    public static Command Backup(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var outDir = new Option<string>("--out") { Description = "Nowy albo pusty folder na kopię (baza i manifest.json).", Required = true };
        var command = new Command("backup", "Kopia zapasowa bazy w trakcie pracy aplikacji: SQLite przez online backup API, PostgreSQL przez pg_dump; "
            + "z manifestem (czas, wersje, migracja, liczby wierszy, SHA-256 plików i kopii).") { outDir };
        command.SetAction(async (parse, ct) =>
        {
            var dir = Path.GetFullPath(parse.GetValue(outDir)!);
            if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
            {
                await error.WriteLineAsync($"Folder {dir} nie jest pusty: kopia idzie do nowego albo pustego folderu, żeby nie nadpisać wcześniejszej.");
                return 1;
            }
            // The copy holds complainants' personal data: only the account that takes it may read it.
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(dir);
            else Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            await using var host = CliApp.BuildServices(settings);
            var database = host.GetRequiredService<DatabaseSettings>();
            var configuration = host.GetRequiredService<IConfiguration>();
            IReadOnlyList<FileColumn> columns;
            await using (var scope = host.CreateAsyncScope())
                columns = DatabaseInventory.FileColumnsOf(scope.ServiceProvider.GetRequiredService<AppDbContext>().Model);

            var createdAt = host.GetRequiredService<TimeProvider>().GetUtcNow();
            var copy = database.Provider switch
            {
                DatabaseProvider.Sqlite => await BackupSqliteAsync(database, Path.Combine(dir, SqliteDumpName), columns, ct),
                DatabaseProvider.Postgres => await BackupPostgresAsync(database, configuration[PgTools.BinDirectorySetting], Path.Combine(dir, PostgresDumpName), columns, ct),
            };
            var manifest = new BackupManifest
            {
                CreatedAt = createdAt,
                ApplicationVersion = ApplicationVersion,
                DatabaseProvider = database.Provider.ToString(),
                ServerVersion = copy.ServerVersion,
                SchemaMigration = copy.Migration,
                Dump = await DescribeAsync(copy.DumpPath, ct),
                DumpTool = copy.DumpTool,
                RowCounts = copy.Counts,
                FileColumns = columns,
                Attachments = copy.Files,
                RecordChainHeads = copy.Heads,
            };
            var manifestPath = Path.Combine(dir, BackupManifest.FileName);
            await File.WriteAllTextAsync(manifestPath + ".tmp", manifest.ToJson(), ct);
            File.Move(manifestPath + ".tmp", manifestPath);
            if (!OperatingSystem.IsWindows())
                foreach (var file in new[] { copy.DumpPath, manifestPath })
                    File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);

            // The source's log says a copy of everything was taken; the entry is after the snapshot, so not in the copy.
            await using (var scope = host.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordNowAsync(
                    AuditActions.BackupCreated, "backup (wiersz poleceń)",
                    details: new { folder = dir, dump = manifest.Dump.FileName, sha256 = manifest.Dump.Sha256, createdAt }, cancellationToken: ct);

            await output.WriteLineAsync($"Zapisano kopię bazy ({database.Provider}) do {dir}: {manifest.Dump.FileName}, "
                + $"{manifest.Dump.Bytes.ToString(CultureInfo.InvariantCulture)} B, SHA-256 {manifest.Dump.Sha256}.");
            await output.WriteLineAsync($"Manifest: {manifestPath}; {manifest.RowCounts.Count} tabel, "
                + $"{manifest.RowCounts.Values.Sum().ToString(CultureInfo.InvariantCulture)} wierszy, {manifest.Attachments.Count} plików z SHA-256, "
                + $"migracja {manifest.SchemaMigration ?? "(brak)"}.");
            return 0;
        });
        return command;
    }

    public static Command Restore(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string?>? settings)
    {
        var from = new Option<string>("--from") { Description = "Folder kopii zrobionej poleceniem backup.", Required = true };
        var command = new Command("restore", "Odtwarza kopię do skonfigurowanej bazy, która musi być pusta, i sprawdza ją z manifestem "
            + "(SHA-256 kopii, liczby wierszy każdej tabeli, SHA-256 każdego pliku, migracja).") { from };
        command.SetAction(async (parse, ct) =>
        {
            var dir = Path.GetFullPath(parse.GetValue(from)!);
            var manifestPath = Path.Combine(dir, BackupManifest.FileName);
            if (!File.Exists(manifestPath))
            {
                await error.WriteLineAsync($"W folderze {dir} nie ma pliku {BackupManifest.FileName}: to nie jest kopia zrobiona poleceniem backup. Niczego nie odtworzono.");
                return 1;
            }
            BackupManifest manifest;
            try
            {
                manifest = BackupManifest.FromJson(await File.ReadAllTextAsync(manifestPath, ct));
            }
            catch (JsonException e)
            {
                await error.WriteLineAsync($"Pliku {manifestPath} nie da się odczytać ({e.Message}). Niczego nie odtworzono.");
                return 1;
            }

            await using var host = CliApp.BuildServices(settings);
            var database = host.GetRequiredService<DatabaseSettings>();
            if (!string.Equals(manifest.DatabaseProvider, database.Provider.ToString(), StringComparison.Ordinal))
            {
                await error.WriteLineAsync($"To kopia bazy {manifest.DatabaseProvider}, a skonfigurowana baza to {database.Provider}: kopię odtwarza się do bazy tego samego rodzaju. Niczego nie odtworzono.");
                return 1;
            }
            var dumpName = manifest.Dump.FileName;
            var dumpPath = Path.Combine(dir, dumpName);
            if (Path.GetFileName(dumpName) != dumpName || !File.Exists(dumpPath))
            {
                await error.WriteLineAsync($"Brak pliku kopii {dumpName} w folderze {dir}. Niczego nie odtworzono.");
                return 1;
            }
            var found = await DescribeAsync(dumpPath, ct);
            if (found.Sha256 != manifest.Dump.Sha256)
            {
                await error.WriteLineAsync($"Plik kopii {dumpName} nie zgadza się z manifestem: SHA-256 {found.Sha256}, a manifest podaje {manifest.Dump.Sha256}. "
                    + "Kopia została zmieniona albo uszkodzona. Niczego nie odtworzono.");
                return 1;
            }

            var restored = database.Provider switch
            {
                DatabaseProvider.Sqlite => await RestoreSqliteAsync(dumpPath, database, manifest, ct),
                DatabaseProvider.Postgres => await RestorePostgresAsync(dumpPath, database, host.GetRequiredService<IConfiguration>()[PgTools.BinDirectorySetting], manifest, ct),
            };
            if (restored.Refusal is { } refusal)
            {
                await error.WriteLineAsync(refusal);
                return 1;
            }

            await output.WriteLineAsync($"Odtworzono kopię z {manifest.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)} "
                + $"(wersja aplikacji {manifest.ApplicationVersion}, {manifest.ServerVersion}) do bazy {database.Provider}. Sprawdzono:");
            await output.WriteLineAsync($"- plik kopii {dumpName}: SHA-256 {found.Sha256} zgodny z manifestem;");
            var problems = Compare(manifest, restored.Counts!, restored.Files!, restored.Migration);
            await output.WriteLineAsync($"- liczby wierszy {manifest.RowCounts.Count} tabel (razem {manifest.RowCounts.Values.Sum().ToString(CultureInfo.InvariantCulture)}): "
                + (problems.Any(p => p.Kind == "rows") ? "NIEZGODNE" : "zgodne") + ";");
            await output.WriteLineAsync($"- SHA-256 {manifest.Attachments.Count} plików ({string.Join(", ", manifest.FileColumns.Select(c => c.Table + "." + c.Column))}): "
                + (problems.Any(p => p.Kind == "file") ? "NIEZGODNE" : "zgodne") + ";");
            await output.WriteLineAsync($"- migracja schematu {restored.Migration ?? "(brak)"}: " + (problems.Any(p => p.Kind == "schema") ? "NIEZGODNA" : "zgodna") + ".");
            if (problems.Count > 0)
            {
                await error.WriteLineAsync("Odtworzona baza NIE zgadza się z manifestem kopii; nie używaj jej, odtwórz inną kopię do nowej pustej bazy:");
                foreach (var p in problems) await error.WriteLineAsync("- " + p.Message);
                return 1;
            }

            await using (var scope = host.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordNowAsync(
                    AuditActions.BackupRestored, "restore (wiersz poleceń)",
                    details: new { folder = dir, dump = dumpName, sha256 = found.Sha256, manifest.CreatedAt, manifest.ApplicationVersion }, cancellationToken: ct);
            await output.WriteLineAsync("Kopia odtworzona i zgodna z manifestem.");
            return 0;
        });
        return command;
    }

    /// <summary>The version of the application (informational version of the web assembly, with its commit when built from git).</summary>
    public static string ApplicationVersion =>
        typeof(AppDbContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(AppDbContext).Assembly.GetName().Version?.ToString() ?? "nieznana";

    public sealed record Problem(string Kind, string Message);

    /// <summary>Every difference between the manifest and what the restored database holds, each naming its table or file.</summary>
    public static List<Problem> Compare(BackupManifest manifest, IReadOnlyDictionary<string, long> counts, IReadOnlyList<StoredFileHash> files, string? migration)
    {
        var problems = new List<Problem>();
        foreach (var (table, expected) in manifest.RowCounts)
        {
            if (!counts.TryGetValue(table, out var actual)) problems.Add(new("rows", $"tabela {table}: brak w odtworzonej bazie (w kopii {expected} wierszy)"));
            else if (actual != expected) problems.Add(new("rows", $"tabela {table}: {actual} wierszy, a manifest podaje {expected}"));
        }
        foreach (var table in counts.Keys.Except(manifest.RowCounts.Keys, StringComparer.Ordinal))
            problems.Add(new("rows", $"tabela {table}: jest w odtworzonej bazie, a nie ma jej w manifeście"));
        var restored = files.ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var expected in manifest.Attachments)
        {
            if (!restored.Remove(expected.Name, out var actual)) problems.Add(new("file", $"plik {expected.Name}: brak w odtworzonej bazie"));
            else if (actual.Sha256 != expected.Sha256)
                problems.Add(new("file", $"plik {expected.Name}: SHA-256 {actual.Sha256} ({actual.Bytes} B), a manifest podaje {expected.Sha256} ({expected.Bytes} B)"));
        }
        foreach (var extra in restored.Values) problems.Add(new("file", $"plik {extra.Name}: jest w odtworzonej bazie, a nie ma go w manifeście"));
        if (migration != manifest.SchemaMigration)
            problems.Add(new("schema", $"migracja schematu {migration ?? "(brak)"}, a manifest podaje {manifest.SchemaMigration ?? "(brak)"}"));
        return problems;
    }

    private sealed record Copy(string DumpPath, string ServerVersion, string? Migration, string? DumpTool, SortedDictionary<string, long> Counts, List<StoredFileHash> Files)
    {
        public SortedDictionary<string, string> Heads { get; init; } = new(StringComparer.Ordinal);
    }

    /// <summary>The copy's record-chain heads, "sequence:hash" per table, read from the copy itself (the same snapshot as the counts).</summary>
    private static async Task<SortedDictionary<string, string>> HeadsAsync(AppDbContext copy, CancellationToken ct)
    {
        var heads = await RecordChains.HeadsAsync(copy, ct);
        return new SortedDictionary<string, string>(heads.ToDictionary(h => h.Table, h => h.Sequence.ToString(CultureInfo.InvariantCulture) + ":" + h.Hash), StringComparer.Ordinal);
    }

    private sealed record Restored(string? Refusal, SortedDictionary<string, long>? Counts, List<StoredFileHash>? Files, string? Migration);

    private static async Task<Copy> BackupSqliteAsync(DatabaseSettings database, string dumpPath, IReadOnlyList<FileColumn> columns, CancellationToken ct)
    {
        // ReadWrite, not ReadWriteCreate: a wrong path is an error, not a new empty database copied as if it were the office's.
        var source = new SqliteConnectionStringBuilder(database.ConnectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        await using var from = new SqliteConnection(source.ToString());
        await from.OpenAsync(ct);
        await using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dumpPath, Pooling = false }.ToString());
        await to.OpenAsync(ct);
        // One step over all pages under one read transaction of the source: a snapshot, while the writer goes on in the WAL.
        from.BackupDatabase(to);
        await ExecuteAsync(to, "PRAGMA journal_mode=DELETE;", ct); // one self-contained file, no -wal beside it
        var inventory = new DatabaseInventory(to, null, DatabaseProvider.Sqlite);
        await using var copyContext = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(to).Options);
        return new Copy(dumpPath, await inventory.ServerVersionAsync(ct), await inventory.LastMigrationAsync(ct), null,
            await inventory.RowCountsAsync(ct), await inventory.FileHashesAsync(columns, ct)) { Heads = await HeadsAsync(copyContext, ct) };
    }

    private static async Task<Copy> BackupPostgresAsync(DatabaseSettings database, string? binDirectory, string dumpPath, IReadOnlyList<FileColumn> columns, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        var pgDump = await PgTools.FindAsync("pg_dump", connection.PostgreSqlVersion.Major, binDirectory, ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        string snapshot;
        await using (var export = new NpgsqlCommand("SET TRANSACTION READ ONLY; SELECT pg_export_snapshot();", connection, transaction))
            snapshot = (string)(await export.ExecuteScalarAsync(ct))!;
        // The dump sees exactly what this transaction sees; the transaction stays open until the dump is done.
        var (code, _, stderr) = await PgTools.RunAsync(pgDump,
            ["--format=custom", "--no-owner", "--snapshot=" + snapshot, "--file=" + dumpPath],
            PgTools.ConnectionEnvironment(database.ConnectionString), ct);
        if (code != 0)
            throw new InvalidOperationException($"pg_dump zakończył się kodem {code}: {stderr.Trim()}");
        var toolVersion = (await PgTools.RunAsync(pgDump, ["--version"], new Dictionary<string, string?>(), ct)).Output.Trim();
        var inventory = new DatabaseInventory(connection, transaction, DatabaseProvider.Postgres);
        await using var snapshotContext = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connection).Options);
        await snapshotContext.Database.UseTransactionAsync(transaction, ct);
        var copy = new Copy(dumpPath, await inventory.ServerVersionAsync(ct), await inventory.LastMigrationAsync(ct), toolVersion,
            await inventory.RowCountsAsync(ct), await inventory.FileHashesAsync(columns, ct)) { Heads = await HeadsAsync(snapshotContext, ct) };
        await transaction.CommitAsync(ct);
        return copy;
    }

    private static async Task<Restored> RestoreSqliteAsync(string dumpPath, DatabaseSettings database, BackupManifest manifest, CancellationToken ct)
    {
        var target = new SqliteConnectionStringBuilder(database.ConnectionString) { Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var targetPath = Path.GetFullPath(target.DataSource);
        if (File.Exists(targetPath))
        {
            await using var existing = new SqliteConnection(new SqliteConnectionStringBuilder(target.ToString()) { Mode = SqliteOpenMode.ReadOnly }.ToString());
            await existing.OpenAsync(ct);
            var objects = await new DatabaseInventory(existing, null, DatabaseProvider.Sqlite).SchemaObjectsAsync(ct);
            if (objects > 0) return Refused(targetPath, objects);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(targetPath)!);
        await using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dumpPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await from.OpenAsync(ct);
        await using var to = new SqliteConnection(target.ToString());
        await to.OpenAsync(ct);
        from.BackupDatabase(to);
        await ExecuteAsync(to, "PRAGMA journal_mode=WAL;", ct); // as the application keeps it
        var inventory = new DatabaseInventory(to, null, DatabaseProvider.Sqlite);
        return new Restored(null, await inventory.RowCountsAsync(ct), await inventory.FileHashesAsync(manifest.FileColumns, ct), await inventory.LastMigrationAsync(ct));
    }

    private static async Task<Restored> RestorePostgresAsync(string dumpPath, DatabaseSettings database, string? binDirectory, BackupManifest manifest, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        var objects = await new DatabaseInventory(connection, null, DatabaseProvider.Postgres).SchemaObjectsAsync(ct);
        if (objects > 0) return Refused(connection.Database, objects);
        var pgRestore = await PgTools.FindAsync("pg_restore", connection.PostgreSqlVersion.Major, binDirectory, ct);
        // All or nothing; owners and grants are the target server's, not the source's.
        var (code, _, stderr) = await PgTools.RunAsync(pgRestore,
            ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname=" + connection.Database, dumpPath],
            PgTools.ConnectionEnvironment(database.ConnectionString), ct);
        if (code != 0)
            throw new InvalidOperationException($"pg_restore zakończył się kodem {code}: {stderr.Trim()}");
        var inventory = new DatabaseInventory(connection, null, DatabaseProvider.Postgres);
        return new Restored(null, await inventory.RowCountsAsync(ct), await inventory.FileHashesAsync(manifest.FileColumns, ct), await inventory.LastMigrationAsync(ct));
    }

    private static Restored Refused(string target, long objects) => new(
        $"Baza docelowa {target} nie jest pusta ({objects} obiektów schematu: tabele, sekwencje, typy…). Kopię odtwarza się tylko do pustej bazy, "
        + "żeby niczego nie nadpisać ani nie pomieszać: utwórz nową bazę (PostgreSQL: CREATE DATABASE; SQLite: nowa ścieżka pliku) i wskaż ją w konfiguracji. Niczego nie odtworzono.",
        null, null, null);

    private static async Task<BackupFile> DescribeAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(file, ct);
        return new BackupFile(Path.GetFileName(path), file.Length, Convert.ToHexString(hash).ToLowerInvariant());
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
