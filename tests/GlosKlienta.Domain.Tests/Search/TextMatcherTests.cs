using GlosKlienta.Domain.Search;

namespace GlosKlienta.Domain.Tests.Search;

public sealed class TextMatcherTests
{
    private static SearchableText Text(string name, string description = "") => SearchableText.Of((name, 2), (description, 1));

    private static MatchLevel Level(string query, string text) =>
        Text(text).Match(Assert.Single(SearchQuery.Parse(query).Words));

    [Theory]
    [InlineData("podatków", "wymiar podatków", MatchLevel.Exact)]
    [InlineData("PODATKOW", "wymiar podatków", MatchLevel.Exact)]
    [InlineData("podatku", "wymiar podatków", MatchLevel.SameStem)]
    [InlineData("podat", "wymiar podatków", MatchLevel.Prefix)]         // a word not finished
    [InlineData("dyrektor", "w dyrektorze", MatchLevel.Prefix)]         // a change the stemmer does not undo
    [InlineData("meldunek", "zameldowania", MatchLevel.AfterPrefix)]
    [InlineData("świadczenie", "zaświadczenia", MatchLevel.None)]       // another word, not "za" + "świadczenie"
    [InlineData("akt", "aktualność", MatchLevel.None)]                  // short: whole words only
    [InlineData("2", "pokój 21", MatchLevel.None)]                      // a number: whole numbers only
    [InlineData("21", "pokój 21", MatchLevel.Exact)]
    [InlineData("prawo", "sprawy", MatchLevel.None)]
    public void Match_SaysHowAWordIsFound(string query, string text, MatchLevel level)
    {
        Assert.Equal(level, Level(query, text));
    }

    [Fact]
    public void Rank_NeedsEveryWord_AndPutsBetterMatchesFirst_KeepingOrderOnTies()
    {
        var items = new[]
        {
            ("Kasa", "przyjmowanie wpłat podatków"),
            ("Stanowisko ds. podatku rolnego", ""),
            ("Stanowisko ds. podatków", ""),
            ("Stanowisko ds. podatkowe", ""),
        };

        var ranked = TextMatcher.Rank(items, SearchQuery.Parse("podatków"), i => Text(i.Item1, i.Item2)).Select(i => i.Item1);

        // Exact in the name, then other forms in the name in the given order, then a mention in the description.
        Assert.Equal(["Stanowisko ds. podatków", "Stanowisko ds. podatku rolnego", "Stanowisko ds. podatkowe", "Kasa"], ranked);
        Assert.Equal(["Stanowisko ds. podatku rolnego"],
            TextMatcher.Rank(items, SearchQuery.Parse("podatek rolny"), i => Text(i.Item1, i.Item2)).Select(i => i.Item1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("po i na")]
    [InlineData("?!")]
    public void Rank_FindsNothingForAQueryWithoutWordsThatMatter(string query)
    {
        Assert.True(SearchQuery.Parse(query).IsEmpty);
        Assert.Empty(TextMatcher.Rank(["podatki", "po", "na"], SearchQuery.Parse(query), t => Text(t)));
    }
}
