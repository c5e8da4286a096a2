using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Tests.Survey;

public sealed class ResponseAnswersTests
{
    private static ResponseAnswers WithChoices(params (string Key, string[] Values)[] choices) =>
        new(choices.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Values, StringComparer.Ordinal), new Dictionary<string, string>());

    [Fact]
    public void EncodeChoices_WhenChoicesGiven_WritesKeysInOrderWithCommaSeparatedValues()
    {
        var answers = WithChoices(
            ("plec", ["kobieta"]),
            ("trudnosci", ["brak-informacji", "inne"]),
            ("oceny.uprzejmosc", ["5"]));

        Assert.Equal("plec=kobieta;trudnosci=brak-informacji,inne;oceny.uprzejmosc=5", answers.EncodeChoices());
    }

    [Theory]
    [InlineData("plec=kobieta")]
    [InlineData("plec=kobieta;trudnosci=brak-informacji,inne;oceny.uprzejmosc=5")]
    [InlineData("trudnosci=niewlasciwa-osoba,brak-informacji,bledne-informacje,inny-termin,inne")]
    [InlineData("oceny.uprzejmosc=1;oceny.sprawnosc=2;oceny.kompetencja=3;oceny.informacja=4;oceny.terminowosc=5")]
    [InlineData("informacje.prasa=pozytywnie;informacje.internet=negatywnie;informacje.tablice=nie-mam-zdania")]
    public void DecodeChoices_WhenEncodedAgain_GivesTheSameText(string encoded)
    {
        var decoded = ResponseAnswers.DecodeChoices(encoded);

        Assert.Equal(encoded, new ResponseAnswers(decoded, new Dictionary<string, string>()).EncodeChoices());
    }

    [Fact]
    public void DecodeChoices_WhenGivenEncodedChoices_RestoresKeysAndValues()
    {
        var original = WithChoices(
            ("plec", ["mezczyzna"]),
            ("wiek", ["56-65"]),
            ("trudnosci", ["niewlasciwa-osoba", "inny-termin", "inne"]),
            ("oceny.uprzejmosc", ["4"]),
            ("oceny.terminowosc", ["2"]),
            ("informacje.internet", ["nie-mam-zdania"]));

        var decoded = ResponseAnswers.DecodeChoices(original.EncodeChoices());

        Assert.Equal(original.Choices.Keys, decoded.Keys);
        foreach (var (key, values) in original.Choices) Assert.Equal(values, decoded[key]);
        Assert.Equal(["niewlasciwa-osoba", "inny-termin", "inne"], decoded["trudnosci"]);
        Assert.Equal(["4"], decoded[ResponseAnswers.ItemKey("oceny", "uprzejmosc")]);
    }

    [Fact]
    public void DecodeChoices_WhenAnswersCameFromValidation_RoundTrips()
    {
        var outcome = ResponseValidation.Validate(SeedF1.Definition, new Dictionary<string, IReadOnlyList<string>>
        {
            ["q.trudnosci"] = ["inny-termin", "brak-informacji"],
            ["t.trudnosci"] = ["kolejka"],
            ["q.oceny.kompetencja"] = ["5"],
            ["q.informacje.prasa"] = ["pozytywnie"],
        });
        var answers = Assert.IsType<ResponseAnswers>(outcome.Answers);

        var encoded = answers.EncodeChoices();
        var decoded = ResponseAnswers.DecodeChoices(encoded);

        Assert.Equal("trudnosci=brak-informacji,inny-termin,inne;oceny.kompetencja=5;informacje.prasa=pozytywnie", encoded);
        Assert.Equal(answers.Choices.Keys, decoded.Keys);
        foreach (var (key, values) in answers.Choices) Assert.Equal(values, decoded[key]);
    }

    [Fact]
    public void EncodeChoices_WhenNoChoices_ReturnsEmptyString()
    {
        Assert.Equal("", ResponseAnswers.Empty.EncodeChoices());
        Assert.Equal("", WithChoices().EncodeChoices());
    }

    [Fact]
    public void EncodeChoices_WhenOnlyTexts_ReturnsEmptyString()
    {
        var answers = new ResponseAnswers(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, string> { ["uwagi"] = "a;b=c" });

        Assert.Equal("", answers.EncodeChoices());
        Assert.False(answers.IsEmpty);
    }

    [Fact]
    public void DecodeChoices_WhenEmpty_ReturnsNoChoices()
    {
        Assert.Empty(ResponseAnswers.DecodeChoices(""));
    }

    [Theory]
    [InlineData("plec")]
    [InlineData("=kobieta")]
    [InlineData("plec=kobieta;")]
    [InlineData(";plec=kobieta")]
    [InlineData("plec=kobieta;;wiek=18-25")]
    [InlineData("plec=kobieta;wiek")]
    [InlineData(";")]
    public void DecodeChoices_WhenMalformed_ThrowsFormatException(string encoded)
    {
        Assert.Throws<FormatException>(() => ResponseAnswers.DecodeChoices(encoded));
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
