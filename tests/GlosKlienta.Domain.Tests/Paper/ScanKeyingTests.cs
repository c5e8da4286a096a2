using GlosKlienta.Domain.Paper;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Domain.Tests.Survey;

namespace GlosKlienta.Domain.Tests.Paper;

public sealed class ScanKeyingTests
{
    private static readonly SurveyDefinition F1 = SeedF1.Definition;

    private static ScanTarget Target(string key) => Assert.IsType<ScanTarget>(ScanKeying.Target(F1, key));

    [Fact]
    public void Target_NamesQuestions_Items_AndWrittenAnswers()
    {
        Assert.Equal(("plec", (string?)null, false), (Target("plec").Question.Code, Target("plec").Item?.Code, Target("plec").IsText));
        Assert.Equal(("oceny", "sprawnosc"), (Target("oceny.sprawnosc").Question.Code, Target("oceny.sprawnosc").Item!.Code));
        Assert.True(Target("informacje.prasa").IsItem);
        Assert.True(Target("uwagi.tekst").IsText);
        Assert.True(Target("trudnosci.tekst").IsText);
        Assert.Null(ScanKeying.Target(F1, "oceny"));
        Assert.Null(ScanKeying.Target(F1, "nieznane"));
    }

    [Fact]
    public void Proposal_IsWrittenAsThePersonWouldKeyIt()
    {
        Assert.Equal("2", ScanKeying.Proposal(Target("plec"), ["mezczyzna"]));
        Assert.Equal("26", ScanKeying.Proposal(Target("trudnosci"), ["niewlasciwa-osoba", "inne"]));
        Assert.Equal("", ScanKeying.Proposal(Target("plec"), []));
        Assert.Equal("4", ScanKeying.Proposal(Target("oceny.sprawnosc"), ["4"]));
        Assert.Equal("0", ScanKeying.Proposal(Target("oceny.sprawnosc"), []));
        Assert.Equal("2", ScanKeying.Proposal(Target("informacje.internet"), ["negatywnie"]));
        Assert.Equal("", ScanKeying.Proposal(Target("uwagi.tekst"), []));
    }

    [Fact]
    public void Compose_LaysPeoplesDecisionsOverTheReadersAnswers_ItemByItem()
    {
        var decided = "plec=kobieta;oceny.uprzejmosc=5;oceny.kompetencja=3;informacje.prasa=pozytywnie";
        var decisions = new Dictionary<string, string>
        {
            ["wiek"] = "3",
            ["oceny.sprawnosc"] = "4",
            ["oceny.terminowosc"] = "-",
            ["informacje.tablice"] = "2",
            ["uwagi.tekst"] = "  Parking dla rowerów ",
        };
        var reading = PaperKeying.Read(F1, ScanKeying.Compose(F1, decided, decisions));

        Assert.Equal(PaperReadingStatus.Valid, reading.Status);
        var form = reading.Form!;
        Assert.Equal(["kobieta"], form.Answers.Choices["plec"]);
        Assert.Equal(["36-45"], form.Answers.Choices["wiek"]);
        Assert.Equal(["5"], form.Answers.Choices["oceny.uprzejmosc"]);
        Assert.Equal(["4"], form.Answers.Choices["oceny.sprawnosc"]);
        Assert.Equal(["3"], form.Answers.Choices["oceny.kompetencja"]);
        Assert.False(form.Answers.Choices.ContainsKey("oceny.informacja"));
        Assert.True(form.IsUnreadable("oceny.terminowosc"));
        Assert.Equal(["pozytywnie"], form.Answers.Choices["informacje.prasa"]);
        Assert.Equal(["negatywnie"], form.Answers.Choices["informacje.tablice"]);
        Assert.Equal("Parking dla rowerów", form.Answers.Texts["uwagi"]);
    }

    [Fact]
    public void Compose_ADecisionOfNoAnswer_ClearsWhatTheReaderProposed()
    {
        var reading = PaperKeying.Read(F1, ScanKeying.Compose(F1, "plec=kobieta;oceny.uprzejmosc=5", new Dictionary<string, string> { ["oceny.uprzejmosc"] = "0", ["wiek"] = "" }));

        Assert.Equal(PaperReadingStatus.Valid, reading.Status);
        Assert.False(reading.Form!.Answers.Choices.ContainsKey("oceny.uprzejmosc"));
        Assert.False(reading.Form.Answers.Choices.ContainsKey("wiek"));
    }

    [Fact]
    public void Compose_OfNothing_IsABlankForm()
    {
        var reading = PaperKeying.Read(F1, ScanKeying.Compose(F1, "", new Dictionary<string, string> { ["oceny.uprzejmosc"] = "0", ["uwagi.tekst"] = "" }));
        Assert.Equal(PaperReadingStatus.Blank, reading.Status);
    }

    [Fact]
    public void Compose_AWrongDecision_IsAKeyingErrorOfItsQuestion()
    {
        var reading = PaperKeying.Read(F1, ScanKeying.Compose(F1, "plec=kobieta", new Dictionary<string, string> { ["wiek"] = "9" }));
        Assert.Equal(PaperReadingStatus.Invalid, reading.Status);
        var error = Assert.Single(reading.Errors);
        Assert.Equal(("wiek", KeyingErrorKind.OutOfRange), (error.QuestionCode, error.Kind));

        var two = PaperKeying.Read(F1, ScanKeying.Compose(F1, "", new Dictionary<string, string> { ["plec"] = "12" }));
        Assert.Equal(KeyingErrorKind.TooManyNumbers, Assert.Single(two.Errors).Kind);
    }

    [Theory]
    [InlineData("4", true)]
    [InlineData("0", true)]
    [InlineData("-", true)]
    [InlineData("", true)]
    [InlineData("45", false)]
    [InlineData("x", false)]
    public void AnItemsDecision_IsOneNumber(string decision, bool ok) =>
        Assert.Equal(ok, ScanKeying.IsOneItemNumber(Target("oceny.sprawnosc"), decision));
}
