using System.Reflection;
using GlosKlienta.Domain.Records;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GlosKlienta.Web.Data;

/// <summary>
/// Makes every append-only table (<see cref="IAppendOnly"/>) tamper-evident: each row carries three columns of its own
/// (<see cref="SequenceColumn"/>, <see cref="PreviousColumn"/>, <see cref="HashColumn"/>, shadow properties added here to
/// every such entity) and is linked into a hash chain per table (<see cref="RecordChain"/>) when it is saved. A table
/// added later gets the same by implementing the interface and a migration adding the columns.
/// <para>
/// Appends to one table are serialised, so the chain never forks: on PostgreSQL by a transaction-level advisory lock
/// per table (<c>pg_advisory_xact_lock</c>) taken before the head is read and held until commit; on SQLite by the write
/// lock that <c>BEGIN IMMEDIATE</c> takes (one writer per file). A unique index on the sequence refuses a fork even where
/// the lock was bypassed. The row's key (<c>Id</c>) is the database's, given at insert, and is not part of the content:
/// the sequence is the row's place in its chain.
/// </para>
/// <para>Frozen-once-set records (<see cref="IFrozenOnceSet"/>, press files) change until frozen and are not chained; a
/// published press version lists their SHA-256, and those versions are chained.</para>
/// </summary>
public static class RecordChains
{
    public const string SequenceColumn = "ChainSequence";
    public const string PreviousColumn = "ChainPrevious";
    public const string HashColumn = "ChainHash";

    /// <summary>Every chained entity type of the model, in table-name order.</summary>
    public static IReadOnlyList<IEntityType> Tables(IModel model) =>
        [.. model.GetEntityTypes().Where(t => typeof(IAppendOnly).IsAssignableFrom(t.ClrType)).OrderBy(t => t.GetTableName(), StringComparer.Ordinal)];

