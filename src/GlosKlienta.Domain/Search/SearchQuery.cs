namespace GlosKlienta.Domain.Search;

/// <summary>What a person typed into a search box, as words to look for: folded, stemmed, stop words left out.</summary>
public sealed class SearchQuery
{
    /// <summary>One word of a query: as typed (folded) and its stem.</summary>
    public sealed record Word(string Folded, string Stem)
    {
        /// <summary>A number is a whole number in the text: "2" is room 2, not rooms 12 and 21.</summary>
        public bool IsNumber => Folded.All(char.IsAsciiDigit);

        /// <summary>Short words are matched whole: "akt" is not "aktualność".</summary>
        public bool MayBePrefix => !IsNumber && Stem.Length > PolishText.MaxWholeOnlyStem;
    }

    public static readonly SearchQuery Empty = new([]);

    private SearchQuery(IReadOnlyList<Word> words) => Words = words;

    /// <summary>Every word must be found for a text to match; none means the query asks for nothing.</summary>
    public IReadOnlyList<Word> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    /// <summary>The words of <paramref name="text"/> without repeats and stop words; a query of stop words alone ("po", "i") is empty.</summary>
    public static SearchQuery Parse(string? text)
    {
        var words = PolishText.Words(text).Where(w => !PolishText.IsStopWord(w)).Distinct(StringComparer.Ordinal)
            .Select(w => new Word(w, PolishText.Stem(w))).ToList();
        return words.Count == 0 ? Empty : new SearchQuery(words);
    }
}
