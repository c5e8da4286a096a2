using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Domain.Tests.Analysis;

public sealed class ParetoTests
{
    [Fact]
    public void From_WhenCountsGiven_SortsDescendingWithCumulativeShares()
    {
        var bars = Pareto.From(
        [
            new("niewlasciwa-osoba", 10),
            new("brak-informacji", 25),
            new("bledne-informacje", 10),
            new("inny-termin", 5),
            new("inne", 0),
        ]);

        Assert.Equal(new[] { "brak-informacji", "niewlasciwa-osoba", "bledne-informacje", "inny-termin", "inne" }, bars.Select(b => b.Key).ToArray());
        Assert.Equal(new[] { 25, 35, 45, 50, 50 }, bars.Select(b => b.CumulativeCount).ToArray());
        Near.Equal(0.5, bars[0].Share);
        Near.Equal(0.7, bars[1].CumulativeShare);
        Near.Equal(1.0, bars[^1].CumulativeShare);
    }

    [Fact]
    public void From_WhenAllZero_HasZeroShares()
    {
        var bars = Pareto.From([new("a", 0), new("b", 0)]);

        Assert.All(bars, b => Assert.Equal(0.0, b.CumulativeShare));
        Assert.Empty(Pareto.From(Array.Empty<KeyValuePair<string, int>>()));
    }

    [Fact]
    public void From_WhenSummaryOfQuestion7_LeavesOutNoDifficulties()
    {
        var summary = CategoricalSummary.From(
            ["brak", "niewlasciwa-osoba", "brak-informacji"],
            [["brak"], ["brak"], ["brak-informacji"], ["niewlasciwa-osoba", "brak-informacji"], null]);

        var bars = Pareto.From(summary, "brak");

        Assert.Equal(new[] { "brak-informacji", "niewlasciwa-osoba" }, bars.Select(b => b.Key).ToArray());
        Near.Equal(2 / 3.0, bars[0].Share);
    }

    [Theory]
    [InlineData("Brak informacji!", "brak informacji")]
    [InlineData("  BRAK   informacji. ", "brak informacji")]
    [InlineData("Długi czas oczekiwania", "dlugi czas oczekiwania")]
    [InlineData("Zażółć gęślą jaźń", "zazolc gesla jazn")]
    [InlineData("Kolejka w urzędzie i brak miejsc", "kolejka urzedzie brak miejsc")]
    [InlineData("nie było urzędnika", "nie urzednika")]
    [InlineData("...", "")]
    public void Normalise_WhenPolishText_FoldsCaseDiacriticsPunctuationAndStopWords(string text, string expected)
    {
        Assert.Equal(expected, TextNormalisation.Normalise(text));
    }

    [Fact]
    public void GroupTexts_WhenWordingsDifferOnlyInForm_CountsThemTogether()
    {
        var groups = Pareto.GroupTexts(
        [
            "Brak informacji", "brak informacji!", "BRAK INFORMACJI", "brak  informacji",
            "Długa kolejka", "dluga kolejka",
            "parking", null, "   ", "?!",
        ]);

        Assert.Equal(3, groups.Count);
        Assert.Equal(("brak informacji", 4), (groups[0].Key, groups[0].Count));
        Assert.Equal("Brak informacji", groups[0].Example); // each wording once (two fold to the same trimmed text): the first met
        Assert.Equal(("dluga kolejka", 2), (groups[1].Key, groups[1].Count));
        Assert.Equal(("parking", 1), (groups[2].Key, groups[2].Count));
    }

    [Fact]
    public void GroupTexts_WhenOneWordingIsCommoner_UsesItAsTheExample()
    {
        var groups = Pareto.GroupTexts(["za długo!", "Za długo", "Za długo"]);

        Assert.Equal("Za długo", Assert.Single(groups).Example);
    }

    [Fact]
    public void FromTexts_WhenGrouped_ChartsTheExamples()
    {
        var bars = Pareto.FromTexts(["parking", "Parking.", "kolejka"]);

        Assert.Equal(new[] { "parking", "kolejka" }, bars.Select(b => b.Key).ToArray());
        Assert.Equal(new[] { 2, 1 }, bars.Select(b => b.Count).ToArray());
    }
}
