using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Tests.Survey;

/// <summary>What a new version of F1 changes, and which changes make answers incomparable.</summary>
public sealed class SurveyComparisonTests
{
    private static SurveyDefinition F1 => SeedF1.Definition;

    private static SurveyDefinition Change(SurveyDefinition d, string code, Func<Question, Question> change) => d with
    {
        Questions = d.Questions.Select(q => q.Code == code ? change(q) : q).ToList(),
    };

    [Fact]
    public void Compare_SameDefinition_FindsNothing()
    {
        Assert.Empty(SurveyComparison.Compare(F1, SurveyDefinition.FromJson(F1.ToJson())));
    }

    [Fact]
    public void Compare_TitleIntroAndThankYou_AreNotAboutAnswers()
    {
        var next = F1 with { Title = "Nowy tytuł", Intro = null, ThankYou = "Dzięki" };

        Assert.Empty(SurveyComparison.Compare(F1, next));
    }

    [Fact]
    public void Compare_RemovedUnit_BreaksComparabilityOfQuestion4()
    {
        var next = SurveyEditing.RetireOption(F1, "komorka", "obrona-cywilna");

        var d = Assert.Single(SurveyComparison.Compare(F1, next));

        Assert.Equal(new SurveyDifference("komorka", "obrona-cywilna", DifferenceKind.OptionRemoved, true), d);
    }

    [Fact]
    public void Compare_AddedOptionToSingleChoice_Breaks_ToMultipleChoice_IsANote()
    {
        var next = SurveyEditing.AddOption(F1, "komorka", "Referat Oświaty");
        next = SurveyEditing.AddOption(next, "trudnosci", "długi czas oczekiwania");

        var diffs = SurveyComparison.Compare(F1, next);

        Assert.Contains(new SurveyDifference("komorka", "referat-oswiaty", DifferenceKind.OptionAdded, true), diffs);
        Assert.Contains(new SurveyDifference("trudnosci", "dlugi-czas-oczekiwania", DifferenceKind.OptionAdded, false), diffs);
        Assert.Equal(2, diffs.Count);
    }

    [Fact]
    public void Compare_AddedOptionToMatrix_BreaksItAsAScaleChangeWould()
    {
        var next = SurveyEditing.AddOption(F1, "informacje", "nie znam");

        var d = Assert.Single(SurveyComparison.Compare(F1, next));

        Assert.Equal(DifferenceKind.OptionAdded, d.Kind);
        Assert.True(d.BreaksComparability);
    }

    [Fact]
    public void Compare_ChangedScale_Breaks()
    {
        var next = Change(F1, "oceny", q => q with { Scale = new RatingScale { Min = 1, Max = 10 } });

        Assert.Equal([new SurveyDifference("oceny", null, DifferenceKind.ScaleChanged, true)], SurveyComparison.Compare(F1, next));
    }

    [Fact]
    public void Compare_ChangedKind_BreaksAndComparesNothingFiner()
    {
        var next = Change(F1, "trudnosci", q => q with { Kind = QuestionKind.SingleChoice, Options = q.Options.Select(o => o with { Exclusive = false }).Skip(1).ToList() });

        Assert.Equal([new SurveyDifference("trudnosci", null, DifferenceKind.KindChanged, true)], SurveyComparison.Compare(F1, next));
    }

    [Fact]
    public void Compare_ExclusiveOptionNoLongerExclusive_Breaks()
    {
        var next = Change(F1, "trudnosci", q => q with { Options = q.Options.Select(o => o with { Exclusive = false }).ToList() });

        Assert.Equal([new SurveyDifference("trudnosci", "brak", DifferenceKind.ExclusiveChanged, true)], SurveyComparison.Compare(F1, next));
    }

    [Fact]
    public void Compare_RemovedAndAddedQuestions_RemovalBreaksAdditionIsANote()
    {
        var next = F1 with
        {
            Questions = F1.Questions.Where(q => q.Code != "wyposazenie")
                .Append(new Question { Code = "parking", Text = "Czy łatwo było zaparkować?", Kind = QuestionKind.SingleChoice, Options = [new() { Code = "tak", Text = "tak" }, new() { Code = "nie", Text = "nie" }] })
                .ToList(),
        };

        var diffs = SurveyComparison.Compare(F1, next);

        Assert.Equal(
            [new SurveyDifference("wyposazenie", null, DifferenceKind.QuestionRemoved, true), new SurveyDifference("parking", null, DifferenceKind.QuestionAdded, false)],
            diffs);
    }

    [Fact]
    public void Compare_RemovedItemBreaks_AddedItemIsANote()
    {
        var next = SurveyEditing.RetireItem(F1, "oceny", "terminowosc");
        next = SurveyEditing.AddItem(next, "oceny", "dostępność urzędników");

        var diffs = SurveyComparison.Compare(F1, next);

        Assert.Equal(
            [new SurveyDifference("oceny", "terminowosc", DifferenceKind.ItemRemoved, true), new SurveyDifference("oceny", "dostepnosc-urzednikow", DifferenceKind.ItemAdded, false)],
            diffs);
    }