    /// <summary>Adds the chain columns to every <see cref="IAppendOnly"/> entity (AppDbContext.OnModelCreating).</summary>
    public static void AddColumns(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IAppendOnly).IsAssignableFrom(t.ClrType)).ToList())
        {
            var entity = builder.Entity(type.ClrType);
            entity.Property<long?>(SequenceColumn);
            entity.Property<string?>(PreviousColumn).HasMaxLength(64);
            entity.Property<string?>(HashColumn).HasMaxLength(64);
            entity.HasIndex(SequenceColumn).IsUnique();
        }
    }

    /// <summary>The append-only rows about to be inserted, by table.</summary>
    internal static List<IGrouping<IEntityType, EntityEntry>> Appended(ChangeTracker changes) =>
        [.. changes.Entries().Where(e => e.State == EntityState.Added && e.Entity is IAppendOnly)
            .GroupBy(e => e.Metadata).OrderBy(g => g.Key.GetTableName(), StringComparer.Ordinal)];

    /// <summary>A kept row held back from the first of two saves, and the keys it takes from rows that save inserts.</summary>
    internal sealed record HeldBack(object Entity, List<(string Property, EntityEntry Principal, string PrincipalKey)> Links);

    /// <summary>
    /// Kept rows whose foreign key is still a temporary value (their principal, e.g. a new material, is inserted in the
    /// same save) cannot be sealed yet: the key is part of their content. They are detached here, the rest is saved,
    /// and <see cref="Restore"/> adds them again with the principal's real key, all in one transaction.
    /// </summary>
    internal static List<HeldBack> HoldBack(AppDbContext db, List<IGrouping<IEntityType, EntityEntry>> appended)
    {
        var held = new List<HeldBack>();
        foreach (var entry in appended.SelectMany(g => g))
        {
            var links = new List<(string, EntityEntry, string)>();
            foreach (var fk in entry.Metadata.GetForeignKeys().Where(k => k.Properties.Count == 1))
            {
                var property = entry.Property(fk.Properties[0].Name);
                if (!property.IsTemporary) continue;
                var key = fk.PrincipalKey.Properties[0].Name;
                var principal = db.ChangeTracker.Entries().First(e => e.State == EntityState.Added
                    && fk.PrincipalEntityType.IsAssignableFrom(e.Metadata) && Equals(e.Property(key).CurrentValue, property.CurrentValue));
                links.Add((property.Metadata.Name, principal, key));
            }
            if (links.Count > 0) held.Add(new HeldBack(entry.Entity, links));
        }
        foreach (var h in held) db.Entry(h.Entity).State = EntityState.Detached;
        return held;
    }

    internal static void Restore(AppDbContext db, List<HeldBack> held)
    {
        foreach (var h in held)
        {
            var entry = db.Entry(h.Entity);
            entry.State = EntityState.Added;
            foreach (var (property, principal, key) in h.Links)
                entry.Property(property).CurrentValue = principal.Property(key).CurrentValue;
        }
    }

    /// <summary>
    /// Seals the rows about to be inserted: locks each table's chain (PostgreSQL), reads its head and links the rows
    /// after it. Must run inside the transaction that inserts them (AppDbContext.SaveChangesAsync sees to it).
    /// </summary>
    internal static async Task LinkAsync(AppDbContext db, List<IGrouping<IEntityType, EntityEntry>> appended, CancellationToken cancellationToken)
    {
        foreach (var group in appended)
        {
            var table = group.Key.GetTableName()!;
            if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [LockKey(table)], cancellationToken);
            var head = await HeadAsync(db, group.Key, cancellationToken);
            var (sequence, previous) = (head.Sequence, head.Hash);
            foreach (var entry in group)
            {
                NormaliseInstants(entry);
                sequence++;
                entry.Property(SequenceColumn).CurrentValue = sequence;
                entry.Property(PreviousColumn).CurrentValue = previous;
                previous = RecordChain.Link(previous, Canonical(entry));
                entry.Property(HashColumn).CurrentValue = previous;
            }
        }
    }

    /// <summary>The advisory lock of a table's chain on PostgreSQL.</summary>
    public static long LockKey(string table) => DatabaseLock.Key("record-chain:" + table);

    /// <summary>
    /// The heads of every chain (table, last sequence, last hash, that row's id), in table-name order: what a document
    /// or a backup manifest prints so that a later rewrite of any table shows. An empty table has sequence 0.
    /// </summary>
    public static async Task<IReadOnlyList<ChainHead>> HeadsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var heads = new List<ChainHead>();
        foreach (var type in Tables(db.Model)) heads.Add(await HeadAsync(db, type, cancellationToken));
        return heads;
    }

    /// <summary>The line a frozen document prints: the combined head of every chain and the audit log's own head.</summary>
    public static async Task<RecordsStamp> StampAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var heads = await HeadsAsync(db, cancellationToken);
        var audit = heads.Single(h => h.Table == "AuditEntries");
        return new RecordsStamp(RecordChain.Combined(heads), audit.Sequence, audit.Hash);
    }

    private static async Task<ChainHead> HeadAsync(AppDbContext db, IEntityType type, CancellationToken cancellationToken)
    {
        var table = type.GetTableName()!;
        var key = KeyColumn(type);
        // Table and column names come from the model, never from input.
        var sql = $"""SELECT CAST("{key}" AS VARCHAR(40)) AS "RowId", "{SequenceColumn}" AS "Sequence", "{HashColumn}" AS "Hash" FROM "{table}" WHERE "{SequenceColumn}" IS NOT NULL ORDER BY "{SequenceColumn}" DESC LIMIT 1""";
        var row = await db.Database.SqlQueryRaw<HeadRow>(sql).ToListAsync(cancellationToken);
        return row is [var r] ? new ChainHead(table, r.Sequence, r.Hash ?? "", r.RowId) : new ChainHead(table, 0, RecordChain.Genesis, null);
    }

    private static string KeyColumn(IEntityType type) =>
        type.FindPrimaryKey()!.Properties.Single().GetColumnName();

    /// <summary>
    /// Instants are kept to the microsecond and in UTC before sealing, so the value sealed is the value either database
    /// gives back (PostgreSQL keeps microseconds, SQLite the offset it was given).
    /// </summary>
    private static void NormaliseInstants(EntityEntry entry)
    {
        foreach (var property in entry.Properties)
        {
            if (property.CurrentValue is DateTimeOffset dto)
                property.CurrentValue = new DateTimeOffset(dto.UtcTicks - dto.UtcTicks % 10, TimeSpan.Zero);
        }
    }

    /// <summary>The row's canonical bytes: every stored column but the key and the two hashes, as the database keeps it.</summary>
    public static byte[] Canonical(EntityEntry entry)
    {
        var type = entry.Metadata;
        var key = type.FindPrimaryKey()!.Properties;
        var columns = new List<KeyValuePair<string, object?>>();
        foreach (var property in type.GetProperties())
        {
            if (key.Contains(property) || property.Name is PreviousColumn or HashColumn) continue;
            var value = entry.Property(property.Name).CurrentValue;
            // Only the converter the model sets (an enum kept as its name), never a provider's own: the form must not depend on the database.
            if (value is not null && property.GetValueConverter() is { } converter) value = converter.ConvertToProvider(value);
            // An enum without a converter of the model's (an action note's kind) is told by its name, whatever the store keeps.
            if (value is Enum member) value = member.ToString();
            columns.Add(KeyValuePair.Create(property.GetColumnName(), value));
        }
        return CanonicalRecord.Encode(type.GetTableName()!, columns);
    }

    /// <summary>Checks every chain; the report names the first broken row of each table.</summary>
    public static async Task<IReadOnlyList<ChainReport>> VerifyAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // The walk clears the context's tracker page by page: nothing of the caller's may be pending in it.
        if (db.ChangeTracker.HasChanges()) throw new InvalidOperationException("Verify the record chains on a context with no pending changes.");
        var reports = new List<ChainReport>();
        foreach (var type in Tables(db.Model))
        {
            var verify = VerifyTableMethod.MakeGenericMethod(type.ClrType);
            reports.Add(await (Task<ChainReport>)verify.Invoke(null, [db, type, cancellationToken])!);
        }
        return reports;
    }

    private static readonly MethodInfo VerifyTableMethod =
        typeof(RecordChains).GetMethod(nameof(VerifyTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static async Task<ChainReport> VerifyTableAsync<T>(AppDbContext db, IEntityType type, CancellationToken cancellationToken)
        where T : class
    {
        var table = type.GetTableName()!;
        var verifier = new ChainVerifier(table);
        // Rows with files are read a few at a time; the audit log many at a time.
        var page = type.GetProperties().Any(p => p.ClrType == typeof(byte[])) ? 10 : 500;
        long last = 0;
        var tracking = db.ChangeTracker.QueryTrackingBehavior;
        try
        {
            while (true)
            {
                var rows = await db.Set<T>().AsTracking()
                    .Where(e => EF.Property<long?>(e, SequenceColumn) > last)
                    .OrderBy(e => EF.Property<long?>(e, SequenceColumn))
                    .Take(page)
                    .ToListAsync(cancellationToken);
                if (!Feed(db, verifier, rows)) return Report(verifier);
                if (rows.Count < page) break;
                last = verifier.Head.Sequence;
            }
            var unsealed = await db.Set<T>().AsTracking().Where(e => EF.Property<long?>(e, SequenceColumn) == null)
                .OrderBy(e => EF.Property<long?>(e, SequenceColumn)).Take(1).ToListAsync(cancellationToken);
            Feed(db, verifier, unsealed);
            return Report(verifier);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.QueryTrackingBehavior = tracking;
        }
    }

    private static bool Feed<T>(AppDbContext db, ChainVerifier verifier, List<T> rows) where T : class
    {
        var ok = true;
        foreach (var row in rows)
        {
            var entry = db.Entry(row);
            var id = Convert.ToString(entry.Property(entry.Metadata.FindPrimaryKey()!.Properties.Single().Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)!;
            if (!verifier.Next(new ChainRow(id,
                    (long?)entry.Property(SequenceColumn).CurrentValue,
                    (string?)entry.Property(PreviousColumn).CurrentValue,
                    (string?)entry.Property(HashColumn).CurrentValue,
                    Canonical(entry))))
            {
                ok = false;
                break;
            }
        }
        db.ChangeTracker.Clear();
        return ok;
    }

    private static ChainReport Report(ChainVerifier verifier) => new(verifier.Table, verifier.Rows, verifier.Head, verifier.Break);

    /// <summary>
    /// Once, on a database upgraded from before the chains: the rows already there are sealed into each chain in key
    /// order, so that verification passes. Only a table with no sealed row at all is sealed; once a chain exists, a row
    /// without a seal is one written past the application and verification names it. Runs under the start's
    /// <see cref="DatabaseLock"/>; the append-only triggers are lifted for this one transaction only.
    /// </summary>
    public static async Task SealExistingAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var type in Tables(db.Model))
        {
            var table = type.GetTableName()!;
            if ((await HeadAsync(db, type, cancellationToken)).Sequence > 0) continue;
            var seal = SealTableMethod.MakeGenericMethod(type.ClrType, type.FindPrimaryKey()!.Properties.Single().ClrType);
            await (Task)seal.Invoke(null, [db, type, cancellationToken])!;
        }
    }

    private static readonly MethodInfo SealTableMethod =
        typeof(RecordChains).GetMethod(nameof(SealTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static async Task SealTableAsync<T, TKey>(AppDbContext db, IEntityType type, CancellationToken cancellationToken)
        where T : class
    {
        var table = type.GetTableName()!;
        var keyProperty = type.FindPrimaryKey()!.Properties.Single();
        if (!await db.Set<T>().AnyAsync(cancellationToken)) return;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LiftTriggersAsync(db, table, lift: true, cancellationToken);
        long sequence = 0;
        var previous = RecordChain.Genesis;
        var page = type.GetProperties().Any(p => p.ClrType == typeof(byte[])) ? 10 : 500;
        TKey? lastKey = default;
        var first = true;
        while (true)
        {
            var query = db.Set<T>().AsTracking();
            if (!first) query = query.Where(After<T, TKey>(keyProperty.Name, lastKey!));
            first = false;
            var rows = await query.OrderBy(e => EF.Property<TKey>(e, keyProperty.Name)).Take(page).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                var entry = db.Entry(row);
                sequence++;
                entry.Property(SequenceColumn).CurrentValue = sequence;
                entry.Property(PreviousColumn).CurrentValue = previous;
                var hash = RecordChain.Link(previous, Canonical(entry));
                lastKey = (TKey)entry.Property(keyProperty.Name).CurrentValue!;
                var update = $$"""UPDATE "{{table}}" SET "{{SequenceColumn}}" = {0}, "{{PreviousColumn}}" = {1}, "{{HashColumn}}" = {2} WHERE "{{keyProperty.GetColumnName()}}" = {3}""";
                await db.Database.ExecuteSqlRawAsync(update, [sequence, previous, hash, lastKey!], cancellationToken);
                previous = hash;
            }
            db.ChangeTracker.Clear();
            if (rows.Count < page) break;
        }
        await LiftTriggersAsync(db, table, lift: false, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary><c>e =&gt; EF.Property&lt;TKey&gt;(e, key) &gt; after</c>, for an int or a long key.</summary>
    private static System.Linq.Expressions.Expression<Func<T, bool>> After<T, TKey>(string key, TKey after)
    {
        var e = System.Linq.Expressions.Expression.Parameter(typeof(T), "e");
        var property = System.Linq.Expressions.Expression.Call(typeof(EF), nameof(EF.Property), [typeof(TKey)], e, System.Linq.Expressions.Expression.Constant(key));
        var body = System.Linq.Expressions.Expression.GreaterThan(property, System.Linq.Expressions.Expression.Constant(after, typeof(TKey)));
        return System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(body, e);
    }

    private static async Task LiftTriggersAsync(AppDbContext db, string table, bool lift, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var alter = $"""ALTER TABLE "{table}" {(lift ? "DISABLE" : "ENABLE")} TRIGGER "{table}_append_only";""";
            await db.Database.ExecuteSqlRawAsync(alter, cancellationToken);
            return;
        }
        var trigger = lift
            ? $"""DROP TRIGGER IF EXISTS "{table}_append_only_update";"""
            : AppendOnly.SqliteTrigger(table, "UPDATE", onceFrozen: false);
        await db.Database.ExecuteSqlRawAsync(trigger, cancellationToken);
    }

    private sealed class HeadRow
    {
        public string? RowId { get; set; }
        public long Sequence { get; set; }
        public string? Hash { get; set; }
    }
}

/// <summary>One chain's verification: how many rows were read, the last good row, and the first break if any.</summary>
public sealed record ChainReport(string Table, long Rows, ChainHead Head, ChainBreak? Break)
{
    public bool Intact => Break is null;
}

/// <summary>What a frozen document prints of the record chains at the moment it was frozen.</summary>
public sealed record RecordsStamp(string Combined, long AuditSequence, string AuditHash)
{
    /// <summary>The printed form: the combined head's first 16 hex digits, and the audit log's last entry number with its own.</summary>
    public string Text => AuditSequence == 0
        ? $"{RecordChain.Abbreviated(Combined)} (dziennik zdarzeń: pusty)"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{RecordChain.Abbreviated(Combined)} (dziennik zdarzeń: wpis {AuditSequence}, {RecordChain.Abbreviated(AuditHash)})");
}
