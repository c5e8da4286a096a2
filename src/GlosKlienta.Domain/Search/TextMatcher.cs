namespace GlosKlienta.Domain.Search;

/// <summary>
/// Search over a list: a thing matches when every word of the query is found in it in some form
/// (<see cref="MatchLevel"/>); matches come best first, and in their given order when equally good.
/// </summary>
public static class TextMatcher
{
    /// <summary>The sum of each word's best weighted match; 0 when a word is not found at all or the query is empty.</summary>
    public static int Score(SearchQuery query, SearchableText text)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(text);
        var total = 0;
        foreach (var word in query.Words)
        {
            var score = text.Score(word);
            if (score == 0) return 0;
            total += score;
        }
        return total;
    }

    /// <summary>The items that match, the best first; items of equal score keep the order they came in.</summary>
    public static IReadOnlyList<T> Rank<T>(IEnumerable<T> items, SearchQuery query, Func<T, SearchableText> text)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(text);
        if (query.IsEmpty) return [];
        return items.Select(item => (Item: item, Score: Score(query, text(item))))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score) // OrderBy is stable: ties keep the given order
            .Select(x => x.Item)
            .ToList();
    }
}
