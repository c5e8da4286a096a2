using GlosKlienta.Domain.Paper;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Domain.Tests.Survey;

namespace GlosKlienta.Domain.Tests.Paper;

public sealed class PaperKeyingTests
{
    private static readonly SurveyDefinition F1 = SeedF1.Definition;

    /// <summary>The online test form's full response (Web.Tests SurveyForm.FullAnswers) as it is stored.</summary>
    private const string FullEncoded =
        "plec=kobieta;wiek=36-45;czestosc=kilka-razy-w-roku;komorka=usc;sprawa=inna;termin=tak;" +
        "trudnosci=niewlasciwa-osoba,inne;oceny.uprzejmosc=5;oceny.sprawnosc=4;oceny.kompetencja=5;" +
        "oceny.informacja=3;oceny.terminowosc=4;wyposazenie=nie-mam-zdania;informacje.prasa=pozytywnie;" +
        "informacje.internet=negatywnie;informacje.tablice=nie-mam-zdania";

    internal static KeyedForm Keyed(params (string Code, string Value)[] keys) => Keyed(keys, []);

    internal static KeyedForm Keyed((string Code, string Value)[] keys, (string Code, string Text)[] texts) => new(
        keys.ToDictionary(k => k.Code, k => k.Value),
        texts.ToDictionary(t => t.Code, t => t.Text));

    internal static KeyedForm FullKeyed() => Keyed(
        [("plec", "1"), ("wiek", "3"), ("czestosc", "5"), ("komorka", "6"), ("sprawa", "5"), ("termin", "1"),
         ("trudnosci", "26"), ("oceny", "54534"), ("wyposazenie", "3"), ("informacje", "123")],
        [("sprawa", "Ślub cywilny – ustalenie terminu"), ("trudnosci", "Długa kolejka"), ("oceny", "Miła obsługa w USC"),
         ("uwagi", "Przydałby się parking dla rowerów.")]);

    private static PaperForm AssertValid(PaperReading reading)
    {
        Assert.Empty(reading.Errors);
        Assert.Equal(PaperReadingStatus.Valid, reading.Status);
        var form = Assert.IsType<PaperForm>(reading.Form);
        Assert.False(form.Blank);
        return form;
    }

    private static KeyingError AssertSingleError(PaperReading reading)
    {
        Assert.Equal(PaperReadingStatus.Invalid, reading.Status);
        Assert.Null(reading.Form);
        return Assert.Single(reading.Errors);
    }

    // ---- whole forms --------------------------------------------------------------------------

    [Fact]
    public void Read_FullForm_StoresWhatTheSameAnswersOnlineStore()
    {
        var form = AssertValid(PaperKeying.Read(F1, FullKeyed()));

        Assert.Equal(FullEncoded, form.EncodedChoices);
        Assert.Equal("Ślub cywilny – ustalenie terminu", form.Answers.Texts["sprawa"]);
        Assert.Equal("Długa kolejka", form.Answers.Texts["trudnosci"]);
        Assert.Equal("Miła obsługa w USC", form.Answers.Texts["oceny"]);
        Assert.Equal("Przydałby się parking dla rowerów.", form.Answers.Texts["uwagi"]);
        Assert.Empty(form.Unreadable);
        Assert.Null(form.EncodedUnreadable);
    }

    [Fact]
    public void Read_WhenNothingWasKeyed_IsABlankForm()
    {
        var reading = PaperKeying.Read(F1, Keyed([("plec", ""), ("oceny", "  ")], [("uwagi", " ")]));

        Assert.Equal(PaperReadingStatus.Blank, reading.Status);
        Assert.True(reading.Form!.Blank);
        Assert.Empty(reading.Errors);
    }

    [Fact]
    public void Read_WhenOnlyEmptyItemsWereKeyed_IsABlankForm()
    {
        var reading = PaperKeying.Read(F1, Keyed(("oceny", "00000"), ("informacje", "000")));

        Assert.Equal(PaperReadingStatus.Blank, reading.Status);
    }

    [Fact]
    public void Read_PartlyFilledForm_IsData()
    {
        var form = AssertValid(PaperKeying.Read(F1, Keyed(("plec", "2"), ("oceny", "50040"))));

        Assert.Equal("plec=mezczyzna;oceny.uprzejmosc=5;oceny.informacja=4", form.EncodedChoices);
        Assert.Empty(form.Answers.Texts);
    }

