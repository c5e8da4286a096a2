namespace GlosKlienta.Domain.Search;

/// <summary>
/// A thing to search (a post, a press release) as weighted fields of folded words and their stems,
/// made once so that each query only looks words up. A name weighs more than a description, so a
/// match in it ranks higher.
/// </summary>
public sealed class SearchableText
{
    private readonly Field[] fields;

    private SearchableText(Field[] fields) => this.fields = fields;

    /// <summary>Fields as (text, weight); a null or empty text is a field with no words.</summary>
    public static SearchableText Of(params IEnumerable<(string? Text, int Weight)> fields) =>
        new(fields.Select(f => new Field(f.Text, f.Weight)).ToArray());

    /// <summary>The best match of <paramref name="word"/> in any field, as level times the field's weight; 0 if none.</summary>
    public int Score(SearchQuery.Word word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var best = 0;
        foreach (var field in fields)
            best = Math.Max(best, (int)field.Match(word) * field.Weight);
        return best;
    }

    /// <summary>The best level at which <paramref name="word"/> is found in any field, weights aside.</summary>
    public MatchLevel Match(SearchQuery.Word word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var best = MatchLevel.None;
        foreach (var field in fields)
            if (field.Match(word) is var level && level > best) best = level;
        return best;
    }

    private sealed class Field
    {
        public int Weight { get; }
        private readonly HashSet<string> words;
        private readonly HashSet<string> stems;
        private readonly string[] wordList;
        private readonly string[] stemList;
        private readonly string[] unprefixed;

        public Field(string? text, int weight)
        {
            Weight = weight;
            words = new HashSet<string>(PolishText.Words(text), StringComparer.Ordinal);
            wordList = words.ToArray();
            stemList = wordList.Select(PolishText.Stem).ToArray();
            stems = new HashSet<string>(stemList, StringComparer.Ordinal);
            unprefixed = stemList.SelectMany(PolishText.WithoutVerbalPrefix).Distinct(StringComparer.Ordinal).ToArray();
        }

        public MatchLevel Match(SearchQuery.Word word)
        {
            if (words.Contains(word.Folded)) return MatchLevel.Exact;
            if (word.IsNumber) return MatchLevel.None;
            if (stems.Contains(word.Stem)) return MatchLevel.SameStem;
            if (!word.MayBePrefix) return MatchLevel.None;
            for (var i = 0; i < wordList.Length; i++)
                if (wordList[i].StartsWith(word.Stem, StringComparison.Ordinal) || stemList[i].StartsWith(word.Stem, StringComparison.Ordinal))
                    return MatchLevel.Prefix;
            if (PolishText.IsActionStem(word.Stem))
                foreach (var rest in unprefixed)
                    if (rest.StartsWith(word.Stem, StringComparison.Ordinal)) return MatchLevel.AfterPrefix;
            return MatchLevel.None;
        }
    }
}
