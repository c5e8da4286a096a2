using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SQLitePCL;

namespace GlosKlienta.Web.Features.Analysis;

/// <summary>The <c>Analysis</c> configuration section.</summary>
public sealed class AnalysisOptions
{
    public ThreatRules Threats { get; set; } = new();
    public F2Questions Questions { get; set; } = new();
    /// <summary>From this many stored responses on, a SQLite file is read by one reader per core (below it one reader is as quick).</summary>
    public long SplitReadFromRows { get; set; } = 50_000;
}

/// <summary>
/// Computes the F2 figures of a period from the stored responses. The read is plain ADO.NET over
/// the four columns the figures need (version, channel, date, compact answers), one streaming pass
/// into the count arrays of <see cref="ResponseTally"/>; free texts are read only for the "other"
/// answers of the responses counted. Works on SQLite and PostgreSQL alike (quoted identifiers,
/// DateOnly parameters).
/// </summary>
public sealed class F2FiguresService(AppDbContext db, IOptions<AnalysisOptions> options)
{
    public sealed record Filter(string? UnitCode = null, Channel? Channel = null);

    public async Task<F2Figures> ComputeAsync(ReportingPeriod period, Filter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= new Filter();
        var versions = await db.SurveyVersions.AsNoTracking()
            .Where(v => v.Status == SurveyVersionStatus.Approved)
            .Select(v => new { v.Id, v.Number, v.LiveFrom, v.Definition })
            .ToListAsync(cancellationToken);
        // Drafts are never analysed: answers can only have come through an approved version.
        if (versions.Count == 0) throw new InvalidOperationException("There is no approved survey version to analyse.");

        // The reference is the version live at the end of the period (or the earliest approved one): its questions and texts frame the report.
        var reference = LiveVersion.On(versions, period.End, v => v.LiveFrom, v => v.Number)
            ?? versions.OrderBy(v => v.Number).First();
        var referenceDefinition = SurveyDefinition.FromJson(reference.Definition);
        var layout = new TallyLayout(referenceDefinition, options.Value.Questions);
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Pytania i odpowiedzi według wersji {reference.Number} ankiety."),
        };
        var exclusions = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var v in versions.Where(v => v.Id != reference.Id))
        {
            var definition = SurveyDefinition.FromJson(v.Definition);
            var differences = v.Number < reference.Number
                ? SurveyComparison.Incomparable(definition, referenceDefinition)
                : SurveyComparison.Incomparable(referenceDefinition, definition);
            var keys = differences.Select(d => d.Kind == DifferenceKind.ItemRemoved && d.Code is not null ? ResponseAnswers.ItemKey(d.QuestionCode, d.Code) : d.QuestionCode)
                .Distinct(StringComparer.Ordinal).ToList();
            if (keys.Count > 0) exclusions[v.Id] = keys;
        }

        int unitFilter = -1;
        int unitSlot = layout.DimensionSlots[(int)BreakdownDimension.Unit];
        if (filter.UnitCode is { } unitCode && unitSlot >= 0)
            unitFilter = Array.IndexOf(layout.Categorical[unitSlot].Options, unitCode);

        var otherSlots = layout.Categorical
            .Select((k, s) => (Slot: s, Key: k, Option: k.Item is null && k.Question.OtherOption is { } o ? Array.IndexOf(k.Options, o.Code) : -1))
            .Where(x => x.Option >= 0).ToList();
        var otherIds = otherSlots.ToDictionary(x => x.Key.Key, _ => new HashSet<long>(), StringComparer.Ordinal);

        // The baselines are only compared with (totals); the period itself gets every breakdown.
        var current = NewTally(layout, period, exclusions, totalsOnly: false);
        var previous = NewTally(layout, period.Previous, exclusions, totalsOnly: true);
        ResponseTally? yearEarlier = null;
        (ResponseTally, ResponseTally)? halves = null;
        var tallies = new List<ResponseTally> { current, previous };
        if (!period.IsYear)
        {
            yearEarlier = NewTally(layout, period.YearEarlier, exclusions, totalsOnly: true);
            tallies.Add(yearEarlier);
        }
        else
        {
            halves = (NewTally(layout, period.Halves[0], exclusions, totalsOnly: true), NewTally(layout, period.Halves[1], exclusions, totalsOnly: true));
            tallies.Add(halves.Value.Item1);
            tallies.Add(halves.Value.Item2);
        }
        var newTallies = () => tallies.Select(t => NewTally(layout, t.Period, exclusions, t.TotalsOnly)).ToList();
        await ReadAsync(tallies, newTallies, filter.Channel, unitFilter, otherSlots.Count == 0 ? null : (id, index, t) =>
        {
            if (index != 0) return;   // the texts are those of the period itself (tallies[0] is the current period)
            foreach (var (slot, key, option) in otherSlots)
                if (t.LastChose(slot, option))
                    lock (otherIds) otherIds[key.Key].Add(id);
        }, cancellationToken);

        var texts = otherSlots.Count == 0 ? new Dictionary<string, IReadOnlyList<string>>()
            : await ReadOtherTextsAsync(otherIds, cancellationToken);

        foreach (var (versionId, keys) in exclusions)
        {
            var number = versions.First(v => v.Id == versionId).Number;
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Odpowiedzi z wersji {number} na: {string.Join(", ", keys)} są nieporównywalne z wersją {reference.Number} i zostały pominięte."));
        }

        return F2Analysis.Compute(new F2Inputs(current, previous, yearEarlier, texts, notes)
        {
            Halves = halves,
            UnitFilter = filter.UnitCode,
            ChannelFilter = filter.Channel is { } c ? ChannelCodes.Name(c) : null,
        }, options.Value.Threats);
    }

    private static ResponseTally NewTally(TallyLayout layout, ReportingPeriod period, Dictionary<int, IReadOnlyList<string>> exclusions, bool totalsOnly)
    {
        var t = new ResponseTally(layout, period, totalsOnly);
        foreach (var (versionId, keys) in exclusions) t.Exclude(versionId, keys);
        return t;
    }

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
    private async Task ReadAsync(List<ResponseTally> tallies, Func<List<ResponseTally>> newTallies, Channel? channel, int unitFilter,
        Action<long, int, ResponseTally>? counted, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        (long Low, long High)? ids = null;
        long maxVersion = 0;
        if (connection is SqliteConnection)
        {
            await using var range = connection.CreateCommand();
            // Each extreme in a subquery of its own, so SQLite takes it from the end of the index (a single query would scan).
            range.CommandText = """
                SELECT (SELECT MIN("Id") FROM "SurveyResponses"), (SELECT MAX("Id") FROM "SurveyResponses"), (SELECT MAX("Id") FROM "SurveyVersions")
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
        int partitions = SqliteFile() is null || ids.Value.High - ids.Value.Low + 1 < options.Value.SplitReadFromRows
            ? 1 : Math.Min(Environment.ProcessorCount, 4);
        if (partitions == 1)
        {
            ReadSqliteRange(sqlite, tallies, channel, unitFilter, null, counted, cancellationToken);
            return;
        }

        var (low, high) = ids!.Value;
        long step = (high - low) / partitions + 1;
        var connectionString = SqliteFile()!;
        var parts = await Task.WhenAll(Enumerable.Range(0, partitions).Select(p => Task.Run(() =>
        {
            var mine = newTallies();
            using var own = new SqliteConnection(connectionString);
            own.Open();
            ReadSqliteRange(own, mine, channel, unitFilter, (low + p * step, Math.Min(high, low + (p + 1) * step - 1)), counted, cancellationToken);
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

    private static string ResponsesSql(string columns, string date, Channel? channel, bool idRange) => $"""
        SELECT {columns} FROM "SurveyResponses"
        WHERE {date} >= @from AND {date} <= @to
        """ + (channel is null ? "" : """ AND "Channel" = @channel""")
            + (idRange ? """ AND "Id" BETWEEN @low AND @high""" : "");

    /// <summary>The rows of one range of ids (or all) on SQLite, stepped natively; see <see cref="ReadAsync"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadSqliteRange(SqliteConnection connection, List<ResponseTally> tallies, Channel? channel, int unitFilter,
        (long Low, long High)? idRange, Action<long, int, ResponseTally>? counted, CancellationToken cancellationToken)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        var (starts, ends) = Bounds(tallies);
        int rc = raw.sqlite3_prepare_v2(handle, ResponsesSql(PackedSqliteColumns, "+\"ReceivedOn\"", channel, idRange is not null), out sqlite3_stmt statement);
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
    private const string PackedSqliteColumns = """ ("Id" << 24) | ("SurveyVersionId" << 4) | "Channel", "ReceivedOn", "Choices" """;

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
    private static async Task ReadRangeAsync(DbConnection connection, List<ResponseTally> tallies, Channel? channel, int unitFilter,
        Action<long, int, ResponseTally>? counted, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = ResponsesSql(""" "Id", "SurveyVersionId", "Channel", "ReceivedOn", "Choices" """,
            connection is SqliteConnection ? "+\"ReceivedOn\"" : "\"ReceivedOn\"", channel, idRange: false);
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

    private async Task<Dictionary<string, IReadOnlyList<string>>> ReadOtherTextsAsync(Dictionary<string, HashSet<long>> ids, CancellationToken cancellationToken)
    {
        var result = ids.Keys.ToDictionary(k => k, _ => new List<string>(), StringComparer.Ordinal);
        if (ids.Values.All(s => s.Count == 0)) return result.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
        var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var names = ids.Keys.Select((_, i) => "@q" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        command.CommandText = $"""
            SELECT "SurveyResponseId", "QuestionCode", "Text" FROM "SurveyResponseTexts"
            WHERE "QuestionCode" IN ({string.Join(", ", names)})
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
}