    [Fact]
    public void Read_FewerItemNumbersThanItems_LeavesTheRestEmpty()
    {
        var form = AssertValid(PaperKeying.Read(F1, Keyed(("oceny", "54"), ("informacje", "2"))));

        Assert.Equal("oceny.uprzejmosc=5;oceny.sprawnosc=4;informacje.prasa=negatywnie", form.EncodedChoices);
    }

    [Fact]
    public void Read_IgnoresSpacesBetweenDigits()
    {
        var form = AssertValid(PaperKeying.Read(F1, Keyed(("oceny", "5 4 5 3 4"), ("trudnosci", " 2 6 "))));

        Assert.Equal("trudnosci=niewlasciwa-osoba,inne;oceny.uprzejmosc=5;oceny.sprawnosc=4;oceny.kompetencja=5;oceny.informacja=3;oceny.terminowosc=4", form.EncodedChoices);
    }

    // ---- unreadable marks -------------------------------------------------------------------------

    [Fact]
    public void Read_UnreadableMarks_AreListedPerQuestionItemAndText()
    {
        var form = AssertValid(PaperKeying.Read(F1, Keyed(
            [("plec", "-"), ("trudnosci", "2-"), ("oceny", "5-5--"), ("informacje", "-0")],
            [("uwagi", " - ")])));

        Assert.Equal(["plec", "trudnosci", "oceny.sprawnosc", "oceny.informacja", "oceny.terminowosc", "informacje.prasa", "uwagi.tekst"], form.Unreadable);
        Assert.Equal("plec,trudnosci,oceny.sprawnosc,oceny.informacja,oceny.terminowosc,informacje.prasa,uwagi.tekst", form.EncodedUnreadable);
        Assert.Equal("trudnosci=niewlasciwa-osoba;oceny.uprzejmosc=5;oceny.kompetencja=5", form.EncodedChoices);
        Assert.Empty(form.Answers.Texts);
    }

    [Fact]
    public void Read_FormWithOnlyUnreadableMarks_IsStillData()
    {
        var form = AssertValid(PaperKeying.Read(F1, Keyed(("plec", "-"), ("oceny", "-"))));

        Assert.True(form.Answers.IsEmpty);
        Assert.Equal(["plec", "oceny.uprzejmosc"], form.Unreadable);
    }

    [Fact]
    public void Read_OtherTickedWithoutText_KeepsTheTickWithoutText()
    {
        var form = AssertValid(PaperKeying.Read(F1, Keyed(("sprawa", "5"), ("trudnosci", "36"))));

        Assert.Equal("sprawa=inna;trudnosci=brak-informacji,inne", form.EncodedChoices);
        Assert.Empty(form.Answers.Texts);
        Assert.Empty(form.Unreadable);
    }

    [Fact]
    public void Read_UnreadableOtherText_CountsAsOtherAndIsMarked()
    {
        var form = AssertValid(PaperKeying.Read(F1, Keyed([], [("sprawa", "-")])));

        Assert.Equal("sprawa=inna", form.EncodedChoices);
        Assert.Equal(["sprawa.tekst"], form.Unreadable);
        Assert.Empty(form.Answers.Texts);
    }

    [Fact]
    public void Read_OtherTextWithoutTheTick_CountsAsOther_AsOnline()
    {
        var form = AssertValid(PaperKeying.Read(F1, Keyed([("trudnosci", "2")], [("trudnosci", "Brak windy")])));

        Assert.Equal("trudnosci=niewlasciwa-osoba,inne", form.EncodedChoices);
        Assert.Equal("Brak windy", form.Answers.Texts["trudnosci"]);
    }

    // ---- keying errors ------------------------------------------------------------------------------

