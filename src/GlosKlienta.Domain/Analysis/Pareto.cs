using System.Globalization;
using System.Text;

namespace GlosKlienta.Domain.Analysis;

/// <param name="Share">Count over all counts in the chart (mentions, not people).</param>
public sealed record ParetoBar(string Key, int Count, double Share, int CumulativeCount, double CumulativeShare);

/// <summary>A group of "other" texts that read the same once normalised.</summary>
/// <param name="Key">The normalised wording shared by the group.</param>
/// <param name="Example">The most frequent original wording (trimmed), the first met on a tie.</param>
public sealed record TextGroup(string Key, string Example, int Count);

/// <summary>
/// Pareto ordering: counts descending (ties keep the order given, so the definition's option
/// order for question 7), with cumulative counts and shares. Options nobody chose stay, at the end,
/// so the chart shows that too. Everything is a share of the total count, so the last bar reaches 1.
/// </summary>
public static class Pareto
{
    public static IReadOnlyList<ParetoBar> From(IEnumerable<KeyValuePair<string, int>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var ordered = counts.OrderByDescending(c => c.Value).ToList(); // stable
        long total = 0;
        foreach (var c in ordered)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(c.Value, nameof(counts));
            total += c.Value;
        }
        var bars = new List<ParetoBar>(ordered.Count);
        int cumulative = 0;
        foreach (var (key, count) in ordered)
        {
            cumulative += count;
            bars.Add(new ParetoBar(key, count, total == 0 ? 0 : (double)count / total, cumulative, total == 0 ? 0 : (double)cumulative / total));
        }
        return bars;
    }

    /// <summary>
    /// A choice question's options as a Pareto chart, leaving out <paramref name="excluded"/>
    /// codes (for question 7 the exclusive "no difficulties", which is not a difficulty).
    /// </summary>
    public static IReadOnlyList<ParetoBar> From(CategoricalSummary summary, params string[] excluded)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return From(summary.Options.Where(o => !excluded.Contains(o.Code, StringComparer.Ordinal))
            .Select(o => new KeyValuePair<string, int>(o.Code, o.Count)));
    }

    /// <summary>
    /// Groups free texts by <see cref="TextNormalisation.Normalise"/>; texts that normalise to
    /// nothing are skipped. Groups by count descending, then by key (ordinal), so the order is fixed.
    /// </summary>
    public static IReadOnlyList<TextGroup> GroupTexts(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var groups = new Dictionary<string, (int Count, Dictionary<string, int> Wordings, List<string> FirstSeen)>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (text is null) continue;
            var key = TextNormalisation.Normalise(text);
            if (key.Length == 0) continue;
            var wording = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (!groups.TryGetValue(key, out var g)) g = (0, new Dictionary<string, int>(StringComparer.Ordinal), []);
            if (!g.Wordings.TryGetValue(wording, out var seen)) g.FirstSeen.Add(wording);
            g.Wordings[wording] = seen + 1;
            groups[key] = (g.Count + 1, g.Wordings, g.FirstSeen);
        }
        return groups
            .Select(g => new TextGroup(g.Key, g.Value.FirstSeen.OrderByDescending(w => g.Value.Wordings[w]).First(), g.Value.Count))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Text groups as a Pareto chart keyed by their example wording.</summary>
    public static IReadOnlyList<ParetoBar> FromTexts(IEnumerable<string?> texts) =>
        From(GroupTexts(texts).Select(g => new KeyValuePair<string, int>(g.Example, g.Count)));
}

/// <summary>
/// Simple normalised wording, so "Brak informacji!", "brak  informacji" and "BRAK INFORMACJI."
/// count as one: lower case (invariant), Polish and other diacritics folded (ą→a, ł→l, ż→z ...),
/// every character that is not a letter or digit turned into a space, a few Polish function words
/// dropped (<see cref="StopWords"/>), words joined by single spaces. No stemming and no
/// reordering: "długo czekałem" and "czekałem długo" stay apart, on purpose, to stay predictable.
/// </summary>
public static class TextNormalisation
{
    /// <summary>Conjunctions and prepositions that carry no meaning for grouping. "nie" is kept: it flips the meaning.</summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "i", "oraz", "albo", "lub", "w", "we", "z", "ze", "na", "do", "o", "u", "po", "od", "dla", "przy", "sie", "to", "jest", "bylo", "byl", "byla",
    };

    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark) continue; // the accent of ą, ć, ę, ń, ó, ś, ź, ż
            if (ch == 'ł') sb.Append('l');                           // ł has no decomposition
            else if (char.IsLetterOrDigit(ch)) sb.Append(ch);
            else sb.Append(' ');
        }
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !StopWords.Contains(w));
        return string.Join(' ', words);
    }
}
