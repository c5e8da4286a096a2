using GlosKlienta.Domain.Search;

namespace GlosKlienta.Domain.Press;

/// <summary>What the archive's search reads of a release: a word in the title ranks above one in the topics, which ranks above one in the text.</summary>
public static class ReleaseSearch
{
    /// <summary>
    /// The body is read as stored: its markup ("## ", "- ") is punctuation, which folding turns into
    /// spaces, so parsing it first (<see cref="SimpleMarkup.PlainText"/>) would give the same words.
    /// </summary>
    public static SearchableText Text(string? title, string? body, string? topics) =>
        SearchableText.Of((title, 3), (topics, 2), (body, 1));
}
