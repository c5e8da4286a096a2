using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Survey;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GlosKlienta.Web.Data.Storage;

/// <summary>
/// The hand-written reads and writes of stored survey responses, for what Entity Framework does
/// too slowly: the one pass of the F2 figures over every response of the compared periods (on
/// SQLite through the native statement API, on PostgreSQL through ADO.NET), the free texts of
/// chosen responses, and moving PostgreSQL's identity after an import with explicit ids. Table
/// and column names come from the model (<see cref="StoreNames"/>).
/// </summary>
public sealed class ResponseStore(AppDbContext db)
{
    private readonly StoreNames responses = StoreNames.Of<SurveyResponse>(db.Model);
    private readonly StoreNames texts = StoreNames.Of<SurveyResponseText>(db.Model);
    private readonly StoreNames versions = StoreNames.Of<SurveyVersion>(db.Model);

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open) await db.Database.OpenConnectionAsync(cancellationToken);
        return connection;
    }

    private static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
        return p;
    }

    /// <summary>
    /// One pass over the responses of all the periods' dates, each row added to every tally whose
    /// period holds its date. On SQLite the rows are read through the provider's native statement
    /// API (SQLitePCLRaw, under Microsoft.Data.Sqlite): the stored answers reach the tally as the
    /// UTF-8 bytes SQLite holds, with no string made per row, which halves the read. The date index
    /// is bypassed on purpose (unary plus): the rows of half a year are scattered through the table,
    /// and a sequential scan reads them about three times faster than index lookups do. On a SQLite
    /// file with more than one core the pass is split into ranges of ids read side by side, each
    /// into tallies of its own, merged at the end (<see cref="ResponseTally.MergeFrom"/>): the
    /// figures are the same, the time about halves.
    /// </summary>
    public async Task ReadAsync(List<ResponseTally> tallies, Func<List<ResponseTally>> newTallies, Channel? channel, int unitFilter, long splitReadFromRows,
        Action<long, int, ResponseTally>? counted, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        (long Low, long High)? ids = null;
        long maxVersion = 0;
        if (connection is SqliteConnection)
        {
            await using var range = connection.CreateCommand();
            // Each extreme in a subquery of its own, so SQLite takes it from the end of the index (a single query would scan).
            range.CommandText = $"""
                SELECT (SELECT MIN({R(nameof(SurveyResponse.Id))}) FROM {responses.Table}), (SELECT MAX({R(nameof(SurveyResponse.Id))}) FROM {responses.Table}), (SELECT MAX({versions.Column(nameof(SurveyVersion.Id))}) FROM {versions.Table})
                """;
            await using var r = await range.ExecuteReaderAsync(cancellationToken);
            if (!await r.ReadAsync(cancellationToken) || r.IsDBNull(0)) return;   // no responses at all
            ids = (r.GetInt64(0), r.GetInt64(1));
            maxVersion = r.GetInt64(2);
        }
        if (connection is not SqliteConnection sqlite || ids!.Value.Low < 0 || ids.Value.High > MaxPackedId || maxVersion > MaxPackedVersionId)
        {
            await ReadRangeAsync(connection, tallies, channel, unitFilter, counted, cancellationToken);
            return;
        }
        int partitions = SqliteFile() is null || ids.Value.High - ids.Value.Low + 1 < splitReadFromRows
            ? 1 : Math.Min(Environment.ProcessorCount, 4);
        if (partitions == 1)
        {
            ReadSqliteRange(ResponsesSql(PackedSqliteColumns(), sqlite: true, channel, idRange: false), sqlite, tallies, channel, unitFilter, null, counted, cancellationToken);
            return;
        }

        var (low, high) = ids!.Value;
        long step = (high - low) / partitions + 1;
        var connectionString = SqliteFile()!;
        var rangeSql = ResponsesSql(PackedSqliteColumns(), sqlite: true, channel, idRange: true);
        var parts = await Task.WhenAll(Enumerable.Range(0, partitions).Select(p => Task.Run(() =>
        {
            var mine = newTallies();
            using var own = new SqliteConnection(connectionString);
            own.Open();
            ReadSqliteRange(rangeSql, own, mine, channel, unitFilter, (low + p * step, Math.Min(high, low + (p + 1) * step - 1)), counted, cancellationToken);
            return mine;
        }, cancellationToken)));
        foreach (var part in parts)
            for (int i = 0; i < tallies.Count; i++) tallies[i].MergeFrom(part[i]);
    }

    /// <summary>The connection string when the database is a SQLite file other readers can open too; otherwise null.</summary>
    private string? SqliteFile()
    {
        if (!db.Database.IsSqlite() || Environment.ProcessorCount < 2) return null;
        var cs = db.Database.GetConnectionString();
        if (cs is null) return null;
        var b = new SqliteConnectionStringBuilder(cs);
        if (b.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(b.DataSource) || b.DataSource == ":memory:") return null;
        return cs;
    }

    private string ResponsesSql(string columns, bool sqlite, Channel? channel, bool idRange)
    {
        // On SQLite the date index is bypassed on purpose (unary plus): see ReadAsync.
        var date = (sqlite ? "+" : "") + R(nameof(SurveyResponse.ReceivedOn));
        return $"""
            SELECT {columns} FROM {responses.Table}
            WHERE {date} >= @from AND {date} <= @to
            """ + (channel is null ? "" : $" AND {R(nameof(SurveyResponse.Channel))} = @channel")
            + (idRange ? $" AND {R(nameof(SurveyResponse.Id))} BETWEEN @low AND @high" : "");
    }

    private string R(string property) => responses.Column(property);

    /// <summary>The rows of one range of ids (or all) on SQLite, stepped natively; see <see cref="ReadAsync"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadSqliteRange(string sql, SqliteConnection connection, List<ResponseTally> tallies, Channel? channel, int unitFilter,
        (long Low, long High)? idRange, Action<long, int, ResponseTally>? counted, CancellationToken cancellationToken)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        var (starts, ends) = Bounds(tallies);
        int rc = raw.sqlite3_prepare_v2(handle, sql, out sqlite3_stmt statement);
        SqliteException.ThrowExceptionForRC(rc, handle);
        using (statement)
        {
            // Dates are stored as ISO text (yyyy-MM-dd), which compares as the dates do.
            Bind(raw.sqlite3_bind_text(statement, raw.sqlite3_bind_parameter_index(statement, "@from"), Iso(tallies.Min(t => t.Period.Start))));
            Bind(raw.sqlite3_bind_text(statement, raw.sqlite3_bind_parameter_index(statement, "@to"), Iso(tallies.Max(t => t.Period.End))));
            if (channel is { } c) Bind(raw.sqlite3_bind_int(statement, raw.sqlite3_bind_parameter_index(statement, "@channel"), (int)c));
            if (idRange is { } ids)
            {
                Bind(raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, "@low"), ids.Low));
                Bind(raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, "@high"), ids.High));
            }
            for (long row = 0; ; row++)
            {
                if ((row & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                rc = raw.sqlite3_step(statement);
                if (rc == raw.SQLITE_DONE) break;
                if (rc != raw.SQLITE_ROW) SqliteException.ThrowExceptionForRC(rc, handle);
                long packed = raw.sqlite3_column_int64(statement, 0);
                var day = IsoDate(raw.sqlite3_column_blob(statement, 1));
                // A TEXT value's blob is its UTF-8 bytes as stored, without conversion or copy.
                Count(tallies, starts, ends, packed >> 24, (int)(packed >> 4) & 0xFFFFF, (Channel)(packed & 0xF), day,
                    raw.sqlite3_column_blob(statement, 2), unitFilter, counted);
            }
        }

        void Bind(int result) => SqliteException.ThrowExceptionForRC(result, handle);
    }

    /// <summary>
    /// Id, survey version and channel in one integer (id · 2²⁴ + version · 2⁴ + channel): on SQLite
    /// every column fetched is a native call of its own, which costs more per row than the arithmetic.
    /// </summary>
    private string PackedSqliteColumns() =>
        $"({R(nameof(SurveyResponse.Id))} << 24) | ({R(nameof(SurveyResponse.SurveyVersionId))} << 4) | {R(nameof(SurveyResponse.Channel))}, {R(nameof(SurveyResponse.ReceivedOn))}, {R(nameof(SurveyResponse.Choices))}";

    /// <summary>The packed form holds survey version ids below 2²⁰ and ids from 0 to 2³⁹; beyond them the rows are read column by column.</summary>
    private const long MaxPackedVersionId = (1L << 20) - 1, MaxPackedId = (1L << 39) - 1;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A stored date (ISO text) without making a string; anything else is parsed the slow way.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static DateOnly IsoDate(ReadOnlySpan<byte> text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text[..4]) is var y and > 0 && Digits(text[5..7]) is var m and >= 1 and <= 12 && Digits(text[8..]) is var d and >= 1
            && d <= DateTime.DaysInMonth(y, m))
            return new DateOnly(y, m, d);
        return DateOnly.Parse(System.Text.Encoding.UTF8.GetString(text), CultureInfo.InvariantCulture);

        static int Digits(ReadOnlySpan<byte> s)
        {
            int v = 0;
            foreach (var b in s)
            {
                if (b is < (byte)'0' or > (byte)'9') return -1;
                v = v * 10 + (b - '0');
            }
            return v;
        }
    }

    private static (int[] Starts, int[] Ends) Bounds(List<ResponseTally> tallies) =>
        (tallies.Select(t => t.Period.Start.DayNumber).ToArray(), tallies.Select(t => t.Period.End.DayNumber).ToArray());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Count(List<ResponseTally> tallies, int[] starts, int[] ends, long id, int version, Channel channel, DateOnly day,
        ReadOnlySpan<byte> choices, int unitFilter, Action<long, int, ResponseTally>? counted)
    {
        int dayNumber = day.DayNumber;
        for (int i = 0; i < tallies.Count; i++)
        {
            if (dayNumber < starts[i] || dayNumber > ends[i]) continue;
            if (tallies[i].Add(version, channel, day, choices, unitFilter)) counted?.Invoke(id, i, tallies[i]);
        }
    }

    /// <summary>The same pass through ADO.NET: for PostgreSQL, and for SQLite ids beyond the packed form.</summary>
    private async Task ReadRangeAsync(DbConnection connection, List<ResponseTally> tallies, Channel? channel, int unitFilter,
        Action<long, int, ResponseTally>? counted, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = ResponsesSql(
            $"{R(nameof(SurveyResponse.Id))}, {R(nameof(SurveyResponse.SurveyVersionId))}, {R(nameof(SurveyResponse.Channel))}, {R(nameof(SurveyResponse.ReceivedOn))}, {R(nameof(SurveyResponse.Choices))}",
            connection is SqliteConnection, channel, idRange: false);
        Parameter(command, "@from", tallies.Min(t => t.Period.Start));
        Parameter(command, "@to", tallies.Max(t => t.Period.End));
        if (channel is { } c) Parameter(command, "@channel", (int)c);
        var (starts, ends) = Bounds(tallies);
        var utf8 = new byte[1024];
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            long id = reader.GetInt64(0);
            int version = reader.GetInt32(1);
            var ch = (Channel)reader.GetInt32(2);
            var day = reader.GetFieldValue<DateOnly>(3);
            var choices = reader.GetString(4);
            int length = System.Text.Encoding.UTF8.GetByteCount(choices);
            if (length > utf8.Length) utf8 = new byte[Math.Max(length, utf8.Length * 2)];
            System.Text.Encoding.UTF8.GetBytes(choices, utf8);
            Count(tallies, starts, ends, id, version, ch, day, utf8.AsSpan(0, length), unitFilter, counted);
        }
    }

    public async Task<Dictionary<string, IReadOnlyList<string>>> ReadTextsAsync(Dictionary<string, HashSet<long>> ids, CancellationToken cancellationToken)
    {
        var result = ids.Keys.ToDictionary(k => k, _ => new List<string>(), StringComparer.Ordinal);
        if (ids.Values.All(s => s.Count == 0)) return result.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
        var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var names = ids.Keys.Select((_, i) => "@q" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        command.CommandText = $"""
            SELECT {texts.Column(nameof(SurveyResponseText.SurveyResponseId))}, {texts.Column(nameof(SurveyResponseText.QuestionCode))}, {texts.Column(nameof(SurveyResponseText.Text))} FROM {texts.Table}
            WHERE {texts.Column(nameof(SurveyResponseText.QuestionCode))} IN ({string.Join(", ", names)})
            """;
        int i = 0;
        foreach (var key in ids.Keys) Parameter(command, names[i++], key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var code = reader.GetString(1);
            if (ids.TryGetValue(code, out var set) && set.Contains(reader.GetInt64(0))) result[code].Add(reader.GetString(2));
        }
        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>PostgreSQL does not move an identity sequence past explicitly inserted ids; SQLite does by itself.</summary>
    public async Task ResetIdentityAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql()) return;
        var id = R(nameof(SurveyResponse.Id));
#pragma warning disable EF1002 // the names come from the model, not from input
        await db.Database.ExecuteSqlRawAsync(
            $"SELECT setval(pg_get_serial_sequence('{responses.Table}', '{responses.ColumnName(nameof(SurveyResponse.Id))}'), GREATEST((SELECT MAX({id}) FROM {responses.Table}), 1))",
            cancellationToken);
#pragma warning restore EF1002
    }
}
