namespace GlosKlienta.Web.Tests.Security;

/// <summary>The audit log only grows: neither the application nor a direct SQL statement can change or delete an entry.</summary>
public abstract class AuditLogTests(DatabaseKind kind) : AppTest(kind)
{
    private async Task<long> RecordOneAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<AuditLog>();
        await log.RecordNowAsync("test.event", "tester@lesko.pl", subjectType: "Test", subjectId: "1", details: new { Before = "a", After = "b" });
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AuditEntries.Where(e => e.Action == "test.event").Select(e => e.Id).SingleAsync();
    }

    [SkippableFact]
    public async Task Record_StoresWhoWhatWhenAndDetails()
    {
        SkipWithoutDatabase();
        var id = await RecordOneAsync();

        var entry = await Factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Id == id));

        Assert.Equal("tester@lesko.pl", entry.Actor);
        Assert.Equal("Test", entry.SubjectType);
        Assert.Equal("{\"before\":\"a\",\"after\":\"b\"}", entry.Details);
        Assert.True(entry.At > DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [SkippableFact]
    public async Task ChangingOrDeletingAnEntry_ThroughTheApplication_IsRefused()
    {
        SkipWithoutDatabase();
        var id = await RecordOneAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Factory.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.Id == id);
            entry.Action = "rewritten";
            return await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Factory.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(e => e.Id == id));
            return await db.SaveChangesAsync();
        }));
        Assert.Equal("test.event", await Factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Id == id).Select(e => e.Action).SingleAsync()));
    }

    [SkippableFact]
    public async Task ChangingOrDeletingAnEntry_WithPlainSql_IsRefusedByTheDatabase()
    {
        SkipWithoutDatabase();
        var id = await RecordOneAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => Factory.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Action\" = 'x' WHERE \"Id\" = {0}", id)));
        await Assert.ThrowsAnyAsync<Exception>(() => Factory.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Id\" = {0}", id)));
        Assert.Equal(1, await Factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Id == id && e.Action == "test.event")));
    }
}

public sealed class AuditLogSqliteTests() : AuditLogTests(DatabaseKind.Sqlite);

public sealed class AuditLogPostgresTests() : AuditLogTests(DatabaseKind.Postgres);
