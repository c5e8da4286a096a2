using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Domain.Tests.Survey;

namespace GlosKlienta.Domain.Tests.Analysis;

public sealed class CategoricalSummaryTests
{
    private static ResponseAnswers Answers(string encoded) =>
        new(StoredChoices.Decode(encoded), new Dictionary<string, string>());

    [Fact]
    public void For_WhenSingleChoice_CountsAnsweredBlankAndShares()
    {
        var plec = SeedF1.Definition.Find("plec")!;
        var responses = new[] { "plec=kobieta", "plec=kobieta", "plec=mezczyzna", "wiek=18-25", "" }.Select(Answers);

        var s = CategoricalSummary.For(plec, responses);

        Assert.Equal(3, s.Answered);
        Assert.Equal(2, s.Blank);
        Assert.Equal(new[] { "kobieta", "mezczyzna" }, s.Options.Select(o => o.Code).ToArray());
        Assert.Equal(2, s.Find("kobieta")!.Count);
        Near.Equal(2 / 3.0, s.Find("kobieta")!.Share);
        Near.Equal(1 / 3.0, s.Find("mezczyzna")!.Share);
        Assert.Equal(3, s.Mentions);
    }

    [Fact]
    public void For_WhenMultipleChoice_SharesAreOfPeopleAndMayExceedOne()
    {
        var trudnosci = SeedF1.Definition.Find("trudnosci")!;
        var responses = new[]
        {
            "trudnosci=brak",
            "trudnosci=brak-informacji,inne",
            "trudnosci=brak-informacji,niewlasciwa-osoba",
            "plec=kobieta",
        }.Select(Answers);

        var s = CategoricalSummary.For(trudnosci, responses);

        Assert.Equal(3, s.Answered);
        Assert.Equal(1, s.Blank);
        Assert.Equal(5, s.Mentions);
        Near.Equal(2 / 3.0, s.Find("brak-informacji")!.Share);
        Assert.True(s.Options.Sum(o => o.Share!.Value) > 1);
        Assert.Equal(0, s.Find("inny-termin")!.Count);
    }

    [Fact]
    public void For_WhenRatingItem_UsesTheScaleValuesAsOptions()
    {
        var oceny = SeedF1.Definition.Find("oceny")!;
        var responses = new[] { "oceny.uprzejmosc=5", "oceny.uprzejmosc=4", "oceny.sprawnosc=1" }.Select(Answers);

        var s = CategoricalSummary.For(oceny, responses, "uprzejmosc");

        Assert.Equal(new[] { "1", "2", "3", "4", "5" }, s.Options.Select(o => o.Code).ToArray());
        Assert.Equal(2, s.Answered);
        Assert.Equal(1, s.Blank);
    }

    [Fact]
    public void From_WhenACodeIsNotInTheDefinition_ListsItAfterTheOptions()
    {
        var s = CategoricalSummary.From(["a", "b"], [["a"], ["retired"], ["a", "a"]]);

        Assert.Equal(new[] { "a", "b", "retired" }, s.Options.Select(o => o.Code).ToArray());
        Assert.Equal(2, s.Find("a")!.Count); // the duplicate within one answer counts once
    }

    [Fact]
    public void From_WhenNobodyAnswered_HasCountsButNoShares()
    {
        var s = CategoricalSummary.From(["a", "b"], [null, []]);

        Assert.Equal(0, s.Answered);
        Assert.Equal(2, s.Blank);
        Assert.All(s.Options, o => Assert.Null(o.Share));
        Assert.True(s.TooSmallToJudge);
    }

    [Fact]
    public void FromCounts_WhenAnOptionExceedsTheAnswered_Throws()
    {
        Assert.Throws<ArgumentException>(() => CategoricalSummary.FromCounts(["a"], [5], answered: 4, blank: 0));
    }
}
