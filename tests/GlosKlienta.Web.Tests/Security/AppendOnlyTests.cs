namespace GlosKlienta.Web.Tests.Security;

/// <summary>
/// One rule keeps records as written (Data/AppendOnly): every record type marked for it is refused
/// a change or deletion by the application and, through triggers, by the database.
/// </summary>
public abstract class AppendOnlyTests(DatabaseKind kind) : AppTest(kind)
{
    [SkippableFact]
    public async Task EveryKeptRecordType_HasTheTriggersOfTheRule()
    {
        SkipWithoutDatabase();
        var tables = await Factory.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .Where(t => typeof(IAppendOnly).IsAssignableFrom(t.ClrType) || typeof(IFrozenOnceSet).IsAssignableFrom(t.ClrType))
            .Select(t => t.GetTableName()!).Order(StringComparer.Ordinal).ToList()));

        Assert.Equal(["ApprovedReviews", "AuditEntries", "DirectorySnapshots", "DisposalProtocols", "F2Protocols", "InfoMaterialVersions", "PressFiles", "PressReleaseVersions", "QualityActionNotes"], tables);
        foreach (var table in tables)
        {
            var sql = Factory.Database.Provider == "Sqlite"
                ? $"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '{table}' AND name LIKE '%append_only%'"
                : $"SELECT COUNT(*)::int AS \"Value\" FROM pg_trigger WHERE tgrelid = '\"{table}\"'::regclass AND tgname LIKE '%append_only%'";
            var triggers = await Factory.WithDbAsync(db => db.Database.SqlQueryRaw<int>(sql).SingleAsync());
            // SQLite has a third: the guard against INSERT OR REPLACE (AppendOnly.CreateReplaceGuard).
            var expected = Factory.Database.Provider == "Sqlite" ? 3 : 2;
            Assert.True(triggers == expected, $"{table} has {triggers} append-only triggers, not {expected}");
        }
    }

    [SkippableFact]
    public async Task ADirectoryCopy_CannotBeChangedOrDeleted_ByTheApplicationOrBySql()
    {
        SkipWithoutDatabase();
        var id = await Factory.WithDbAsync(async db =>
        {
            var copy = new DirectorySnapshot { RecordedAt = DateTimeOffset.UtcNow, RecordedOn = new DateOnly(2026, 11, 27), RecordedBy = "test", Summary = "Test", State = "{}" };
            db.DirectorySnapshots.Add(copy);
            await db.SaveChangesAsync();
            return copy.Id;
        });

        var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => Factory.WithDbAsync(async db =>
        {
            (await db.DirectorySnapshots.SingleAsync(s => s.Id == id)).Summary = "changed";
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("DirectorySnapshot records are kept as written", changed.Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Factory.WithDbAsync(async db =>
        {
            db.DirectorySnapshots.Remove(await db.DirectorySnapshots.SingleAsync(s => s.Id == id));
            return await db.SaveChangesAsync();
        }));
        var update = await Assert.ThrowsAnyAsync<Exception>(() => Factory.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"DirectorySnapshots\" SET \"Summary\" = 'x' WHERE \"Id\" = {0}", id)));
        Assert.Contains("Append-only: rows of DirectorySnapshots cannot be changed or deleted.", update.Message);
        await Assert.ThrowsAnyAsync<Exception>(() => Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"DirectorySnapshots\"")));

        Assert.Equal("Test", await Factory.WithDbAsync(db => db.DirectorySnapshots.Where(s => s.Id == id).Select(s => s.Summary).SingleAsync()));
    }
}

public sealed class AppendOnlySqliteTests() : AppendOnlyTests(DatabaseKind.Sqlite);

public sealed class AppendOnlyPostgresTests() : AppendOnlyTests(DatabaseKind.Postgres);
