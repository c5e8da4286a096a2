using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Tests.Survey;

public sealed class ResponseValidationTests
{
    private static readonly SurveyDefinition F1 = SeedF1.Definition;

    /// <summary>Submits the fields to F1; a field named more than once gets all its values, as a posted form does.</summary>
    private static ValidationOutcome Validate(params (string Field, string Value)[] fields) =>
        ResponseValidation.Validate(F1, fields
            .GroupBy(f => f.Field, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, (IReadOnlyList<string>)g.Select(f => f.Value).ToList())));

    private static ResponseAnswers AssertValid(ValidationOutcome outcome)
    {
        Assert.Empty(outcome.Errors);
        Assert.True(outcome.IsValid);
        return Assert.IsType<ResponseAnswers>(outcome.Answers);
    }

    private static void AssertSingleError(ValidationOutcome outcome, ValidationError expected)
    {
        Assert.False(outcome.IsValid);
        Assert.Null(outcome.Answers);
        Assert.Equal(expected, Assert.Single(outcome.Errors));
    }

    private static string Text(int length) => new('x', length);

    // ---- the form as a whole ----------------------------------------------------------------

    [Fact]
    public void Validate_WhenFormHasNoFields_ReturnsEmptyForm()
    {
        var outcome = Validate();

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.EmptyForm, "", null));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData("\r\n")]
    [InlineData("  \n  ")]
    public void Validate_WhenEveryFieldIsEmptyOrWhitespace_ReturnsEmptyForm(string blank)
    {
        var outcome = Validate(
            ("q.plec", blank),
            ("q.trudnosci", blank),
            ("t.trudnosci", blank),
            ("q.oceny.uprzejmosc", blank),
            ("t.oceny", blank),
            ("q.informacje.prasa", blank),
            ("t.sprawa", blank),
            ("t.uwagi", blank));

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.EmptyForm, "", null));
    }

    [Theory]
    [InlineData("q.plec", "kobieta")]
    [InlineData("q.wiek", "powyzej-66")]
    [InlineData("q.czestosc", "pierwszy-raz")]
    [InlineData("q.komorka", "usc")]
    [InlineData("q.sprawa", "zaswiadczenie")]
    [InlineData("q.termin", "w-toku")]
    [InlineData("q.trudnosci", "brak")]
    [InlineData("q.oceny.terminowosc", "1")]
    [InlineData("t.oceny", "Długa kolejka.")]
    [InlineData("q.wyposazenie", "nie-mam-zdania")]
    [InlineData("q.informacje.tablice", "negatywnie")]
    [InlineData("t.uwagi", "Dziękuję.")]
    public void Validate_WhenOnlyOneFieldIsAnswered_IsValid(string field, string value)
    {
        var answers = AssertValid(Validate((field, value)));

        Assert.False(answers.IsEmpty);
        Assert.Equal(1, answers.Choices.Count + answers.Texts.Count);
    }

    [Fact]
    public void Validate_WhenEmptyFieldsAccompanyAnAnswer_IgnoresTheEmptyOnes()
    {
        var answers = AssertValid(Validate(("q.plec", ""), ("q.wiek", "26-35"), ("t.uwagi", "   "), ("q.oceny.sprawnosc", "")));

        Assert.Equal(["wiek"], answers.Choices.Keys);
        Assert.Empty(answers.Texts);
    }

    [Fact]
    public void Validate_WhenDefinitionOrFormIsNull_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ResponseValidation.Validate(null!, []));
        Assert.Throws<ArgumentNullException>(() => ResponseValidation.Validate(F1, null!));
    }

    // ---- exclusive "no difficulties" --------------------------------------------------------

    [Theory]
    [InlineData("niewlasciwa-osoba")]
    [InlineData("brak-informacji")]
    [InlineData("bledne-informacje")]
    [InlineData("inny-termin")]
    public void Validate_WhenNoDifficultiesChosenWithAnotherDifficulty_ReturnsExclusiveConflict(string other)
    {
        var outcome = Validate(("q.trudnosci", "brak"), ("q.trudnosci", other));

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.ExclusiveConflict, "q.trudnosci", "trudnosci"));
    }

    [Fact]
    public void Validate_WhenNoDifficultiesChosenWithOtherDifficultyAndItsText_ReturnsExclusiveConflict()
    {
        var outcome = Validate(("q.trudnosci", "brak"), ("q.trudnosci", "inne"), ("t.trudnosci", "kolejka"));

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.ExclusiveConflict, "q.trudnosci", "trudnosci"));
    }

    [Fact]
    public void Validate_WhenNoDifficultiesChosenAndOtherTextWritten_ReturnsExclusiveConflict()
    {
        // The written text counts as choosing "inne trudności", which contradicts "brak".
        var outcome = Validate(("q.trudnosci", "brak"), ("t.trudnosci", "kolejka"));

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.ExclusiveConflict, "q.trudnosci", "trudnosci"));
    }

    [Fact]
    public void Validate_WhenNoDifficultiesChosenAlone_IsValid()
    {
        var answers = AssertValid(Validate(("q.trudnosci", "brak")));

        Assert.Equal(["brak"], answers.Choices["trudnosci"]);
    }

    [Fact]
    public void Validate_WhenNoDifficultiesChosenTwice_IsValid()
    {
        var answers = AssertValid(Validate(("q.trudnosci", "brak"), ("q.trudnosci", "brak")));

        Assert.Equal(["brak"], answers.Choices["trudnosci"]);
    }

    // ---- "other" options --------------------------------------------------------------------

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t")]
    public void Validate_WhenSingleOtherChosenWithoutText_ReturnsOtherTextMissing(string? text)
    {
        var fields = new List<(string, string)> { ("q.sprawa", "inna") };
        if (text is not null) fields.Add(("t.sprawa", text));

        var outcome = Validate([.. fields]);

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.OtherTextMissing, "t.sprawa", "sprawa"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_WhenMultipleOtherChosenWithoutText_ReturnsOtherTextMissing(string? text)
    {
        var fields = new List<(string, string)> { ("q.trudnosci", "bledne-informacje"), ("q.trudnosci", "inne") };
        if (text is not null) fields.Add(("t.trudnosci", text));

        var outcome = Validate([.. fields]);

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.OtherTextMissing, "t.trudnosci", "trudnosci"));
    }

    [Fact]
    public void Validate_WhenSingleOtherChosenWithText_StoresChoiceAndText()
    {
        var answers = AssertValid(Validate(("q.sprawa", "inna"), ("t.sprawa", "meldunek")));

        Assert.Equal(["inna"], answers.Choices["sprawa"]);
        Assert.Equal("meldunek", answers.Texts["sprawa"]);
    }

    [Fact]
    public void Validate_WhenSingleOtherTextWrittenAndNothingChosen_CountsAsChoosingOther()
    {
        var answers = AssertValid(Validate(("t.sprawa", "meldunek")));

        Assert.Equal(["inna"], answers.Choices["sprawa"]);
        Assert.Equal("meldunek", answers.Texts["sprawa"]);
    }

    [Fact]
    public void Validate_WhenMultipleOtherTextWrittenWithoutOption_CountsAsChoosingOther()
    {
        var answers = AssertValid(Validate(("q.trudnosci", "bledne-informacje"), ("t.trudnosci", "kolejka")));

        Assert.Equal(["bledne-informacje", "inne"], answers.Choices["trudnosci"]);
        Assert.Equal("kolejka", answers.Texts["trudnosci"]);
    }

    [Fact]
    public void Validate_WhenMultipleOtherTextWrittenAndNothingChosen_CountsAsChoosingOther()
    {
        var answers = AssertValid(Validate(("t.trudnosci", "kolejka")));

        Assert.Equal(["inne"], answers.Choices["trudnosci"]);
        Assert.Equal("kolejka", answers.Texts["trudnosci"]);
    }

    [Theory]
    [InlineData("decyzja")]
    [InlineData("informacja")]
    public void Validate_WhenSingleOtherTextWrittenWithDifferentOption_ReturnsOtherTextConflict(string chosen)
    {
        var outcome = Validate(("q.sprawa", chosen), ("t.sprawa", "meldunek"));

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.OtherTextConflict, "t.sprawa", "sprawa"));
    }

    // ---- text lengths -----------------------------------------------------------------------

    [Theory]
    [InlineData("t.sprawa", "sprawa")]
    [InlineData("t.trudnosci", "trudnosci")]
    [InlineData("t.oceny", "oceny")]
    public void Validate_WhenOtherOrCommentTextOver500_ReturnsTextTooLong(string field, string question)
    {
        var outcome = Validate((field, Text(501)));

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.TextTooLong, field, question, Limit: 500));
    }

    [Theory]
    [InlineData("t.sprawa", "sprawa")]
    [InlineData("t.trudnosci", "trudnosci")]
    [InlineData("t.oceny", "oceny")]
    public void Validate_WhenOtherOrCommentTextExactly500_IsAccepted(string field, string question)
    {
        var answers = AssertValid(Validate((field, Text(500))));

        Assert.Equal(500, answers.Texts[question].Length);
    }

    [Fact]
    public void Validate_WhenOtherTextTooLongAndOptionChosen_ReturnsTextTooLongOnTheTextField()
    {
        var outcome = Validate(("q.trudnosci", "inne"), ("t.trudnosci", Text(600)));

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.TextTooLong, "t.trudnosci", "trudnosci", Limit: 500));
    }

    [Fact]
    public void Validate_WhenRemarksOver2000_ReturnsTextTooLong()
    {
        var outcome = Validate(("t.uwagi", Text(2001)));

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.TextTooLong, "t.uwagi", "uwagi", Limit: 2000));
    }

    [Theory]
    [InlineData(501)]
    [InlineData(2000)]
    public void Validate_WhenRemarksWithin2000_IsAccepted(int length)
    {
        var answers = AssertValid(Validate(("t.uwagi", Text(length))));

        Assert.Equal(length, answers.Texts["uwagi"].Length);
    }

    [Fact]
    public void Validate_WhenTextIsLongOnlyBecauseOfSurroundingWhitespace_MeasuresTheTrimmedText()
    {
        var answers = AssertValid(Validate(("t.sprawa", "   " + Text(500) + " \r\n ")));

        Assert.Equal(Text(500), answers.Texts["sprawa"]);
    }

    [Fact]
    public void Validate_WhenTextHasCrlfLineBreaks_MeasuresTheNormalisedText()
    {
        // 250 characters and 249 line breaks: 748 as posted (CRLF), 499 once normalised to LF.
        var posted = string.Join("\r\n", Enumerable.Repeat("a", 250));

        var answers = AssertValid(Validate(("t.oceny", posted)));

        Assert.Equal(499, answers.Texts["oceny"].Length);
    }

    // ---- whitespace and line breaks ---------------------------------------------------------

    [Theory]
    [InlineData("t.uwagi", "uwagi")]
    [InlineData("t.sprawa", "sprawa")]
    [InlineData("t.trudnosci", "trudnosci")]
    [InlineData("t.oceny", "oceny")]
    public void Validate_WhenTextHasSurroundingWhitespace_StoresItTrimmed(string field, string question)
    {
        var answers = AssertValid(Validate((field, " \t\r\n Bardzo miła obsługa. \r\n ")));

        Assert.Equal("Bardzo miła obsługa.", answers.Texts[question]);
    }

    [Fact]
    public void Validate_WhenTextHasCrlf_StoresLf()
    {
        var answers = AssertValid(Validate(("t.uwagi", "Pierwsza linia.\r\nDruga linia.\r\n\r\nCzwarta.")));

        Assert.Equal("Pierwsza linia.\nDruga linia.\n\nCzwarta.", answers.Texts["uwagi"]);
        Assert.DoesNotContain('\r', answers.Texts["uwagi"]);
    }

    // ---- ratings and the matrix -------------------------------------------------------------

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    [InlineData("4")]
    [InlineData("5")]
    public void Validate_WhenRatingWithinScale_IsAccepted(string value)
    {
        var answers = AssertValid(Validate(("q.oceny.uprzejmosc", value)));

        Assert.Equal([value], answers.Choices["oceny.uprzejmosc"]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("-1")]
    [InlineData("10")]
    [InlineData("abc")]
    [InlineData("5.0")]
    [InlineData("5,0")]
    [InlineData("05")]
    [InlineData("+5")]
    public void Validate_WhenRatingOutsideScaleOrNotAWholeNumber_ReturnsInvalidValue(string value)
    {
        var outcome = Validate(("q.oceny.kompetencja", value));

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.InvalidValue, "q.oceny.kompetencja", "oceny", "kompetencja"));
    }

    [Fact]
    public void Validate_WhenRatingItemHasTwoValues_ReturnsTooManyValues()
    {
        var outcome = Validate(("q.oceny.sprawnosc", "4"), ("q.oceny.sprawnosc", "5"));

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.TooManyValues, "q.oceny.sprawnosc", "oceny", "sprawnosc"));
    }

    [Fact]
    public void Validate_WhenRatingItemHasTheSameValueTwice_IsAccepted()
    {
        var answers = AssertValid(Validate(("q.oceny.sprawnosc", "4"), ("q.oceny.sprawnosc", "4")));

        Assert.Equal(["4"], answers.Choices["oceny.sprawnosc"]);
    }

    [Fact]
    public void Validate_WhenEveryRatingItemAnswered_StoresOneKeyPerItemInDefinitionOrder()
    {
        var answers = AssertValid(Validate(
            ("q.oceny.terminowosc", "5"),
            ("q.oceny.informacja", "4"),
            ("q.oceny.kompetencja", "3"),
            ("q.oceny.sprawnosc", "2"),
            ("q.oceny.uprzejmosc", "1")));

        Assert.Equal(
            ["oceny.uprzejmosc", "oceny.sprawnosc", "oceny.kompetencja", "oceny.informacja", "oceny.terminowosc"],
            answers.Choices.Keys);
        Assert.Equal(["1", "2", "3", "4", "5"], answers.Choices.Values.Select(v => Assert.Single(v)));
    }

    [Theory]
    [InlineData("pozytywnie")]
    [InlineData("negatywnie")]
    [InlineData("nie-mam-zdania")]
    public void Validate_WhenMatrixItemAnsweredWithAnOption_IsAccepted(string value)
    {
        var answers = AssertValid(Validate(("q.informacje.internet", value)));

        Assert.Equal([value], answers.Choices["informacje.internet"]);
    }

    [Theory]
    [InlineData("tak")]
    [InlineData("3")]
    [InlineData("Pozytywnie")]
    public void Validate_WhenMatrixItemAnsweredWithUnknownOption_ReturnsInvalidValue(string value)
    {
        var outcome = Validate(("q.informacje.prasa", value));

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.InvalidValue, "q.informacje.prasa", "informacje", "prasa"));
    }

    [Fact]
    public void Validate_WhenMatrixItemHasTwoValues_ReturnsTooManyValues()
    {
        var outcome = Validate(("q.informacje.tablice", "pozytywnie"), ("q.informacje.tablice", "negatywnie"));

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.TooManyValues, "q.informacje.tablice", "informacje", "tablice"));
    }

    // ---- single and multiple choice ---------------------------------------------------------

    [Theory]
    [InlineData("q.plec", "plec", "kobieta", "mezczyzna")]
    [InlineData("q.termin", "termin", "tak", "nie")]
    [InlineData("q.komorka", "komorka", "usc", "finansowy")]
    [InlineData("q.sprawa", "sprawa", "decyzja", "informacja")]
    public void Validate_WhenSingleChoiceHasTwoValues_ReturnsTooManyValues(string field, string question, string first, string second)
    {
        var outcome = Validate((field, first), (field, second));

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.TooManyValues, field, question));
    }

    [Fact]
    public void Validate_WhenSingleChoiceHasTheSameValueTwice_IsAccepted()
    {
        var answers = AssertValid(Validate(("q.plec", "kobieta"), ("q.plec", "kobieta")));

        Assert.Equal(["kobieta"], answers.Choices["plec"]);
    }

    [Fact]
    public void Validate_WhenSameFieldArrivesAsSeparatePairs_MergesTheirValues()
    {
        KeyValuePair<string, IReadOnlyList<string>>[] form =
        [
            KeyValuePair.Create("q.trudnosci", (IReadOnlyList<string>)["inny-termin"]),
            KeyValuePair.Create("q.trudnosci", (IReadOnlyList<string>)["niewlasciwa-osoba", "inny-termin"]),
            KeyValuePair.Create("q.plec", (IReadOnlyList<string>)["kobieta"]),
            KeyValuePair.Create("q.plec", (IReadOnlyList<string>)["mezczyzna"]),
        ];

        var outcome = ResponseValidation.Validate(F1, form);

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.TooManyValues, "q.plec", "plec"));
    }

    [Fact]
    public void Validate_WhenMultipleChoiceHasDuplicates_StoresEachOptionOnce()
    {
        var answers = AssertValid(Validate(
            ("q.trudnosci", "inny-termin"),
            ("q.trudnosci", "niewlasciwa-osoba"),
            ("q.trudnosci", "inny-termin")));

        Assert.Equal(["niewlasciwa-osoba", "inny-termin"], answers.Choices["trudnosci"]);
    }

    [Fact]
    public void Validate_WhenMultipleChoiceValuesOutOfOrder_StoresThemInDefinitionOrder()
    {
        var answers = AssertValid(Validate(
            ("q.trudnosci", "inne"),
            ("q.trudnosci", "inny-termin"),
            ("q.trudnosci", "bledne-informacje"),
            ("q.trudnosci", "niewlasciwa-osoba"),
            ("q.trudnosci", "brak-informacji"),
            ("t.trudnosci", "brak parkingu")));

        Assert.Equal(
            ["niewlasciwa-osoba", "brak-informacji", "bledne-informacje", "inny-termin", "inne"],
            answers.Choices["trudnosci"]);
    }

    [Theory]
    [InlineData("q.plec", "plec", "inny")]
    [InlineData("q.plec", "plec", "Kobieta")]
    [InlineData("q.plec", "plec", " kobieta")]
    [InlineData("q.plec", "plec", "tak")]
    [InlineData("q.wiek", "wiek", "66")]
    [InlineData("q.komorka", "komorka", "referat-finansowy")]
    [InlineData("q.trudnosci", "trudnosci", "kolejka")]
    public void Validate_WhenOptionCodeNotInQuestion_ReturnsInvalidValue(string field, string question, string value)
    {
        var outcome = Validate((field, value));

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.InvalidValue, field, question));
    }

    [Fact]
    public void Validate_WhenMultipleChoiceMixesValidAndUnknownOptions_ReturnsInvalidValue()
    {
        var outcome = Validate(("q.trudnosci", "brak-informacji"), ("q.trudnosci", "kolejka"));

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.InvalidValue, "q.trudnosci", "trudnosci"));
    }

    [Fact]
    public void Validate_WhenEveryUnitChosenInTurn_AcceptsEachSeededUnit()
    {
        foreach (var unit in SeedF1.Units)
        {
            var answers = AssertValid(Validate(("q.komorka", unit.Code)));
            Assert.Equal([unit.Code], answers.Choices["komorka"]);
        }
    }

    // ---- unknown fields ---------------------------------------------------------------------

    [Theory]
    [InlineData("q.nieznane")]
    [InlineData("q.oceny.nieznany")]
    [InlineData("x")]
    [InlineData("q.oceny")]
    [InlineData("q.informacje")]
    [InlineData("q.plec.kobieta")]
    [InlineData("q.uwagi")]
    [InlineData("t.plec")]
    [InlineData("t.informacje")]
    [InlineData("t.nieznane")]
    [InlineData("Q.plec")]
    [InlineData("plec")]
    [InlineData("q.")]
    [InlineData("")]
    public void Validate_WhenFieldIsNotInTheDefinition_ReturnsUnknownField(string field)
    {
        var outcome = Validate(("q.plec", "kobieta"), (field, "1"));

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.UnknownField, field, null));
    }

    [Fact]
    public void Validate_WhenUnknownFieldIsEmpty_StillReturnsUnknownField()
    {
        var outcome = Validate(("q.plec", "kobieta"), ("q.nieznane", ""));

        AssertSingleError(outcome, new ValidationError(ValidationErrorKind.UnknownField, "q.nieznane", null));
    }

    [Fact]
    public void Validate_WhenOnlyUnknownFields_ReturnsUnknownFieldNotEmptyForm()
    {
        var outcome = Validate(("x", "1"), ("q.nieznane", "tak"));

        Assert.Null(outcome.Answers);
        Assert.Equal(
            [new ValidationError(ValidationErrorKind.UnknownField, "x", null), new ValidationError(ValidationErrorKind.UnknownField, "q.nieznane", null)],
            outcome.Errors);
    }

    // ---- whole responses --------------------------------------------------------------------

    [Fact]
    public void Validate_WhenFullResponseIsValid_ProducesTheExpectedAnswers()
    {
        var outcome = Validate(
            ("t.uwagi", "  Proszę o więcej miejsc parkingowych.\r\nDziękuję.  "),
            ("q.informacje.tablice", "nie-mam-zdania"),
            ("q.informacje.internet", "negatywnie"),
            ("q.informacje.prasa", "pozytywnie"),
            ("q.wyposazenie", "tak"),
            ("t.oceny", "Pani w okienku 3 bardzo pomocna."),
            ("q.oceny.terminowosc", "3"),
            ("q.oceny.informacja", "4"),
            ("q.oceny.kompetencja", "5"),
            ("q.oceny.sprawnosc", "4"),
            ("q.oceny.uprzejmosc", "5"),
            ("t.trudnosci", "długie oczekiwanie"),
            ("q.trudnosci", "inne"),
            ("q.trudnosci", "inny-termin"),
            ("q.termin", "tak"),
            ("q.sprawa", "zaswiadczenie"),
            ("q.komorka", "ewidencja-ludnosci"),
            ("q.czestosc", "raz-w-roku"),
            ("q.wiek", "36-45"),
            ("q.plec", "mezczyzna"));

        var answers = AssertValid(outcome);
        var expectedChoices = new (string Key, string[] Values)[]
        {
            ("plec", ["mezczyzna"]),
            ("wiek", ["36-45"]),
            ("czestosc", ["raz-w-roku"]),
            ("komorka", ["ewidencja-ludnosci"]),
            ("sprawa", ["zaswiadczenie"]),
            ("termin", ["tak"]),
            ("trudnosci", ["inny-termin", "inne"]),
            ("oceny.uprzejmosc", ["5"]),
            ("oceny.sprawnosc", ["4"]),
            ("oceny.kompetencja", ["5"]),
            ("oceny.informacja", ["4"]),
            ("oceny.terminowosc", ["3"]),
            ("wyposazenie", ["tak"]),
            ("informacje.prasa", ["pozytywnie"]),
            ("informacje.internet", ["negatywnie"]),
            ("informacje.tablice", ["nie-mam-zdania"]),
        };
        Assert.Equal(expectedChoices.Select(c => c.Key), answers.Choices.Keys);
        foreach (var (key, values) in expectedChoices) Assert.Equal(values, answers.Choices[key]);

        Assert.Equal(3, answers.Texts.Count);
        Assert.Equal("długie oczekiwanie", answers.Texts["trudnosci"]);
        Assert.Equal("Pani w okienku 3 bardzo pomocna.", answers.Texts["oceny"]);
        Assert.Equal("Proszę o więcej miejsc parkingowych.\nDziękuję.", answers.Texts["uwagi"]);

        Assert.Equal(
            "plec=mezczyzna;wiek=36-45;czestosc=raz-w-roku;komorka=ewidencja-ludnosci;sprawa=zaswiadczenie;termin=tak;"
            + "trudnosci=inny-termin,inne;oceny.uprzejmosc=5;oceny.sprawnosc=4;oceny.kompetencja=5;oceny.informacja=4;"
            + "oceny.terminowosc=3;wyposazenie=tak;informacje.prasa=pozytywnie;informacje.internet=negatywnie;"
            + "informacje.tablice=nie-mam-zdania",
            StoredChoices.Encode(answers.Choices));
    }

    [Fact]
    public void Validate_WhenSeveralFieldsAreWrong_ReportsEachOnItsFormField()
    {
        var outcome = Validate(
            ("q.plec", "kobieta"),
            ("q.plec", "mezczyzna"),
            ("q.wiek", "100"),
            ("q.sprawa", "inna"),
            ("q.trudnosci", "brak"),
            ("q.trudnosci", "inny-termin"),
            ("q.oceny.uprzejmosc", "7"),
            ("q.oceny.sprawnosc", "2"),
            ("q.oceny.sprawnosc", "3"),
            ("t.oceny", Text(501)),
            ("q.informacje.prasa", "zle"),
            ("t.uwagi", Text(2001)),
            ("q.nieznane", "1"));

        Assert.Null(outcome.Answers);
        Assert.Equal(
            new ValidationError[]
            {
                new(ValidationErrorKind.TooManyValues, "q.plec", "plec"),
                new(ValidationErrorKind.InvalidValue, "q.wiek", "wiek"),
                new(ValidationErrorKind.OtherTextMissing, "t.sprawa", "sprawa"),
                new(ValidationErrorKind.ExclusiveConflict, "q.trudnosci", "trudnosci"),
                new(ValidationErrorKind.InvalidValue, "q.oceny.uprzejmosc", "oceny", "uprzejmosc"),
                new(ValidationErrorKind.TooManyValues, "q.oceny.sprawnosc", "oceny", "sprawnosc"),
                new(ValidationErrorKind.TextTooLong, "t.oceny", "oceny", Limit: 500),
                new(ValidationErrorKind.InvalidValue, "q.informacje.prasa", "informacje", "prasa"),
                new(ValidationErrorKind.TextTooLong, "t.uwagi", "uwagi", Limit: 2000),
                new(ValidationErrorKind.UnknownField, "q.nieznane", null),
            },
            outcome.Errors);
    }

    [Fact]
    public void Validate_WhenErrorsFound_FieldNamesMatchTheFieldHelpers()
    {
        Assert.Equal("q.plec", ResponseValidation.ChoiceField("plec"));
        Assert.Equal("q.oceny.uprzejmosc", ResponseValidation.ChoiceField("oceny", "uprzejmosc"));
        Assert.Equal("t.uwagi", ResponseValidation.TextField("uwagi"));

        var outcome = Validate((ResponseValidation.ChoiceField("oceny", "uprzejmosc"), "9"));

        Assert.Equal(ResponseValidation.ChoiceField("oceny", "uprzejmosc"), Assert.Single(outcome.Errors).Field);
    }

    // ---- a definition other than F1 ---------------------------------------------------------

    [Fact]
    public void Validate_WhenTextQuestionHasOwnLimit_UsesThatLimit()
    {
        var definition = new SurveyDefinition
        {
            Title = "Krótka",
            ThankYou = "Dziękujemy",
            Questions =
            [
                new Question { Code = "opinia", Text = "Opinia", Kind = QuestionKind.Text, MaxLength = 10 },
                new Question
                {
                    Code = "ocena", Text = "Ocena", Kind = QuestionKind.Rating,
                    Scale = new RatingScale { Min = 0, Max = 10 },
                    Items = [new QuestionItem { Code = "ogolna", Text = "ogólna" }],
                },
            ],
        };
        Assert.Empty(definition.Problems());

        var tooLong = ResponseValidation.Validate(definition, [KeyValuePair.Create("t.opinia", (IReadOnlyList<string>)[Text(11)])]);
        var fits = ResponseValidation.Validate(definition, [KeyValuePair.Create("t.opinia", (IReadOnlyList<string>)[Text(10)])]);
        var zero = ResponseValidation.Validate(definition, [KeyValuePair.Create("q.ocena.ogolna", (IReadOnlyList<string>)["0"])]);
        var ten = ResponseValidation.Validate(definition, [KeyValuePair.Create("q.ocena.ogolna", (IReadOnlyList<string>)["10"])]);
        var eleven = ResponseValidation.Validate(definition, [KeyValuePair.Create("q.ocena.ogolna", (IReadOnlyList<string>)["11"])]);

        AssertSingleError(tooLong, new ValidationError(ValidationErrorKind.TextTooLong, "t.opinia", "opinia", Limit: 10));
        Assert.Equal(Text(10), AssertValid(fits).Texts["opinia"]);
        Assert.Equal(["0"], AssertValid(zero).Choices["ocena.ogolna"]);
        Assert.Equal(["10"], AssertValid(ten).Choices["ocena.ogolna"]);
        AssertSingleError(eleven, new ValidationError(ValidationErrorKind.InvalidValue, "q.ocena.ogolna", "ocena", "ogolna"));
    }
}
