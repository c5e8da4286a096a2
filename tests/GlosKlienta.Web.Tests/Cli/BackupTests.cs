using System.Globalization;
using System.Security.Cryptography;
using GlosKlienta.Cli;
using GlosKlienta.Cli.Backup;
using GlosKlienta.Tests.Shared;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GlosKlienta.Web.Tests.Cli;

/// <summary>
/// <c>backup --out</c> and <c>restore --from</c> through the command line, on each database: a copy taken while the
/// survey is being answered restores into an empty database with the same F2 figures, the same register and files, and
/// the rows the manifest says; a restore refuses a database that is not empty and a copy that was changed.
/// </summary>
public abstract class BackupTests(DatabaseKind kind) : DatabaseTest(kind), IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "glosklienta-tests", "backup-" + Guid.NewGuid().ToString("N"));
    private TestDatabase? source;
    private TestDatabase? target;

    private TestDatabase Source
    {
        get
        {
            Skip.If(source is null, TestDatabase.PostgresSkipReason);
            return source!;
        }
    }

    private TestDatabase Target => target!;

    private string BackupDir => Path.Combine(folder, "kopia");

    private string DumpName => Kind == DatabaseKind.Sqlite ? BackupCommand.SqliteDumpName : BackupCommand.PostgresDumpName;

    public async Task InitializeAsync()
    {
        source = await CreateDatabaseAsync();
        if (source is null) return;
        target = Kind == DatabaseKind.Sqlite ? TestDatabase.CreateEmptySqlite() : await TestDatabase.CreateEmptyPostgresAsync();
    }

    public async Task DisposeAsync()
    {
        if (source is not null) await source.DisposeAsync();
        if (target is not null) await target.DisposeAsync();
        try { System.IO.Directory.Delete(folder, recursive: true); } catch (DirectoryNotFoundException) { }
    }

    private static Dictionary<string, string?> Settings(TestDatabase database, string? pgBin = null) => new()
    {
        ["Database:Provider"] = database.Provider,
        ["ConnectionStrings:GlosKlienta"] = database.ConnectionString,
        [PgTools.BinDirectorySetting] = pgBin,
    };

    private static async Task<(int Code, string Output, string Error)> RunAsync(TestDatabase database, params string[] args) =>
        await RunWithAsync(Settings(database), args);

    private static async Task<(int Code, string Output, string Error)> RunWithAsync(Dictionary<string, string?> settings, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new StringReader(""), output, error, inputRedirected: true, settings);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<T> WithDbAsync<T>(TestDatabase database, Func<AppDbContext, Task<T>> work)
    {
        await using var services = CliApp.BuildServices(Settings(database));
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>The half-year before the current one, which the survey being answered now does not touch.</summary>
    private static (string Period, DateOnly Day) PastHalfYear()
    {
        var today = OfficeDate.Today();
        return today.Month >= 7 ? ($"{today.Year}H1", new DateOnly(today.Year, 2, 2)) : ($"{today.Year - 1}H2", new DateOnly(today.Year - 1, 9, 1));
    }

    /// <summary>Answers of the past half-year, two cases with files (one PDF, one text with Polish letters), a case without.</summary>
    private static async Task<List<byte[]>> SeedAsync(TestDatabase database)
    {
        var (_, day) = PastHalfYear();
        byte[] pdf = [.. "%PDF-1.4\n"u8, .. RandomNumberGenerator.GetBytes(300_000)];
        var files = new List<byte[]> { pdf, "Zażółć gęślą jaźń – skarga na kolejkę.\n"u8.ToArray() };
        await WithDbAsync(database, async db =>
        {
            var version = await db.SurveyVersions.OrderBy(v => v.Number).Select(v => v.Id).FirstAsync();
            for (var i = 0; i < 40; i++)
                db.SurveyResponses.Add(new SurveyResponse
                {
                    SurveyVersionId = version, Channel = i % 3 == 0 ? Channel.Paper : Channel.Online, ReceivedOn = day.AddDays(i),
                    Choices = $"plec=kobieta;komorka=usc;termin={(i % 5 == 0 ? "nie" : "tak")};oceny.uprzejmosc={1 + (i % 5)};oceny.sprawnosc={5 - (i % 3)}",
                });
            for (var n = 1; n <= 3; n++)
            {
                var c = new RegisterCase
                {
                    Year = day.Year, Number = n, RegisterNumber = $"{n}/{day.Year}", ReceivedOn = day, Channel = CaseChannel.Papier,
                    RegisteredAt = DateTimeOffset.UtcNow, RegisteredBy = "test", SenderName = "Zofia Żółkiewska", SenderAddress = "ul. Źródlana 5, 38-600 Lesko",
                    Subject = $"Sprawa {n}: długie oczekiwanie", Summary = "Treść skargi.", Kind = CaseKind.Skarga, CompetentBody = CompetentBody.Burmistrz,
                    TermKind = TermKind.Skarga, DueOn = day.AddMonths(1), Version = Guid.NewGuid(),
                };
                if (n <= files.Count)
                    c.Attachments.Add(new RegisterAttachment
                    {
                        FileName = n == 1 ? "skan.pdf" : "uwagi.txt", MediaType = n == 1 ? "application/pdf" : "text/plain", Size = files[n - 1].Length,
                        Sha256 = Convert.ToHexString(SHA256.HashData(files[n - 1])).ToLowerInvariant(), AddedAt = DateTimeOffset.UtcNow, AddedBy = "test",
                        Content = new RegisterAttachmentContent { Bytes = files[n - 1] },
                    });
                db.RegisterCases.Add(c);
            }
            await db.SaveChangesAsync();
            return 0;
        });
        return files;
    }

    private static async Task<string> F2JsonAsync(TestDatabase database, string period, string file)
    {
        var (code, _, error) = await RunAsync(database, "report", "f2", "--period", period, "--format", "json", "--out", file);
        Assert.True(code == 0, error);
        return await File.ReadAllTextAsync(file);
    }

    private static Task<List<(string Number, string Subject, string Sender, List<(string Name, string Sha, byte[] Bytes)> Files)>> RegisterAsync(TestDatabase database) =>
        WithDbAsync(database, async db => (await db.RegisterCases.AsNoTracking().Include(c => c.Attachments).ThenInclude(a => a.Content).OrderBy(c => c.Id).ToListAsync())
            .Select(c => (c.RegisterNumber, c.Subject, c.SenderName ?? "",
                c.Attachments.OrderBy(a => a.Id).Select(a => (a.FileName, a.Sha256, a.Content!.Bytes)).ToList()))
            .ToList());

    private static async Task<SortedDictionary<string, long>> RowCountsAsync(TestDatabase database)
    {
        if (database.Provider == "Sqlite")
        {
            await using var c = new SqliteConnection(database.ConnectionString);
            await c.OpenAsync();
            return await new DatabaseInventory(c, null, DatabaseProvider.Sqlite).RowCountsAsync(CancellationToken.None);
        }
        await using var p = new NpgsqlConnection(database.ConnectionString);
        await p.OpenAsync();
        return await new DatabaseInventory(p, null, DatabaseProvider.Postgres).RowCountsAsync(CancellationToken.None);
    }

    private BackupManifest Manifest() => BackupManifest.FromJson(File.ReadAllText(Path.Combine(BackupDir, BackupManifest.FileName)));

    [SkippableFact]
    public async Task Backup_UnderWriteLoad_RestoresIntoAnEmptyDatabase_WithTheSameF2RegisterFilesAndRows()
    {
        var files = await SeedAsync(Source);
        var (period, _) = PastHalfYear();
        await using var app = new AppFactory(Source, ownsDatabase: false);
        using var stop = new CancellationTokenSource();
        var stored = 0;
        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var client = app.CreateBrowserLikeClient();
            while (!stop.IsCancellationRequested)
            {
                // A new form each time: each carries its own submission key, and a key sent twice is stored once.
                var form = await SurveyForm.OpenAsync(client);
                using var response = await form.PostAsync(SurveyForm.FullAnswers());
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.SeeOther, response.StatusCode.ToString());
                Interlocked.Increment(ref stored);
            }
        })).ToList();
        while (Volatile.Read(ref stored) < 20 && !load.Any(t => t.IsFaulted)) await Task.Delay(20);
        Assert.DoesNotContain(load, t => t.IsFaulted);

        var (code, output, error) = await RunAsync(Source, "backup", "--out", BackupDir);

        var afterBackup = Volatile.Read(ref stored);
        while (Volatile.Read(ref stored) < afterBackup + 10 && !load.Any(t => t.IsFaulted)) await Task.Delay(20);
        await stop.CancelAsync();
        await Task.WhenAll(load);
        Assert.True(code == 0, error);
        Assert.Contains("Zapisano kopię bazy", output);
        var manifest = Manifest();
        // The copy is a moment of a database being written to: answers were stored before it and after it.
        var inCopy = manifest.RowCounts["SurveyResponses"];
        var atEnd = await WithDbAsync(Source, db => db.SurveyResponses.LongCountAsync());
        Assert.InRange(inCopy, 40 + 20, atEnd - 1);
        Assert.Equal(Kind.ToString(), manifest.DatabaseProvider);
        Assert.NotNull(manifest.SchemaMigration);
        // The copy's chain heads, one per kept table: "0:" for an empty one, else its last place and hash.
        Assert.Contains("AuditEntries", manifest.RecordChainHeads.Keys);
        Assert.All(manifest.RecordChainHeads.Values, h => Assert.Matches("^(0:|[1-9][0-9]*:[0-9a-f]{64})$", h));
        Assert.Equal(
            files.Select(f => Convert.ToHexString(SHA256.HashData(f)).ToLowerInvariant()).Order(),
            manifest.Attachments.Where(a => a.Table == "RegisterAttachmentContents").Select(a => a.Sha256).Order());
        Assert.Equal(Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(BackupDir, DumpName)))).ToLowerInvariant(), manifest.Dump.Sha256);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(BackupDir));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(BackupDir, DumpName)));
        }

        (code, output, error) = await RunAsync(Target, "restore", "--from", BackupDir);

        Assert.True(code == 0, error + output);
        Assert.Contains($"plik kopii {DumpName}: SHA-256 {manifest.Dump.Sha256} zgodny z manifestem", output);
        Assert.Contains("Kopia odtworzona i zgodna z manifestem.", output);
        var restoredCounts = await RowCountsAsync(Target);
        // The restore adds one entry to the restored log, after its check; everything else is the copy's.
        Assert.Equal(manifest.RowCounts["AuditEntries"] + 1, restoredCounts["AuditEntries"]);
        restoredCounts["AuditEntries"]--;
        Assert.Equal(manifest.RowCounts, restoredCounts);
        Assert.Equal(await RegisterAsync(Source), await RegisterAsync(Target), new RegisterComparer());
        Assert.Equal(files, (await RegisterAsync(Target)).SelectMany(c => c.Files).Select(f => f.Bytes));
        var f2Source = await F2JsonAsync(Source, period, Path.Combine(folder, "f2-source.json"));
        var f2Target = await F2JsonAsync(Target, period, Path.Combine(folder, "f2-target.json"));
        Assert.Equal(40, System.Text.Json.JsonDocument.Parse(f2Source).RootElement.GetProperty("responses").GetInt32());
        Assert.Equal(f2Source, f2Target);
        // The restored records verify, and every chain but the audit log's (the restore's own entry) ends where the copy's did.
        var (verified, verifyOutput, verifyError) = await RunAsync(Target, "verify-records");
        Assert.True(verified == 0, verifyError + verifyOutput);
        var restoredHeads = await WithDbAsync(Target, db => GlosKlienta.Web.Data.RecordChains.HeadsAsync(db, CancellationToken.None));
        Assert.Equal(
            manifest.RecordChainHeads.Where(h => h.Key != "AuditEntries"),
            restoredHeads.Where(h => h.Table != "AuditEntries").Select(h => new KeyValuePair<string, string>(h.Table, h.Sequence.ToString(CultureInfo.InvariantCulture) + ":" + h.Hash)));
    }

    [SkippableFact]
    public async Task Restore_OntoADatabaseWithDataOrSchema_IsRefusedAndChangesNothing()
    {
        await SeedAsync(Source);
        Assert.Equal(0, (await RunAsync(Source, "backup", "--out", BackupDir)).Code);
        var before = await RowCountsAsync(Source);

        var (code, _, error) = await RunAsync(Source, "restore", "--from", BackupDir);

        Assert.Equal(1, code);
        Assert.Contains("nie jest pusta", error);
        Assert.Contains("Niczego nie odtworzono.", error);
        Assert.Equal(before, await RowCountsAsync(Source));

        // A schema without a single row is not empty either.
        await ExecuteAsync(Target, "CREATE TABLE \"Obca\" (\"Id\" integer)");
        (code, _, error) = await RunAsync(Target, "restore", "--from", BackupDir);
        Assert.Equal(1, code);
        Assert.Contains("nie jest pusta", error);
        Assert.Equal(["Obca"], (await RowCountsAsync(Target)).Keys);
    }

    [SkippableFact]
    public async Task Restore_OfAChangedDumpFile_IsRefusedNamingTheFile()
    {
        await SeedAsync(Source);
        Assert.Equal(0, (await RunAsync(Source, "backup", "--out", BackupDir)).Code);
        var dump = Path.Combine(BackupDir, DumpName);
        var bytes = await File.ReadAllBytesAsync(dump);
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(dump, bytes);

        var (code, _, error) = await RunAsync(Target, "restore", "--from", BackupDir);

        Assert.Equal(1, code);
        Assert.Contains($"Plik kopii {DumpName} nie zgadza się z manifestem", error);
        Assert.Contains("Niczego nie odtworzono.", error);
        Assert.Empty(await RowCountsAsync(Target));
    }

    [SkippableFact]
    public async Task Restore_WhenAStoredFileDiffersFromTheManifest_FailsNamingTheFile()
    {
        var files = await SeedAsync(Source);
        Assert.Equal(0, (await RunAsync(Source, "backup", "--out", BackupDir)).Code);
        var manifest = Manifest();
        var attachment = manifest.Attachments.Single(a => a.Table == "RegisterAttachmentContents" && a.Bytes == files[1].Length);
        var manifestPath = Path.Combine(BackupDir, BackupManifest.FileName);
        if (Kind == DatabaseKind.Sqlite)
        {
            // Whoever changed a file inside the copy and wrote the copy's new SHA-256 into the manifest.
            var dump = Path.Combine(BackupDir, DumpName);
            await using (var c = new SqliteConnection($"Data Source={dump};Pooling=False"))
            {
                await c.OpenAsync();
                await using var update = c.CreateCommand();
                update.CommandText = $"UPDATE \"RegisterAttachmentContents\" SET \"Bytes\" = x'00' WHERE \"Id\" = {attachment.Key}";
                Assert.Equal(1, await update.ExecuteNonQueryAsync());
            }
            var sha = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(dump))).ToLowerInvariant();
            await File.WriteAllTextAsync(manifestPath, (await File.ReadAllTextAsync(manifestPath)).Replace(manifest.Dump.Sha256, sha, StringComparison.Ordinal));
        }
        else
        {
            // The source's file as the manifest recorded it is not what the dump holds.
            await File.WriteAllTextAsync(manifestPath, (await File.ReadAllTextAsync(manifestPath)).Replace(attachment.Sha256, new string('0', 64), StringComparison.Ordinal));
        }

        var (code, output, error) = await RunAsync(Target, "restore", "--from", BackupDir);

        Assert.Equal(1, code);
        Assert.Contains("NIE zgadza się z manifestem", error);
        Assert.Contains($"plik RegisterAttachmentContents.Bytes [{attachment.Key}]: SHA-256", error);
        Assert.Contains("NIEZGODNE", output);
        Assert.DoesNotContain("Kopia odtworzona i zgodna", output);
    }

    [SkippableFact]
    public async Task Backup_OnPostgresWithoutPgDump_SaysWhatToInstall()
    {
        Skip.If(Kind == DatabaseKind.Sqlite, "pg_dump belongs to PostgreSQL.");
        var empty = Path.Combine(folder, "bez-narzedzi");
        System.IO.Directory.CreateDirectory(empty);

        var (code, _, error) = await RunWithAsync(Settings(Source, pgBin: empty), "backup", "--out", BackupDir);

        Assert.Equal(1, code);
        Assert.Contains("Nie znaleziono programu pg_dump w wersji 15", error);
        Assert.Contains("apt-get install postgresql-client-15", error);
        Assert.Contains(PgTools.BinDirectorySetting, error);
        Assert.False(File.Exists(Path.Combine(BackupDir, BackupManifest.FileName)));
    }

    [SkippableFact]
    public async Task Backup_IntoAFolderThatIsNotEmpty_IsRefused()
    {
        System.IO.Directory.CreateDirectory(BackupDir);
        await File.WriteAllTextAsync(Path.Combine(BackupDir, "stara.txt"), "x");

        var (code, _, error) = await RunAsync(Source, "backup", "--out", BackupDir);

        Assert.Equal(1, code);
        Assert.Contains("nie jest pusty", error);
        Assert.Equal(["stara.txt"], System.IO.Directory.EnumerateFiles(BackupDir).Select(f => Path.GetFileName(f)!));
    }

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        if (database.Provider == "Sqlite")
        {
            await using var c = new SqliteConnection(database.ConnectionString);
            await c.OpenAsync();
            await using var command = c.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
            return;
        }
        await using var p = new NpgsqlConnection(database.ConnectionString);
        await p.OpenAsync();
        await using var pc = new NpgsqlCommand(sql, p);
        await pc.ExecuteNonQueryAsync();
    }

    private sealed class RegisterComparer : IEqualityComparer<List<(string Number, string Subject, string Sender, List<(string Name, string Sha, byte[] Bytes)> Files)>>
    {
        public bool Equals(List<(string Number, string Subject, string Sender, List<(string Name, string Sha, byte[] Bytes)> Files)>? x, List<(string Number, string Subject, string Sender, List<(string Name, string Sha, byte[] Bytes)> Files)>? y) =>
            x!.Count == y!.Count && x.Zip(y).All(p => p.First.Number == p.Second.Number && p.First.Subject == p.Second.Subject && p.First.Sender == p.Second.Sender
                && p.First.Files.Count == p.Second.Files.Count
                && p.First.Files.Zip(p.Second.Files).All(f => f.First.Name == f.Second.Name && f.First.Sha == f.Second.Sha && f.First.Bytes.AsSpan().SequenceEqual(f.Second.Bytes)));

        public int GetHashCode(List<(string Number, string Subject, string Sender, List<(string Name, string Sha, byte[] Bytes)> Files)> obj) => obj.Count;
    }
}

