using System.Text;
using GlosKlienta.Cli;
using GlosKlienta.Domain.Records;
using GlosKlienta.Web.Features.Directory;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GlosKlienta.Web.Tests.Security;

/// <summary>
/// The kept records are tamper-evident (Data/RecordChains): every append-only row is sealed into a hash chain per
/// table; a change, a deletion or a replacement made past the application, even after dropping the triggers, is named
/// by <c>verify-records</c> and by /personel/rejestry-niezmienne.
/// </summary>
public abstract class RecordChainTests(DatabaseKind kind) : AppTest(kind)
{
    private Dictionary<string, string?> CliSettings => new()
    {
        ["Database:Provider"] = Factory.Database.Provider,
        ["ConnectionStrings:GlosKlienta"] = Factory.Database.ConnectionString,
    };

    private async Task<(int Code, string Output, string Error)> VerifyCliAsync()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["verify-records"], new StringReader(""), output, error, inputRedirected: true, CliSettings);
        return (code, output.ToString(), error.ToString());
    }

    private Task<List<long>> AddAuditEntriesAsync(int count) => Factory.WithDbAsync(async db =>
    {
        var entries = Enumerable.Range(1, count).Select(i => new AuditEntry
        {
            At = DateTimeOffset.UtcNow.AddTicks(i * 3),
            Actor = "test",
            Action = "test.chain",
            SubjectType = "Test",
            SubjectId = i.ToString(CultureInfo.InvariantCulture),
            Details = "wpis " + i.ToString(CultureInfo.InvariantCulture),
        }).ToList();
        foreach (var e in entries)
        {
            db.AuditEntries.Add(e);
            await db.SaveChangesAsync();
        }
        return entries.Select(e => e.Id).ToList();
    });

    private Task<int> DropAuditTriggersAsync() => Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(Factory.Database.Provider == "Sqlite"
        ? "DROP TRIGGER \"AuditEntries_append_only_update\"; DROP TRIGGER \"AuditEntries_append_only_delete\";"
        : "DROP TRIGGER \"AuditEntries_append_only\" ON \"AuditEntries\";"));

    private async Task<IDocument> VerifyPageAsync()
    {
        await StaffAccounts.CreateUserAsync(Factory, "pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        var client = await StaffAccounts.SignInAsync(Factory, "pelnomocnik@lesko.pl");
        var response = await StaffAccounts.PostFormAsync(client, "/personel/rejestry-niezmienne", "form[action*='handler=Verify']", []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    [SkippableFact]
    public async Task KeptRows_AreSealedAsTheyAreAdded_AndEveryChainVerifies()
    {
        SkipWithoutDatabase();
        var ids = await AddAuditEntriesAsync(3);

        var reports = await Factory.WithDbAsync(db => RecordChains.VerifyAsync(db, CancellationToken.None));
        var heads = await Factory.WithDbAsync(db => RecordChains.HeadsAsync(db, CancellationToken.None));
        var (code, output, error) = await VerifyCliAsync();

        Assert.All(reports, r => Assert.True(r.Intact, $"{r.Table}: {r.Break}"));
        var audit = heads.Single(h => h.Table == "AuditEntries");
        Assert.Equal(ids[^1].ToString(CultureInfo.InvariantCulture), audit.RowId);
        Assert.Equal(reports.Single(r => r.Table == "AuditEntries").Head, audit);
        Assert.Equal(["ApprovedReviews", "AuditEntries", "DirectorySnapshots", "DisposalProtocols", "F2Protocols", "InfoMaterialVersions", "PressReleaseVersions", "QualityActionNotes"], heads.Select(h => h.Table));
        // Each chain has its Polish name on the staff page (the page falls back to the table's name, which a person cannot read).
        var text = Factory.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
        Assert.All(heads, h => Assert.False(text["Records.Table." + h.Table].ResourceNotFound, $"no Polish name for the chain {h.Table}"));
        Assert.True(code == 0, error);
        Assert.Contains("Wszystkie łańcuchy są nienaruszone. Skrót łączny: " + RecordChain.Combined(heads), output);
    }

    [SkippableFact]
    public async Task TheCanonicalForm_OfAStoredRow_IsTheSameOnBothDatabases()
    {
        SkipWithoutDatabase();
        var id = await Factory.WithDbAsync(async db =>
        {
            var copy = new DirectorySnapshot
            {
                RecordedAt = new DateTimeOffset(2026, 12, 6, 9, 30, 15, TimeSpan.FromHours(1)).AddTicks(1234567),
                RecordedOn = new DateOnly(2026, 12, 6),
                RecordedBy = "Anna Nowak",
                Summary = "Pokój: 12 „Kasa”\nparter",
                State = "{}",
            };
            db.DirectorySnapshots.Add(copy);
            await db.SaveChangesAsync();
            return copy.Id;
        });

        var text = await Factory.WithDbAsync(async db =>
        {
            var row = await db.DirectorySnapshots.AsTracking().SingleAsync(s => s.Id == id);
            return Encoding.UTF8.GetString(RecordChains.Canonical(db.Entry(row)));
        });

        Assert.Matches("^gk-record/1\ntable=DirectorySnapshots\nChainSequence=i:[0-9]+:[0-9]+\nRecordedAt=t:27:2026-12-06T08:30:15.123456Z\n"
            + "RecordedBy=s:10:Anna Nowak\nRecordedOn=d:10:2026-12-06\nState=s:2:\\{}\nSummary=s:28:Pokój: 12 „Kasa”\nparter\n$", text);
    }

    [SkippableFact]
    public async Task ARowChangedAfterTheTriggersWereDropped_IsNamedByTheCommandLineAndThePage()
    {
        SkipWithoutDatabase();
        var ids = await AddAuditEntriesAsync(3);
        await DropAuditTriggersAsync();
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Details\" = 'podmienione' WHERE \"Id\" = {0}", ids[1]));

        var (code, _, error) = await VerifyCliAsync();
        var page = await VerifyPageAsync();

        Assert.Equal(VerifyRecordsCommand.Broken, code);
        Assert.Contains($"AuditEntries: NARUSZONY — treść zmieniona: wiersz Id {ids[1]}", error);
        var row = page.QuerySelector("table.records-check tr[data-table=AuditEntries]")!;
        Assert.Contains("Treść zmieniona", row.TextContent);
        Assert.Contains($"Id {ids[1]},", row.TextContent);
        Assert.Contains("Naruszone łańcuchy: 1", page.QuerySelector("#wynik")!.TextContent);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == Features.Records.IndexModel.VerifiedAction)));
    }

    [SkippableFact]
    public async Task ARowRewrittenWithAFreshHash_BreaksTheLinkOfTheNextRow()
    {
        SkipWithoutDatabase();
        var ids = await AddAuditEntriesAsync(3);
        await DropAuditTriggersAsync();
        // A forger who knows the scheme recomputes the changed row's hash; the next row still names the old one.
        await Factory.WithDbAsync(async db =>
        {
            var row = await db.AuditEntries.AsTracking().SingleAsync(e => e.Id == ids[1]);
            row.Details = "podmienione";
            var previous = (string)db.Entry(row).Property(RecordChains.PreviousColumn).CurrentValue!;
            var hash = RecordChain.Link(previous, RecordChains.Canonical(db.Entry(row)));
            return await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Details\" = 'podmienione', \"ChainHash\" = {0} WHERE \"Id\" = {1}", hash, ids[1]);
        });

        var (code, _, error) = await VerifyCliAsync();

        Assert.Equal(VerifyRecordsCommand.Broken, code);
        Assert.Contains($"AuditEntries: NARUSZONY — łańcuch przerwany: wiersz Id {ids[2]}", error);
    }

    [SkippableFact]
    public async Task AMiddleRowDeletedAfterTheTriggersWereDropped_IsNamed()
    {
        SkipWithoutDatabase();
        var ids = await AddAuditEntriesAsync(3);
        await DropAuditTriggersAsync();
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Id\" = {0}", ids[1]));

        var (code, _, error) = await VerifyCliAsync();
        var page = await VerifyPageAsync();

        Assert.Equal(VerifyRecordsCommand.Broken, code);
        Assert.Contains($"AuditEntries: NARUSZONY — brak wiersza: wiersz Id {ids[2]}", error);
        Assert.Contains("(usunięty)", error);
        Assert.Contains("Brak wiersza", page.QuerySelector("table.records-check tr[data-table=AuditEntries]")!.TextContent);
    }

    [SkippableFact]
    public async Task ARowInsertedPastTheApplication_IsNamedAsOutsideTheChain()
    {
        SkipWithoutDatabase();
        await AddAuditEntriesAsync(1);
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"AuditEntries\" (\"At\", \"Actor\", \"Action\") VALUES ({0}, 'ktoś', 'test.forged')", DateTimeOffset.UtcNow));

        var (code, _, error) = await VerifyCliAsync();

        Assert.Equal(VerifyRecordsCommand.Broken, code);
        Assert.Contains("AuditEntries: NARUSZONY — wiersz spoza łańcucha", error);
    }

    [SkippableFact]
    public async Task InsertOrReplace_OverAnAuditRow_IsRefused_ThroughTheApplicationAndAnyOtherClient()
    {
        SkipWithoutDatabase();
        Skip.If(Kind != DatabaseKind.Sqlite, "INSERT OR REPLACE is SQLite's; PostgreSQL has no such statement.");
        var id = (await AddAuditEntriesAsync(1))[0];
        const string replace = "INSERT OR REPLACE INTO \"AuditEntries\" (\"Id\", \"At\", \"Actor\", \"Action\") VALUES ({0}, '2026-01-01 00:00:00+00:00', 'ktoś', 'podmienione')";

        var viaApp = await Assert.ThrowsAnyAsync<Exception>(() => Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(replace, id)));
        await using (var shell = new SqliteConnection(Factory.Database.ConnectionString))
        {
            await shell.OpenAsync();
            await using var command = shell.CreateCommand();
            command.CommandText = replace.Replace("{0}", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var viaShell = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("Append-only: rows of AuditEntries cannot be changed or deleted.", viaShell.Message);
        }

        Assert.Contains("Append-only: rows of AuditEntries cannot be changed or deleted.", viaApp.Message);
        Assert.Equal("test.chain", await Factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Id == id).Select(e => e.Action).SingleAsync()));
    }

    [SkippableFact]
    public async Task InsertOrReplace_ThroughAnotherUniqueKey_IsRefusedOnTheApplicationsConnections()
    {
        SkipWithoutDatabase();
        Skip.If(Kind != DatabaseKind.Sqlite, "INSERT OR REPLACE is SQLite's; PostgreSQL has no such statement.");
        var id = (await AddAuditEntriesAsync(1))[0];
        var sequence = await Factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Id == id).Select(e => EF.Property<long?>(e, RecordChains.SequenceColumn)).SingleAsync());

        // A new Id but the sealed row's place in the chain: REPLACE would delete the sealed row; recursive_triggers fires its DELETE trigger.
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "INSERT OR REPLACE INTO \"AuditEntries\" (\"At\", \"Actor\", \"Action\", \"ChainSequence\") VALUES ('2026-01-01 00:00:00+00:00', 'ktoś', 'podmienione', {0})", sequence!)));

        Assert.Contains("Append-only: rows of AuditEntries cannot be changed or deleted.", refused.Message);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Id == id)));
    }

    [SkippableFact]
    public async Task ConcurrentAppendsFromSeveralContexts_KeepOneChainWithoutAFork()
    {
        SkipWithoutDatabase();
        const int writers = 4, each = 15;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < each; i++)
            {
                await using var scope = Factory.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "writer " + w, Action = "test.concurrent" });
                if (i % 3 == 0) db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "writer " + w, Action = "test.concurrent" });
                await db.SaveChangesAsync();
            }
        })));

        var reports = await Factory.WithDbAsync(db => RecordChains.VerifyAsync(db, CancellationToken.None));
        var audit = reports.Single(r => r.Table == "AuditEntries");
        var total = await Factory.WithDbAsync(db => db.AuditEntries.CountAsync());

        Assert.True(audit.Intact, audit.Break?.ToString());
        Assert.Equal(total, audit.Rows);
        Assert.Equal(total, audit.Head.Sequence);
        Assert.Equal(writers * (each + 5), await Factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "test.concurrent")));
    }
}