    [Fact]
    public void Compare_WordingChanges_AreNotesAtQuestionOptionAndItemLevel()
    {
        var next = Change(F1, "sprawa", q => q with
        {
            Text = "Sprawa dotyczyła:",
            Hint = null,
            Options = q.Options.Select(o => o.Code == "zaswiadczenie" ? o with { Text = "wydania zaświadczenia lub odpisu" } : o).ToList(),
        });
        next = Change(next, "oceny", q => q with
        {
            Items = q.Items.Select(i => i.Code == "sprawnosc" ? i with { Text = "sprawna obsługa" } : i).ToList(),
            Comment = q.Comment! with { Label = "inne uwagi:" },
        });

        var diffs = SurveyComparison.Compare(F1, next);

        Assert.Equal(
            [
                new SurveyDifference("sprawa", null, DifferenceKind.WordingChanged, false),
                new SurveyDifference("sprawa", "zaswiadczenie", DifferenceKind.WordingChanged, false),
                new SurveyDifference("oceny", null, DifferenceKind.WordingChanged, false),
                new SurveyDifference("oceny", "sprawnosc", DifferenceKind.WordingChanged, false),
            ],
            diffs);
        Assert.Empty(SurveyComparison.Incomparable(F1, next));
    }

    [Fact]
    public void Compare_OtherTextLimitChanged_IsAFreeTextNote()
    {
        var next = Change(F1, "sprawa", q => q with
        {
            Options = q.Options.Select(o => o.Other is null ? o : o with { Other = o.Other with { MaxLength = 1000 } }).ToList(),
        });

        Assert.Equal([new SurveyDifference("sprawa", "inna", DifferenceKind.FreeTextChanged, false)], SurveyComparison.Compare(F1, next));
    }

    [Fact]
    public void IncomparableJson_RoundTrips()
    {
        var next = SurveyEditing.RetireOption(F1, "komorka", "usc");
        next = Change(next, "oceny", q => q with { Scale = new RatingScale { Min = 0, Max = 10 } });
        var incomparable = SurveyComparison.Incomparable(F1, next);

        var json = SurveyComparison.ToJson(incomparable);

        Assert.Equal("[{\"question\":\"komorka\",\"code\":\"usc\",\"kind\":\"OptionRemoved\"},{\"question\":\"oceny\",\"kind\":\"ScaleChanged\"}]", json);
        Assert.Equal(incomparable, SurveyComparison.FromJson(json));
        Assert.Empty(SurveyComparison.FromJson(null));
        Assert.Empty(SurveyComparison.FromJson("[]"));
    }
}

/// <summary>The pure helpers behind the draft editor.</summary>
public sealed class SurveyEditingTests
{
    private static SurveyDefinition F1 => SeedF1.Definition;

    [Theory]
    [InlineData("Referat Ochrony Środowiska", "referat-ochrony-srodowiska")]
    [InlineData("Żółć, gęślą jaźń – ŁÓDŹ", "zolc-gesla-jazn-lodz")]
    [InlineData("  Ewidencja Ludności. Dowody Osobiste ", "ewidencja-ludnosci-dowody-osobiste")]
    [InlineData("18–25 lat", "18-25-lat")]
    [InlineData("!!!", "opcja")]
    [InlineData("Referat Gospodarki Przestrzennej, Nieruchomościami i Ochrony Środowiska", "referat-gospodarki-przestrzennej-nieruch")]
    public void Slug_FoldsPolishLettersToAValidCode(string text, string expected)
    {
        var slug = SurveyEditing.Slug(text);

        Assert.Equal(expected, slug);
        Assert.True(Codes.IsValid(slug));
    }

    [Fact]
    public void UniqueCode_AddsANumberWhenTaken_AndStaysValidAtFullLength()
    {
        Assert.Equal("inne-2", SurveyEditing.UniqueCode("Inne", ["inne"]));
        Assert.Equal("inne-3", SurveyEditing.UniqueCode("inne", ["inne", "inne-2"]));
        var longText = new string('a', 60);
        var code = SurveyEditing.UniqueCode(longText, [new string('a', 40)]);
        Assert.Equal(new string('a', 38) + "-2", code);
        Assert.True(Codes.IsValid(code));
    }

    [Fact]
    public void AddOption_GoesBeforeTheOtherOption()
    {
        var next = SurveyEditing.AddOption(F1, "sprawa", "wydania dowodu osobistego");

        var codes = next.Find("sprawa")!.Options.Select(o => o.Code).ToList();
        Assert.Equal(["decyzja", "zaswiadczenie", "swiadczenie-rodzinne", "informacja", "wydania-dowodu-osobistego", "inna"], codes);
        Assert.Empty(next.Problems());
    }

