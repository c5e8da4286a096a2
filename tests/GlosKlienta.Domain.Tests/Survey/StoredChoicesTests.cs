using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Tests.Survey;

/// <summary>The stored form of the choices: one writer, one reader, one decision on malformed pairs.</summary>
public sealed class StoredChoicesTests
{
    private static ResponseAnswers WithChoices(params (string Key, string[] Values)[] choices) =>
        new(choices.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Values, StringComparer.Ordinal), new Dictionary<string, string>());

    [Fact]
    public void Encode_WhenChoicesGiven_WritesKeysInOrderWithCommaSeparatedValues()
    {
        var answers = WithChoices(
            ("plec", ["kobieta"]),
            ("trudnosci", ["brak-informacji", "inne"]),
            ("oceny.uprzejmosc", ["5"]));

        Assert.Equal("plec=kobieta;trudnosci=brak-informacji,inne;oceny.uprzejmosc=5", StoredChoices.Encode(answers.Choices));
    }

    [Theory]
    [InlineData("plec=kobieta")]
    [InlineData("plec=kobieta;trudnosci=brak-informacji,inne;oceny.uprzejmosc=5")]
    [InlineData("trudnosci=niewlasciwa-osoba,brak-informacji,bledne-informacje,inny-termin,inne")]
    [InlineData("oceny.uprzejmosc=1;oceny.sprawnosc=2;oceny.kompetencja=3;oceny.informacja=4;oceny.terminowosc=5")]
    [InlineData("informacje.prasa=pozytywnie;informacje.internet=negatywnie;informacje.tablice=nie-mam-zdania")]
    public void Decode_WhenEncodedAgain_GivesTheSameText(string encoded)
    {
        var decoded = StoredChoices.Decode(encoded);

        Assert.Equal(encoded, StoredChoices.Encode(decoded));
    }

    [Fact]
    public void Decode_WhenGivenEncodedChoices_RestoresKeysAndValues()
    {
        var original = WithChoices(
            ("plec", ["mezczyzna"]),
            ("wiek", ["56-65"]),
            ("trudnosci", ["niewlasciwa-osoba", "inny-termin", "inne"]),
            ("oceny.uprzejmosc", ["4"]),
            ("oceny.terminowosc", ["2"]),
            ("informacje.internet", ["nie-mam-zdania"]));

        var decoded = StoredChoices.Decode(StoredChoices.Encode(original.Choices));

        Assert.Equal(original.Choices.Keys, decoded.Keys);
        foreach (var (key, values) in original.Choices) Assert.Equal(values, decoded[key]);
        Assert.Equal(["niewlasciwa-osoba", "inny-termin", "inne"], decoded["trudnosci"]);
        Assert.Equal(["4"], decoded[ResponseAnswers.ItemKey("oceny", "uprzejmosc")]);
    }

    [Fact]
    public void Decode_WhenAnswersCameFromValidation_RoundTrips()
    {
        var outcome = ResponseValidation.Validate(SeedF1.Definition, new Dictionary<string, IReadOnlyList<string>>
        {
            ["q.trudnosci"] = ["inny-termin", "brak-informacji"],
            ["t.trudnosci"] = ["kolejka"],
            ["q.oceny.kompetencja"] = ["5"],
            ["q.informacje.prasa"] = ["pozytywnie"],
        });
        var answers = Assert.IsType<ResponseAnswers>(outcome.Answers);

        var encoded = StoredChoices.Encode(answers.Choices);
        var decoded = StoredChoices.Decode(encoded);

        Assert.Equal("trudnosci=brak-informacji,inny-termin,inne;oceny.kompetencja=5;informacje.prasa=pozytywnie", encoded);
        Assert.Equal(answers.Choices.Keys, decoded.Keys);
        foreach (var (key, values) in answers.Choices) Assert.Equal(values, decoded[key]);
    }

    [Fact]
    public void Encode_WhenNoChoices_ReturnsEmptyString()
    {
        Assert.Equal("", StoredChoices.Encode(ResponseAnswers.Empty.Choices));
        Assert.Equal("", StoredChoices.Encode(WithChoices().Choices));
    }

    [Fact]
    public void Encode_WhenOnlyTexts_ReturnsEmptyString()
    {
        var answers = new ResponseAnswers(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, string> { ["uwagi"] = "a;b=c" });

        Assert.Equal("", StoredChoices.Encode(answers.Choices));
        Assert.False(answers.IsEmpty);
    }

    [Fact]
    public void Decode_WhenEmpty_ReturnsNoChoices()
    {
        Assert.Empty(StoredChoices.Decode(""));
    }

    [Theory]
    // stored text                          | pairs read   | malformed
    [InlineData("plec", 0, 1)]
    [InlineData("=kobieta", 0, 1)]
    [InlineData("plec=kobieta;", 1, 0)]
    [InlineData(";plec=kobieta", 1, 0)]
    [InlineData("plec=kobieta;;wiek=18-25", 2, 0)]
    [InlineData("plec=kobieta;wiek", 1, 1)]
    [InlineData(";", 0, 0)]
    [InlineData("=;plec;wiek=18-25", 1, 2)]
    public void Decode_WhenMalformed_LeavesTheSegmentOutAndCountsIt(string encoded, int pairs, int malformed)
    {
        var decoded = StoredChoices.Decode(encoded, out var counted);

        Assert.Equal(pairs, decoded.Count);
        Assert.Equal(malformed, counted);
        Assert.Equal(pairs, StoredChoices.Pairs(encoded, out _).Count);
    }

    [Fact]
    public void Decode_WhenAKeyRepeats_KeepsTheLastPair_AndPairsKeepsBoth()
    {
        var decoded = StoredChoices.Decode("komorka=usc;komorka=finansowy");

        Assert.Equal(["finansowy"], decoded["komorka"]);
        Assert.Equal(2, StoredChoices.Pairs("komorka=usc;komorka=finansowy", out _).Count);
    }

    [Theory]
    [InlineData("", "kobieta")]
    [InlineData("plec", "")]
    [InlineData("plec;wiek", "kobieta")]
    [InlineData("plec", "kobieta,mezczyzna")]
    [InlineData("plec", "a=b")]
    [InlineData("plec", "a.b")]
    public void Encode_WhenAKeyOrValueIsNoCode_Refuses(string key, string value)
    {
        var answers = WithChoices((key, [value]));

        Assert.Throws<ArgumentException>(() => StoredChoices.Encode(answers.Choices));
    }

    [Fact]
    public void IsEmpty_WhenNothingAnswered_IsTrueAndOtherwiseFalse()
    {
        Assert.True(ResponseAnswers.Empty.IsEmpty);
        Assert.Empty(ResponseAnswers.Empty.Choices);
        Assert.Empty(ResponseAnswers.Empty.Texts);
        Assert.False(WithChoices(("plec", ["kobieta"])).IsEmpty);
    }

    [Fact]
    public void ItemKey_WhenGivenQuestionAndItem_JoinsThemWithADot()
    {
        Assert.Equal("oceny.uprzejmosc", ResponseAnswers.ItemKey("oceny", "uprzejmosc"));
        Assert.Equal("informacje.prasa", ResponseAnswers.ItemKey("informacje", "prasa"));
    }
}
