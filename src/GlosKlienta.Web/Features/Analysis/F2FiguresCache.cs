using System.Collections.Concurrent;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Web.Features.Analysis;

/// <summary>
/// The F2 figures last computed for a period and filter, kept while the data they were computed
/// from has not changed. A hit is checked against <see cref="F2DataStamp"/>, read from the
/// database before every use, so an answer stored, a paper form corrected or a version approved by
/// any instance makes the next request compute afresh. This is what lets the figures the warm-up
/// computed at start (<see cref="F2WarmUp"/>) serve the first person who opens the dashboard, and
/// the protocol page, its documents and the previous protocol's follow-up not count a period again
/// when nothing has changed. <see cref="F2Figures"/> is immutable, so one instance is shared.
/// </summary>
public sealed class F2FiguresCache
{
    /// <summary>How many period-and-filter results are kept (the dashboard's filters make the rest).</summary>
    public const int Capacity = 24;

    private readonly ConcurrentDictionary<Key, Entry> entries = new();
    private long uses;

    public readonly record struct Key(string Period, string? Unit, Channel? Channel);

    private sealed record Entry(F2DataStamp Stamp, F2Figures Figures)
    {
        public long LastUse;
    }

    public F2Figures? Find(Key key, F2DataStamp stamp)
    {
        if (!entries.TryGetValue(key, out var entry) || entry.Stamp != stamp) return null;
        entry.LastUse = Interlocked.Increment(ref uses);
        return entry.Figures;
    }

    public void Keep(Key key, F2DataStamp stamp, F2Figures figures)
    {
        entries[key] = new Entry(stamp, figures) { LastUse = Interlocked.Increment(ref uses) };
        // Stale entries (an older stamp) and the least used beyond the capacity go.
        foreach (var (k, e) in entries)
            if (e.Stamp != stamp) entries.TryRemove(k, out _);
        while (entries.Count > Capacity)
        {
            var oldest = entries.MinBy(e => e.Value.LastUse);
            entries.TryRemove(oldest.Key, out _);
        }
    }
}