    [Fact]
    public void Apply_ChangesTextsRetiresAndAddsInOneSave_LeavingTheOriginalUntouched()
    {
        var edit = new DraftEdit
        {
            Title = " Ankieta 2027 ",
            Intro = "",
            Questions = new Dictionary<string, QuestionEdit>
            {
                ["komorka"] = new()
                {
                    Text = "W jakiej komórce załatwiał(a) Pan/Pani sprawę?",
                    Hint = "  ",
                    OptionTexts = new Dictionary<string, string> { ["usc"] = "Urząd Stanu Cywilnego" },
                    RetiredOptions = ["obrona-cywilna", "gospodarka-komunalna"],
                    NewOptions = ["Straż Miejska", " "],
                },
                ["oceny"] = new() { TextLabel = "inne uwagi:", ItemTexts = new Dictionary<string, string> { ["sprawnosc"] = "szybkość obsługi" } },
            },
        };

        var next = SurveyEditing.Apply(F1, edit);

        Assert.Equal("Ankieta 2027", next.Title);
        Assert.Null(next.Intro);
        Assert.Equal(F1.ThankYou, next.ThankYou);
        var komorka = next.Find("komorka")!;
        Assert.Null(komorka.Hint);
        Assert.Equal("Urząd Stanu Cywilnego", komorka.Options.Single(o => o.Code == "usc").Text);
        Assert.DoesNotContain(komorka.Options, o => o.Code is "obrona-cywilna" or "gospodarka-komunalna");
        Assert.Equal("straz-miejska", komorka.Options[^1].Code);
        Assert.Equal(8, komorka.Options.Count);
        Assert.Equal("inne uwagi:", next.Find("oceny")!.Comment!.Label);
        Assert.Equal("szybkość obsługi", next.Find("oceny")!.Items.Single(i => i.Code == "sprawnosc").Text);
        Assert.Equal(9, F1.Find("komorka")!.Options.Count);
        Assert.Empty(next.Problems());
        Assert.Empty(SurveyEditing.Check(next));
    }

    [Fact]
    public void Check_NamesEachEmptyTextAndTooFewOptions()
    {
        var edit = new DraftEdit
        {
            Title = "",
            Questions = new Dictionary<string, QuestionEdit>
            {
                ["plec"] = new() { RetiredOptions = ["mezczyzna"], OptionTexts = new Dictionary<string, string> { ["kobieta"] = "" } },
                ["wiek"] = new() { Text = " ", OptionTexts = new Dictionary<string, string> { ["26-35"] = "18-25" } },
                ["sprawa"] = new() { TextLabel = "" },
            },
        };

        var problems = SurveyEditing.Check(SurveyEditing.Apply(F1, edit));

        Assert.Equal(
            [
                new DraftProblem(DraftProblemKind.Missing, DraftPart.Title),
                new DraftProblem(DraftProblemKind.Missing, DraftPart.Option, "plec", "kobieta"),
                new DraftProblem(DraftProblemKind.TooFewOptions, DraftPart.Question, "plec"),
                new DraftProblem(DraftProblemKind.Missing, DraftPart.QuestionText, "wiek"),
                new DraftProblem(DraftProblemKind.DuplicateText, DraftPart.Option, "wiek", "26-35"),
                new DraftProblem(DraftProblemKind.Missing, DraftPart.TextLabel, "sprawa"),
            ],
            problems);
    }

    [Fact]
    public void FindUnitsQuestion_IsTheQuestionWhoseOptionsAreUnitCodes()
    {
        var units = SeedF1.Units.Select(u => u.Code).ToList();

        Assert.Equal("komorka", SurveyEditing.FindUnitsQuestion(F1, units)?.Code);
        Assert.Null(SurveyEditing.FindUnitsQuestion(F1, ["tak", "nie-ma-takiej"]));
        Assert.Null(SurveyEditing.FindUnitsQuestion(F1, []));
    }

    [Fact]
    public void RefreshUnits_TakesActiveUnitsInOrderAndKeepsOptionsThatAreNotUnits()
    {
        var withOther = SurveyEditing.AddOption(F1, "komorka", "inna komórka");
        var all = SeedF1.Units.Select(u => u.Code).ToList();
        var active = SeedF1.Units.Where(u => u.Code != "obrona-cywilna").Select(u => u.Code == "usc" ? u with { Text = "Urząd Stanu Cywilnego" } : u)
            .Append(new AnswerOption { Code = "straz", Text = "Straż Miejska" }).ToList();

        var next = SurveyEditing.RefreshUnits(withOther, "komorka", active, all);

        var options = next.Find("komorka")!.Options;
        Assert.Equal([.. active.Select(a => a.Code), "inna-komorka"], options.Select(o => o.Code));
        Assert.Equal("Urząd Stanu Cywilnego", options.Single(o => o.Code == "usc").Text);
    }
}
