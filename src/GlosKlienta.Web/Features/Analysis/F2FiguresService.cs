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
        await ReadAsync(tallies, filter.Channel, unitFilter, otherSlots.Count == 0 ? null : (id, t) =>
        {
            if (t != current) return;
            foreach (var (slot, key, option) in otherSlots)
                if (t.LastChose(slot, option)) otherIds[key.Key].Add(id);
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
    /// three times faster than index lookups do.
    /// </summary>
    private async Task ReadAsync(List<ResponseTally> tallies, Channel? channel, int unitFilter, Action<long, ResponseTally>? counted, CancellationToken cancellationToken)
    {
        var from = tallies.Min(t => t.Period.Start);
        var to = tallies.Max(t => t.Period.End);
        var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var date = db.Database.IsSqlite() ? "+\"ReceivedOn\"" : "\"ReceivedOn\"";
        command.CommandText = $"""
            SELECT "Id", "SurveyVersionId", "Channel", "ReceivedOn", "Choices" FROM "SurveyResponses"
            WHERE {date} >= @from AND {date} <= @to
            """ + (channel is null ? "" : """ AND "Channel" = @channel""");
        Parameter(command, "@from", from);
        Parameter(command, "@to", to);
        if (channel is { } c) Parameter(command, "@channel", (int)c);
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
                if (tallies[i].Add(version, ch, day, choices, unitFilter)) counted?.Invoke(id, tallies[i]);
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