    [Theory]
    [InlineData("plec", "3", KeyingErrorKind.OutOfRange, null, "3")]
    [InlineData("plec", "0", KeyingErrorKind.OutOfRange, null, "0")]
    [InlineData("plec", "12", KeyingErrorKind.TooManyNumbers, null, null)]
    [InlineData("plec", "1-", KeyingErrorKind.UnreadableNotAlone, null, null)]
    [InlineData("plec", "--", KeyingErrorKind.TooManyNumbers, null, null)]
    [InlineData("plec", "x", KeyingErrorKind.InvalidCharacter, null, "x")]
    [InlineData("plec", "_", KeyingErrorKind.InvalidCharacter, null, "_")]
    [InlineData("trudnosci", "7", KeyingErrorKind.OutOfRange, null, "7")]
    [InlineData("trudnosci", "232", KeyingErrorKind.RepeatedNumber, null, "2")]
    [InlineData("trudnosci", "2--", KeyingErrorKind.RepeatedNumber, null, "-")]
    [InlineData("oceny", "56", KeyingErrorKind.OutOfRange, "sprawnosc", "6")]
    [InlineData("oceny", "554433", KeyingErrorKind.TooManyNumbers, null, null)]
    [InlineData("oceny", "5,4", KeyingErrorKind.InvalidCharacter, null, ",")]
    [InlineData("informacje", "14", KeyingErrorKind.OutOfRange, "internet", "4")]
    public void Read_KeyingError_NamesTheInputAndWhatIsWrong(string code, string keyed, KeyingErrorKind kind, string? item, string? number)
    {
        var error = AssertSingleError(PaperKeying.Read(F1, Keyed((code, keyed))));

        Assert.Equal(kind, error.Kind);
        Assert.Equal("k." + code, error.Field);
        Assert.Equal(code, error.QuestionCode);
        Assert.Equal(item, error.ItemCode);
        Assert.Equal(number, error.Number);
    }

    [Fact]
    public void Read_ExclusiveOptionWithOthers_BreaksTheSameRuleAsOnline()
    {
        var error = AssertSingleError(PaperKeying.Read(F1, Keyed(("trudnosci", "12"))));

        Assert.Equal(KeyingErrorKind.Rule, error.Kind);
        Assert.Equal(ValidationErrorKind.ExclusiveConflict, error.Rule!.Kind);
        Assert.Equal("k.trudnosci", error.Field);
    }

    [Fact]
    public void Read_OtherTextBesideAnotherSingleOption_BreaksTheSameRuleAsOnline()
    {
        var error = AssertSingleError(PaperKeying.Read(F1, Keyed([("sprawa", "2")], [("sprawa", "Meldunek")])));

        Assert.Equal(ValidationErrorKind.OtherTextConflict, error.Rule!.Kind);
        Assert.Equal("t.sprawa", error.Field);
    }

    [Fact]
    public void Read_TextOverItsLimit_BreaksTheSameRuleAsOnline()
    {
        var error = AssertSingleError(PaperKeying.Read(F1, Keyed([], [("oceny", new string('a', 501))])));

        Assert.Equal(ValidationErrorKind.TextTooLong, error.Rule!.Kind);
        Assert.Equal("t.oceny", error.Field);
        Assert.Equal(500, error.Limit);
    }

