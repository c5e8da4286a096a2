using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Data.Storage;
using Microsoft.Extensions.Options;

namespace GlosKlienta.Web.Features.Analysis;

/// <summary>The <c>Analysis</c> configuration section.</summary>
public sealed class AnalysisOptions
{
    public ThreatRules Threats { get; set; } = new();
    public F2Questions Questions { get; set; } = new();
    /// <summary>From this many stored responses on, a SQLite file is read by one reader per core (below it one reader is as quick).</summary>
    public long SplitReadFromRows { get; set; } = 50_000;
    /// <summary>Who receives the F2 protocol: its distribution line ("Otrzymują"); null gives <see cref="DefaultDistribution"/> (a configured list replaces it, not extends it).</summary>
    public List<string>? Distribution { get; set; }

    public static readonly IReadOnlyList<string> DefaultDistribution = ["Burmistrz", "Zastępca Burmistrza", "Sekretarz", "kierownicy komórek organizacyjnych", "a/a"];
}

/// <summary>
/// Computes the F2 figures of a period from the stored responses. The read is plain ADO.NET over
/// the four columns the figures need (version, channel, date, compact answers), one streaming pass
/// into the count arrays of <see cref="ResponseTally"/>; free texts are read only for the "other"
/// answers of the responses counted. Works on SQLite and PostgreSQL alike (quoted identifiers,
/// DateOnly parameters).
/// </summary>
public sealed class F2FiguresService(AppDbContext db, IOptions<AnalysisOptions> options, F2FiguresCache cache)
{
    public sealed record Filter(string? UnitCode = null, Channel? Channel = null);

    /// <summary>
    /// The half-year the dashboard opens on: the last complete one that has responses (not an empty
    /// current or just-ended one); the just-ended half-year when there are no responses at all.
    /// </summary>
    public async Task<ReportingPeriod> LastCompleteWithDataAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var justEnded = ReportingPeriod.JustEnded(today);
        var last = await db.SurveyResponses.AsNoTracking().Where(r => r.ReceivedOn <= justEnded.End)
            .OrderByDescending(r => r.ReceivedOn).Select(r => (DateOnly?)r.ReceivedOn).FirstOrDefaultAsync(cancellationToken);
        return last is { } day ? ReportingPeriod.Containing(day) : justEnded;
    }

    public async Task<F2Figures> ComputeAsync(ReportingPeriod period, Filter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= new Filter();
        var versions = await db.SurveyVersions.AsNoTracking()
            .Where(v => v.Status == SurveyVersionStatus.Approved)
            .Select(v => new ApprovedVersion(v.Id, v.Number, v.LiveFrom, v.Definition))
            .ToListAsync(cancellationToken);
        // Drafts are never analysed: answers can only have come through an approved version.
        if (versions.Count == 0) throw new InvalidOperationException("There is no approved survey version to analyse.");

        // Read before the pass: what is stored while it runs makes the next request count afresh.
        var stamp = await StampAsync(string.Join(';', versions.OrderBy(v => v.Id).Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Id}@{v.LiveFrom:O}"))), cancellationToken);
        var key = new F2FiguresCache.Key(period.ToString(), filter.UnitCode, filter.Channel);
        if (cache.Find(key, stamp) is { } kept) return kept;
        var figures = await ComputeAsync(period, filter, versions, cancellationToken);
        cache.Keep(key, stamp, figures);
        return figures;
    }

    private async Task<F2DataStamp> StampAsync(string versions, CancellationToken cancellationToken)
    {
        var responses = db.SurveyResponses.AsNoTracking();
        return new F2DataStamp(
            await responses.LongCountAsync(cancellationToken),
            await responses.MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0,
            await db.AuditEntries.AsNoTracking().Where(a => a.SubjectType == Paper.PaperAudit.ResponseSubject).MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0,
            versions);
    }

    private async Task<F2Figures> ComputeAsync(ReportingPeriod period, Filter filter,
        List<ApprovedVersion> versions, CancellationToken cancellationToken)
    {
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
        var store = new ResponseStore(db);
        await store.ReadAsync(tallies, newTallies, filter.Channel, unitFilter, options.Value.SplitReadFromRows, otherSlots.Count == 0 ? null : (id, index, t) =>
        {
            if (index != 0) return;   // the texts are those of the period itself (tallies[0] is the current period)
            foreach (var (slot, key, option) in otherSlots)
                if (t.LastChose(slot, option))
                    lock (otherIds) otherIds[key.Key].Add(id);
        }, cancellationToken);

        var texts = otherSlots.Count == 0 ? new Dictionary<string, IReadOnlyList<string>>()
            : await store.ReadTextsAsync(otherIds, cancellationToken);

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

    private sealed record ApprovedVersion(int Id, int Number, DateOnly? LiveFrom, string Definition);

    private static ResponseTally NewTally(TallyLayout layout, ReportingPeriod period, Dictionary<int, IReadOnlyList<string>> exclusions, bool totalsOnly)
    {
        var t = new ResponseTally(layout, period, totalsOnly);
        foreach (var (versionId, keys) in exclusions) t.Exclude(versionId, keys);
        return t;
    }
}
