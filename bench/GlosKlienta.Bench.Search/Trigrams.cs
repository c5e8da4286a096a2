using GlosKlienta.Domain.Search;

namespace GlosKlienta.Bench.Search;

/// <summary>
/// The alternative to stemming: a query word matches a word of the text whose trigrams (of the
/// folded word padded as pg_trgm pads it: two spaces before, one after) are similar enough
/// (shared / all, at least <paramref name="threshold"/>). Numbers match whole, stop words are left
/// out, every word must match: the same rules as the stemmer's matcher, so only the word test differs.
/// </summary>
public sealed class Trigrams(double threshold)
{
    public Func<string, IReadOnlyList<int>> Prepare(IReadOnlyList<string[]> documents)
    {
        var index = documents.Select(fields => fields
            .Select(f => PolishText.Words(f).Distinct(StringComparer.Ordinal).Select(w => (Word: w, Grams: Of(w))).ToArray())
            .ToArray()).ToArray();
        return query =>
        {
            var words = PolishText.Words(query).Where(w => !PolishText.IsStopWord(w)).Distinct(StringComparer.Ordinal)
                .Select(w => (Word: w, Grams: Of(w), Number: w.All(char.IsAsciiDigit))).ToArray();
            if (words.Length == 0) return [];
            var scored = new List<(int Index, double Score)>();
            for (var d = 0; d < index.Length; d++)
            {
                var total = 0.0;
                foreach (var q in words)
                {
                    var best = 0.0;
                    for (var f = 0; f < index[d].Length; f++)
                    {
                        var weight = index[d].Length - f;
                        foreach (var w in index[d][f])
                        {
                            var sim = q.Number ? (w.Word == q.Word ? 1 : 0) : Similarity(q.Grams, w.Grams);
                            if (sim >= threshold) best = Math.Max(best, sim * weight);
                        }
                    }
                    if (best == 0) { total = 0; break; }
                    total += best;
                }
                if (total > 0) scored.Add((d, total));
            }
            return scored.OrderByDescending(s => s.Score).Select(s => s.Index).ToList();
        };
    }

    private static HashSet<string> Of(string word)
    {
        var padded = "  " + word + " ";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++) grams.Add(padded.Substring(i, 3));
        return grams;
    }

    private static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        var shared = 0;
        foreach (var g in a) if (b.Contains(g)) shared++;
        return (double)shared / (a.Count + b.Count - shared);
    }
}