public sealed class RecordChainSqliteTests() : RecordChainTests(DatabaseKind.Sqlite);

public sealed class RecordChainPostgresTests() : RecordChainTests(DatabaseKind.Postgres);

/// <summary>A database written before the chains existed: the upgrade seals its kept rows, in key order, and they verify.</summary>
public abstract class RecordChainUpgradeTests(DatabaseKind kind) : DatabaseTest(kind, empty: true)
{
    [SkippableFact]
    public async Task AnUpgradedDatabaseWithKeptRows_IsSealedOnce_AndVerifies()
    {
        await using var created = await CreateDatabaseAsync();
        Skip.If(created is null, TestDatabase.PostgresSkipReason);
        var database = created!;
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = database.Provider, ["ConnectionStrings:GlosKlienta"] = database.ConnectionString };
        await using var services = CliApp.BuildServices(settings);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_RecordChains", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
            for (var i = 1; i <= 3; i++)
                await db.Database.ExecuteSqlRawAsync("INSERT INTO \"AuditEntries\" (\"At\", \"Actor\", \"Action\", \"Details\") VALUES ({0}, 'system', 'before.chains', {1})",
                    new DateTimeOffset(2026, 11, i, 8, 0, 0, TimeSpan.Zero).AddTicks(1234567), "wpis " + i.ToString(CultureInfo.InvariantCulture));
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"DirectorySnapshots\" (\"RecordedAt\", \"RecordedOn\", \"RecordedBy\", \"Summary\", \"State\") VALUES ({0}, {1}, 'system', 'Stary spis', '{{}}')",
                new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero), new DateOnly(2026, 11, 1));
        }

        await DatabaseSetup.MigrateAndSeedAsync(services);
        await DatabaseSetup.MigrateAndSeedAsync(services);

        await using var check = services.CreateAsyncScope();
        var after = check.ServiceProvider.GetRequiredService<AppDbContext>();
        var reports = await RecordChains.VerifyAsync(after, CancellationToken.None);
        Assert.All(reports, r => Assert.True(r.Intact, $"{r.Table}: {r.Break}"));
        var oldRows = await after.AuditEntries.Where(e => e.Action == "before.chains").OrderBy(e => e.Id)
            .Select(e => EF.Property<long?>(e, RecordChains.SequenceColumn)).ToListAsync();
        Assert.Equal([1L, 2L, 3L], oldRows);
        Assert.Equal(3, reports.Single(r => r.Table == "AuditEntries").Rows);
        // The second start sealed nothing again, and the next entry follows the sealed ones.
        after.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "system", Action = "after.chains" });
        await after.SaveChangesAsync();
        Assert.Equal(4L, await after.AuditEntries.Where(e => e.Action == "after.chains").Select(e => EF.Property<long?>(e, RecordChains.SequenceColumn)).SingleAsync());
        Assert.True((await RecordChains.VerifyAsync(after, CancellationToken.None)).All(r => r.Intact));
        Assert.Equal(1L, await after.DirectorySnapshots.Where(s => s.Summary == "Stary spis").Select(s => EF.Property<long?>(s, RecordChains.SequenceColumn)).SingleAsync());
    }
}

public sealed class RecordChainUpgradeSqliteTests() : RecordChainUpgradeTests(DatabaseKind.Sqlite);

public sealed class RecordChainUpgradePostgresTests() : RecordChainUpgradeTests(DatabaseKind.Postgres);