public sealed class BackupSqliteTests() : BackupTests(DatabaseKind.Sqlite);

public sealed class BackupPostgresTests() : BackupTests(DatabaseKind.Postgres);

public sealed class PgToolsTests
{
    [Fact]
    public void Environment_CarriesThePasswordForLibpq_NotAsAnArgument()
    {
        var env = PgTools.ConnectionEnvironment("Host=db.lesko.local;Port=5433;Database=glosklienta;Username=gk;Password=tajne haslo;SSL Mode=Require");

        Assert.Equal("db.lesko.local", env["PGHOST"]);
        Assert.Equal("5433", env["PGPORT"]);
        Assert.Equal("glosklienta", env["PGDATABASE"]);
        Assert.Equal("gk", env["PGUSER"]);
        Assert.Equal("tajne haslo", env["PGPASSWORD"]);
        Assert.Equal("require", env["PGSSLMODE"]);
    }

    [Fact]
    public async Task Find_InAConfiguredFolderWithoutTheTool_NamesThePackageAndTheSetting()
    {
        var empty = Path.Combine(Path.GetTempPath(), "glosklienta-tests", "pgbin-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(empty);
        try
        {
            var e = await Assert.ThrowsAsync<InvalidOperationException>(() => PgTools.FindAsync("pg_restore", 15, empty, CancellationToken.None));

            Assert.Contains("pg_restore w wersji 15", e.Message);
            Assert.Contains("postgresql-client-15", e.Message);
            Assert.Contains("Backup:PgBinDirectory", e.Message);
        }
        finally
        {
            System.IO.Directory.Delete(empty);
        }
    }
}