    [Fact]
    public void Read_ReportsEveryProblemAtOnce()
    {
        var reading = PaperKeying.Read(F1, Keyed(("plec", "7"), ("wiek", "2"), ("trudnosci", "15"), ("oceny", "9")));

        Assert.Equal(PaperReadingStatus.Invalid, reading.Status);
        Assert.Equal(["k.oceny", "k.plec", "k.trudnosci"], reading.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    // ---- long option lists and other scales ---------------------------------------------------------

    private static readonly SurveyDefinition TwelveUnits = F1.WithOptions("komorka",
        Enumerable.Range(1, 12).Select(i => new AnswerOption { Code = $"u{i}", Text = $"Komórka {i}" }).ToList());

    [Fact]
    public void Read_TenOptionsOrMore_TakeTwoDigitsEach()
    {
        var q = TwelveUnits.Find("komorka")!;
        Assert.Equal(2, PaperKeying.DigitsPerNumber(q));
        Assert.Equal("03", PaperKeying.OptionNumber(q, 2));

        Assert.Equal("komorka=u12", AssertValid(PaperKeying.Read(TwelveUnits, Keyed(("komorka", "12")))).EncodedChoices);
        Assert.Equal("komorka=u3", AssertValid(PaperKeying.Read(TwelveUnits, Keyed(("komorka", "03")))).EncodedChoices);
        Assert.Equal(KeyingErrorKind.IncompleteNumber, AssertSingleError(PaperKeying.Read(TwelveUnits, Keyed(("komorka", "3")))).Kind);
        Assert.Equal(KeyingErrorKind.OutOfRange, AssertSingleError(PaperKeying.Read(TwelveUnits, Keyed(("komorka", "13")))).Kind);
        Assert.Equal(["komorka"], AssertValid(PaperKeying.Read(TwelveUnits, Keyed(("komorka", "-")))).Unreadable);
    }

    [Fact]
    public void Read_ScaleFromZeroToTen_TakesTwoDigitsAndUnderscoreForEmpty()
    {
        var definition = F1 with
        {
            Questions = F1.Questions.Select(q => q.Code == "oceny" ? q with { Scale = new RatingScale { Min = 0, Max = 10 } } : q).ToList(),
        };
        var q = definition.Find("oceny")!;
        Assert.Equal("_", PaperKeying.BlankItem(q));

        var form = AssertValid(PaperKeying.Read(definition, Keyed(("oceny", "1000_-05"))));

        Assert.Equal("oceny.uprzejmosc=10;oceny.sprawnosc=0;oceny.terminowosc=5", form.EncodedChoices);
        Assert.Equal(["oceny.informacja"], form.Unreadable);
        Assert.Equal("1000_-05", PaperKeying.ToKeyed(definition, form).KeyOf("oceny"));
    }

    // ---- back to keys ----------------------------------------------------------------------------------

    [Fact]
    public void ToKeyed_ReadsBackToTheSameForm()
    {
        var forms = new[]
        {
            FullKeyed(),
            Keyed([("plec", "-"), ("trudnosci", "2-"), ("oceny", "5-5--"), ("informacje", "-0")], [("uwagi", "-"), ("sprawa", "-")]),
            Keyed(("sprawa", "5"), ("oceny", "00400")),
        };
        foreach (var keyed in forms)
        {
            var form = AssertValid(PaperKeying.Read(F1, keyed));
            var again = AssertValid(PaperKeying.Read(F1, PaperKeying.ToKeyed(F1, form)));

            Assert.Equal(form.EncodedChoices, again.EncodedChoices);
            Assert.Equal(form.EncodedTexts, again.EncodedTexts);
            Assert.Equal(form.EncodedUnreadable, again.EncodedUnreadable);
        }
    }

    [Fact]
    public void ToKeyed_WritesCanonicalKeys()
    {
        var form = AssertValid(PaperKeying.Read(F1, Keyed(("trudnosci", "62"), ("oceny", "54"), ("informacje", "-"))));

        var keyed = PaperKeying.ToKeyed(F1, form);

        Assert.Equal("26", keyed.KeyOf("trudnosci"));
        Assert.Equal("54000", keyed.KeyOf("oceny"));
        Assert.Equal("-00", keyed.KeyOf("informacje"));
        Assert.Equal("", keyed.KeyOf("plec"));
        Assert.Empty(keyed.Texts);
    }

    [Fact]
    public void StoredForm_DecodesToTheSameForm()
    {
        var form = AssertValid(PaperKeying.Read(F1, FullKeyed()));

        var stored = PaperForm.FromStored(false, form.EncodedChoices, PaperForm.DecodeTexts(form.EncodedTexts), form.EncodedUnreadable);

        Assert.True(KeyingComparison.Agree(F1, form, stored));
        Assert.Contains("Ślub cywilny", form.EncodedTexts, StringComparison.Ordinal);
    }

    [Fact]
    public void InputSizes_FollowTheQuestion()
    {
        Assert.Equal(1, PaperKeying.MaxKeyLength(F1.Find("plec")!));
        Assert.Equal(7, PaperKeying.MaxKeyLength(F1.Find("trudnosci")!));
        Assert.Equal(5, PaperKeying.MaxKeyLength(F1.Find("oceny")!));
        Assert.Equal(5, PaperKeying.NumbersToComplete(F1.Find("oceny")!));
        Assert.Equal(1, PaperKeying.NumbersToComplete(F1.Find("plec")!));
        Assert.Equal(0, PaperKeying.NumbersToComplete(F1.Find("trudnosci")!));
        Assert.False(PaperKeying.HasKeyInput(F1.Find("uwagi")!));
    }
}
