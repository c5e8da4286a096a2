using System.Data;
using System.Data.Common;
using System.Globalization;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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
        if (versions.Count == 0)
            versions = await db.SurveyVersions.AsNoTracking().Select(v => new { v.Id, v.Number, v.LiveFrom, v.Definition }).ToListAsync(cancellationToken);
        if (versions.Count == 0) throw new InvalidOperationException("There is no survey version to analyse.");

        // The reference is the version live at the end of the period (or the earliest there is): its questions and texts frame the report.
        var reference = versions.Where(v => v.LiveFrom is { } f && f <= period.End).OrderByDescending(v => v.LiveFrom).ThenByDescending(v => v.Number).FirstOrDefault()
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

        var current = NewTally(layout, period, exclusions);
        var previous = NewTally(layout, period.Previous, exclusions);
        ResponseTally? yearEarlier = null;
        (ResponseTally, ResponseTally)? halves = null;
        var tallies = new List<ResponseTally> { current, previous };
        if (!period.IsYear)
        {
            yearEarlier = NewTally(layout, period.YearEarlier, exclusions);
            tallies.Add(yearEarlier);
        }
        else
        {
            halves = (NewTally(layout, period.Halves[0], exclusions), NewTally(layout, period.Halves[1], exclusions));
            tallies.Add(halves.Value.Item1);
            tallies.Add(halves.Value.Item2);
        }
        var newTallies = () => tallies.Select(t => NewTally(layout, t.Period, exclusions)).ToList();
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
            ChannelFilter = filter.Channel is { } c ? F2Analysis.ChannelName(c) : null,
        }, options.Value.Threats);
    }

    private static ResponseTally NewTally(TallyLayout layout, ReportingPeriod period, Dictionary<int, IReadOnlyList<string>> exclusions)
    {
        var t = new ResponseTally(layout, period);
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
    /// period holds its date. On SQLite the date index is bypassed on purpose (unary plus): the
    /// rows of half a year are scattered through the table, and a sequential scan reads them about
    /// three times faster than index lookups do. On a SQLite file with more than one core the pass
    /// is split into ranges of ids read side by side, each into tallies of its own, merged at the
    /// end (<see cref="ResponseTally.MergeFrom"/>): the figures are the same, the time about halves.
    /// </summary>
    private async Task ReadAsync(List<ResponseTally> tallies, Func<List<ResponseTally>> newTallies, Channel? channel, int unitFilter,
        Action<long, int, ResponseTally>? counted, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        int partitions = SqliteFile() is null ? 1 : Math.Min(Environment.ProcessorCount, 4);
        (long Low, long High)? ids = null;
        if (partitions > 1)
        {
            await using var range = connection.CreateCommand();
            range.CommandText = """SELECT MIN("Id"), MAX("Id") FROM "SurveyResponses" """;
            await using var r = await range.ExecuteReaderAsync(cancellationToken);
            if (await r.ReadAsync(cancellationToken) && !r.IsDBNull(0)) ids = (r.GetInt64(0), r.GetInt64(1));
            if (ids is not { } span || span.High - span.Low + 1 < options.Value.SplitReadFromRows) partitions = 1;
        }
        if (partitions == 1)
        {
            await ReadRangeAsync(connection, tallies, channel, unitFilter, null, counted, cancellationToken);
            return;
        }

        var (low, high) = ids!.Value;
        long step = (high - low) / partitions + 1;
        var connectionString = SqliteFile()!;
        var parts = await Task.WhenAll(Enumerable.Range(0, partitions).Select(p => Task.Run(async () =>
        {
            var mine = newTallies();
            await using var own = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
            await own.OpenAsync(cancellationToken);
            await ReadRangeAsync(own, mine, channel, unitFilter, (low + p * step, Math.Min(high, low + (p + 1) * step - 1)), counted, cancellationToken);
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
        var b = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(cs);
        if (b.Mode == Microsoft.Data.Sqlite.SqliteOpenMode.Memory || string.IsNullOrEmpty(b.DataSource) || b.DataSource == ":memory:") return null;
        return cs;
    }

    private async Task ReadRangeAsync(DbConnection connection, List<ResponseTally> tallies, Channel? channel, int unitFilter,
        (long Low, long High)? idRange, Action<long, int, ResponseTally>? counted, CancellationToken cancellationToken)
    {
        var from = tallies.Min(t => t.Period.Start);
        var to = tallies.Max(t => t.Period.End);
        await using var command = connection.CreateCommand();
        var date = db.Database.IsSqlite() ? "+\"ReceivedOn\"" : "\"ReceivedOn\"";
        command.CommandText = $"""
            SELECT "Id", "SurveyVersionId", "Channel", "ReceivedOn", "Choices" FROM "SurveyResponses"
            WHERE {date} >= @from AND {date} <= @to
            """ + (channel is null ? "" : """ AND "Channel" = @channel""")
                + (idRange is null ? "" : """ AND "Id" BETWEEN @low AND @high""");
        Parameter(command, "@from", from);
        Parameter(command, "@to", to);
        if (channel is { } c) Parameter(command, "@channel", (int)c);
        if (idRange is { } ids)
        {
            Parameter(command, "@low", ids.Low);
            Parameter(command, "@high", ids.High);
        }
        var starts = tallies.Select(t => t.Period.Start.DayNumber).ToArray();
        var ends = tallies.Select(t => t.Period.End.DayNumber).ToArray();
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            long id = reader.GetInt64(0);
            int version = reader.GetInt32(1);
            var ch = (Channel)reader.GetInt32(2);
            var day = reader.GetFieldValue<DateOnly>(3);
            var choices = reader.GetString(4);
            int dayNumber = day.DayNumber;
            for (int i = 0; i < tallies.Count; i++)
            {
                if (dayNumber < starts[i] || dayNumber > ends[i]) continue;
                if (tallies[i].Add(version, ch, day, choices, unitFilter)) counted?.Invoke(id, i, tallies[i]);
            }
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
