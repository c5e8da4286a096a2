using System.Text.Json;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Tests.Survey;

public sealed class SurveyDefinitionTests
{
    private static AnswerOption Option(string code, bool exclusive = false, FreeText? other = null) =>
        new() { Code = code, Text = "opcja " + code, Exclusive = exclusive, Other = other };

    private static readonly FreeText OtherText = new() { Label = "Jakie?", MaxLength = 300, MissingMessage = "Wpisz, jakie." };

    /// <summary>A small sound definition with one question of every kind.</summary>
    private static readonly SurveyDefinition Sound = new()
    {
        Title = "Ankieta próbna",
        Intro = "Wstęp",
        ThankYou = "Dziękujemy",
        Questions =
        [
            new Question { Code = "jeden", Number = "1", Text = "Jedno", Kind = QuestionKind.SingleChoice, Options = [Option("a"), Option("b"), Option("inna", other: OtherText)] },
            new Question { Code = "wiele", Number = "2", Text = "Wiele", Hint = "Kilka", Kind = QuestionKind.MultipleChoice, Options = [Option("nic", exclusive: true), Option("x"), Option("inne", other: OtherText)] },
            new Question
            {
                Code = "ocena", Number = "3", Text = "Ocena", Kind = QuestionKind.Rating,
                Scale = new RatingScale { Min = 1, Max = 5 },
                Items = [new QuestionItem { Code = "i1", Text = "pierwsza" }, new QuestionItem { Code = "i2", Text = "druga" }],
                Comment = new FreeText { Label = "Uwagi do oceny" },
            },
            new Question
            {
                Code = "macierz", Number = "4", Text = "Macierz", Kind = QuestionKind.Matrix,
                Items = [new QuestionItem { Code = "m1", Text = "a)" }],
                Options = [Option("plus"), Option("minus")],
            },
            new Question { Code = "uwagi", Text = "UWAGI", Kind = QuestionKind.Text, MaxLength = 1000 },
        ],
    };

    private static SurveyDefinition Change(string code, Func<Question, Question> change) => Sound with
    {
        Questions = Sound.Questions.Select(q => q.Code == code ? change(q) : q).ToList(),
    };

    private static SurveyDefinition Add(Question question) => Sound with { Questions = [.. Sound.Questions, question] };

    private static readonly Dictionary<string, (Func<SurveyDefinition> Build, string Problem)> Defects = new()
    {
        ["no-title"] = (() => Sound with { Title = " " }, "The survey has no title."),
        ["no-questions"] = (() => Sound with { Questions = [] }, "The survey has no questions."),
        ["duplicate-question-code"] = (() => Add(Sound.Questions[0] with { Number = "9" }), "Question code 'jeden' is used twice."),
        ["question-code-polish-letters"] = (() => Change("jeden", q => q with { Code = "płeć" }), "Question code 'płeć' is not a valid code."),
        ["question-code-upper-case"] = (() => Change("jeden", q => q with { Code = "Plec" }), "Question code 'Plec' is not a valid code."),
        ["question-code-dot"] = (() => Change("jeden", q => q with { Code = "a.b" }), "Question code 'a.b' is not a valid code."),
        ["question-code-space"] = (() => Change("jeden", q => q with { Code = "a b" }), "Question code 'a b' is not a valid code."),
        ["question-code-leading-hyphen"] = (() => Change("jeden", q => q with { Code = "-a" }), "Question code '-a' is not a valid code."),
        ["question-code-empty"] = (() => Change("jeden", q => q with { Code = "" }), "Question code '' is not a valid code."),
        ["question-code-41-characters"] = (() => Change("jeden", q => q with { Code = new string('a', 41) }), $"Question code '{new string('a', 41)}' is not a valid code."),
        ["question-without-text"] = (() => Change("jeden", q => q with { Text = "" }), "Question 'jeden' has no text."),
        ["option-code-invalid"] = (() => Change("jeden", q => q with { Options = [Option("a"), Option("B;")] }), "Option code 'B;' in 'jeden' is not a valid code."),
        ["option-code-twice"] = (() => Change("jeden", q => q with { Options = [Option("a"), Option("b"), Option("a")] }), "Option code 'a' is used twice in 'jeden'."),
        ["option-without-text"] = (() => Change("jeden", q => q with { Options = [Option("a"), new AnswerOption { Code = "b", Text = "  " }] }), "An option of 'jeden' has no text."),
        ["exclusive-on-single-choice"] = (() => Change("jeden", q => q with { Options = [Option("a", exclusive: true), Option("b")] }), "Only a multiple-choice question can have an exclusive option ('jeden')."),
        ["exclusive-on-matrix"] = (() => Change("macierz", q => q with { Options = [Option("plus", exclusive: true), Option("minus")] }), "Only a multiple-choice question can have an exclusive option ('macierz')."),
        ["exclusive-other"] = (() => Change("wiele", q => q with { Options = [Option("x"), Option("inne", exclusive: true, other: OtherText)] }), "An option of 'wiele' cannot be both exclusive and 'other'."),
        ["other-on-matrix"] = (() => Change("macierz", q => q with { Options = [Option("plus"), Option("inne", other: OtherText)] }), "Only a choice question can have an 'other' option ('macierz')."),
        ["two-other-options"] = (() => Change("wiele", q => q with { Options = [Option("x"), Option("inne", other: OtherText), Option("jeszcze", other: OtherText)] }), "Question 'wiele' has more than one 'other' option."),
        ["comment-and-other"] = (() => Change("jeden", q => q with { Comment = new FreeText { Label = "Uwagi" } }), "Question 'jeden' has both a comment and an 'other' option."),
        ["item-code-invalid"] = (() => Change("ocena", q => q with { Items = [new QuestionItem { Code = "I 1", Text = "x" }] }), "Item code 'I 1' in 'ocena' is not a valid code."),
        ["item-code-twice"] = (() => Change("ocena", q => q with { Items = [.. q.Items, q.Items[0]] }), "Item code 'i1' is used twice in 'ocena'."),
        ["single-choice-one-option"] = (() => Change("jeden", q => q with { Options = [Option("a")] }), "Choice question 'jeden' needs at least two options."),
        ["multiple-choice-no-options"] = (() => Change("wiele", q => q with { Options = [] }), "Choice question 'wiele' needs at least two options."),
        ["choice-with-items"] = (() => Change("jeden", q => q with { Items = [new QuestionItem { Code = "i", Text = "x" }] }), "Choice question 'jeden' cannot have items."),
        ["rating-without-items"] = (() => Change("ocena", q => q with { Items = [] }), "Rating question 'ocena' has no items."),
        ["rating-without-scale"] = (() => Change("ocena", q => q with { Scale = null }), "Rating question 'ocena' needs a scale from a lower to a higher number (0-10)."),
        ["rating-scale-empty"] = (() => Change("ocena", q => q with { Scale = new RatingScale { Min = 3, Max = 3 } }), "Rating question 'ocena' needs a scale from a lower to a higher number (0-10)."),
        ["rating-scale-reversed"] = (() => Change("ocena", q => q with { Scale = new RatingScale { Min = 5, Max = 1 } }), "Rating question 'ocena' needs a scale from a lower to a higher number (0-10)."),
        ["rating-scale-negative"] = (() => Change("ocena", q => q with { Scale = new RatingScale { Min = -1, Max = 5 } }), "Rating question 'ocena' needs a scale from a lower to a higher number (0-10)."),
        ["rating-scale-over-ten"] = (() => Change("ocena", q => q with { Scale = new RatingScale { Min = 1, Max = 11 } }), "Rating question 'ocena' needs a scale from a lower to a higher number (0-10)."),
        ["rating-with-options"] = (() => Change("ocena", q => q with { Options = [Option("a"), Option("b")] }), "Rating question 'ocena' cannot have options."),
        ["matrix-without-items"] = (() => Change("macierz", q => q with { Items = [] }), "Matrix question 'macierz' has no items."),
        ["matrix-one-option"] = (() => Change("macierz", q => q with { Options = [Option("plus")] }), "Matrix question 'macierz' needs at least two options."),
        ["text-with-options"] = (() => Change("uwagi", q => q with { Options = [Option("a"), Option("b")] }), "Text question 'uwagi' cannot have options or items."),
        ["text-with-items"] = (() => Change("uwagi", q => q with { Items = [new QuestionItem { Code = "i", Text = "x" }] }), "Text question 'uwagi' cannot have options or items."),
        ["text-limit-zero"] = (() => Change("uwagi", q => q with { MaxLength = 0 }), "Text question 'uwagi' needs a length limit from 1 to 10000."),
        ["text-limit-too-high"] = (() => Change("uwagi", q => q with { MaxLength = 10_001 }), "Text question 'uwagi' needs a length limit from 1 to 10000."),
        ["item-without-text"] = (() => Change("ocena", q => q with { Items = [new QuestionItem { Code = "i1", Text = " " }] }), "An item of 'ocena' has no text."),
        ["other-text-limit-zero"] = (() => Change("jeden", q => q with { Options = [Option("a"), Option("inna", other: new FreeText { Label = "Jaka?", MaxLength = 0 })] }), "A free-text field of 'jeden' needs a length limit from 1 to 10000."),
        ["comment-without-label"] = (() => Change("ocena", q => q with { Comment = new FreeText { Label = "" } }), "A free-text field of 'ocena' has no label."),
        ["text-with-comment"] = (() => Change("uwagi", q => q with { Comment = new FreeText { Label = "Jeszcze" } }), "Text question 'uwagi' cannot also have a comment."),
    };

    public static TheoryData<string> DefectNames => new(Defects.Keys);

    [Fact]
    public void Problems_WhenDefinitionIsSound_ReturnsNone()
    {
        Assert.Empty(Sound.Problems());
    }

    [Theory]
    [MemberData(nameof(DefectNames))]
    public void Problems_WhenDefinitionHasDefect_ReportsIt(string defect)
    {
        var (build, problem) = Defects[defect];

        var problems = build().Problems();

        Assert.Contains(problem, problems);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("0")]
    [InlineData("18-25")]
    [InlineData("powyzej-66")]
    [InlineData("a-")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Problems_WhenCodeIsALowerCaseSlugUpTo40Characters_AcceptsIt(string code)
    {
        Assert.True(Codes.IsValid(code));
        Assert.Empty(Change("jeden", q => q with { Code = code }).Problems());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Kobieta")]
    [InlineData("mężczyzna")]
    [InlineData("a_b")]
    [InlineData("a=b")]
    [InlineData("a,b")]
    [InlineData("a;b")]
    [InlineData("-a")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void IsValid_WhenCodeIsNotASlug_ReturnsFalse(string? code)
    {
        Assert.False(Codes.IsValid(code));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(0, 1)]
    [InlineData(1, 10)]
    public void Problems_WhenRatingScaleWithin0To10_AcceptsIt(int min, int max)
    {
        Assert.Empty(Change("ocena", q => q with { Scale = new RatingScale { Min = min, Max = max } }).Problems());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10_000)]
    public void Problems_WhenTextLimitWithin1To10000_AcceptsIt(int maxLength)
    {
        Assert.Empty(Change("uwagi", q => q with { MaxLength = maxLength }).Problems());
    }

    [Fact]
    public void Problems_WhenSeveralDefects_ReportsEachOfThem()
    {
        var broken = Sound with
        {
            Title = "",
            Questions =
            [
                Sound.Questions[0] with { Options = [Option("a", exclusive: true)] },
                Sound.Questions[0] with { Text = "" },
            ],
        };

        var problems = broken.Problems();

        Assert.Equal(
            [
                "The survey has no title.",
                "Only a multiple-choice question can have an exclusive option ('jeden').",
                "Choice question 'jeden' needs at least two options.",
                "Question code 'jeden' is used twice.",
                "Question 'jeden' has no text.",
            ],
            problems);
    }

    // ---- the seeded F1 ----------------------------------------------------------------------

    [Fact]
    public void Problems_WhenSeededF1HasItsUnits_ReturnsNone()
    {
        Assert.Empty(SeedF1.Definition.Problems());
    }

    [Fact]
    public void Problems_WhenSeededF1LacksItsUnits_ReportsTheUnitsQuestion()
    {
        // The seed leaves question 4 without options: they come from the office's units.
        Assert.Equal(["Choice question 'komorka' needs at least two options."], SeedF1.Raw.Problems());
    }

    [Fact]
    public void WithOptions_WhenQuestionExists_ReplacesOnlyItsOptions()
    {
        var raw = SeedF1.Raw;

        var withUnits = raw.WithOptions("komorka", SeedF1.Units);

        Assert.Same(SeedF1.Units, withUnits.Find("komorka")!.Options);
        Assert.Empty(raw.Find("komorka")!.Options);
        Assert.Equal(raw.Questions.Count, withUnits.Questions.Count);
        for (var i = 0; i < raw.Questions.Count; i++)
        {
            if (raw.Questions[i].Code == "komorka")
            {
                Assert.Equal(raw.Questions[i] with { Options = SeedF1.Units }, withUnits.Questions[i]);
            }
            else
            {
                Assert.Same(raw.Questions[i], withUnits.Questions[i]);
            }
        }
        Assert.Equal(raw.Title, withUnits.Title);
        Assert.Equal(raw.ThankYou, withUnits.ThankYou);
    }

    [Fact]
    public void WithOptions_WhenQuestionDoesNotExist_ChangesNothing()
    {
        var result = Sound.WithOptions("nieznane", [Option("a"), Option("b")]);

        Assert.Equal(Sound.ToJson(), result.ToJson());
    }

    [Fact]
    public void Find_WhenCodeExists_ReturnsTheQuestionAndOtherwiseNull()
    {
        Assert.Equal(QuestionKind.Rating, SeedF1.Definition.Find("oceny")?.Kind);
        Assert.Null(SeedF1.Definition.Find("nieznane"));
        Assert.Null(SeedF1.Definition.Find("Oceny"));
    }

    [Fact]
    public void Question_WhenAskedForTextLimit_TakesItFromTheKindCommentOrOther()
    {
        var f1 = SeedF1.Definition;

        Assert.Equal(2000, f1.Find("uwagi")!.TextMaxLength);
        Assert.Equal(500, f1.Find("oceny")!.TextMaxLength);
        Assert.Equal(500, f1.Find("sprawa")!.TextMaxLength);
        Assert.Equal(0, f1.Find("plec")!.TextMaxLength);
        Assert.True(f1.Find("trudnosci")!.HasText);
        Assert.True(f1.Find("oceny")!.HasText);
        Assert.False(f1.Find("informacje")!.HasText);
        Assert.Equal("inne", f1.Find("trudnosci")!.OtherOption?.Code);
        Assert.Null(f1.Find("plec")!.OtherOption);
    }

    // ---- JSON -------------------------------------------------------------------------------

    [Fact]
    public void FromJson_WhenGivenToJsonOfSeededF1_PreservesTheDefinition()
    {
        var json = SeedF1.Definition.ToJson();

        var again = SurveyDefinition.FromJson(json);

        Assert.Equal(json, again.ToJson());
        Assert.Empty(again.Problems());
        Assert.Equal(SeedF1.Definition.Questions.Select(q => q.Code), again.Questions.Select(q => q.Code));
    }

    [Fact]
    public void FromJson_WhenGivenToJsonOfEveryKind_PreservesEveryProperty()
    {
        var json = Sound.ToJson();

        var again = SurveyDefinition.FromJson(json);

        Assert.Equal(json, again.ToJson());
        Assert.Equal("Wstęp", again.Intro);
        Assert.Equal([QuestionKind.SingleChoice, QuestionKind.MultipleChoice, QuestionKind.Rating, QuestionKind.Matrix, QuestionKind.Text], again.Questions.Select(q => q.Kind));
        Assert.Equal(OtherText, again.Find("jeden")!.OtherOption!.Other);
        Assert.True(again.Find("wiele")!.Options[0].Exclusive);
        Assert.Equal("Kilka", again.Find("wiele")!.Hint);
        Assert.Equal(new RatingScale { Min = 1, Max = 5 }, again.Find("ocena")!.Scale);
        Assert.Equal(new FreeText { Label = "Uwagi do oceny", MaxLength = 500 }, again.Find("ocena")!.Comment);
        Assert.Equal(["i1", "i2"], again.Find("ocena")!.Items.Select(i => i.Code));
        Assert.Equal(1000, again.Find("uwagi")!.MaxLength);
        Assert.Null(again.Find("uwagi")!.Number);
    }

    [Fact]
    public void ToJson_WhenWritten_UsesCamelCaseEnumNamesAndOmitsNulls()
    {
        var json = (Sound with { Intro = null }).ToJson();

        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.False(root.TryGetProperty("intro", out _));
        Assert.Equal("Ankieta próbna", root.GetProperty("title").GetString());
        var questions = root.GetProperty("questions");
        Assert.Equal("SingleChoice", questions[0].GetProperty("kind").GetString());
        Assert.Equal("Text", questions[4].GetProperty("kind").GetString());
        Assert.False(questions[4].TryGetProperty("number", out _));
        Assert.False(questions[0].TryGetProperty("scale", out _));
    }

    [Fact]
    public void FromJson_WhenKindIsWrittenAsText_ReadsIt()
    {
        var definition = SurveyDefinition.FromJson(
            """{"title":"T","thankYou":"D","questions":[{"code":"uwagi","text":"UWAGI","kind":"Text"}]}""");

        var question = Assert.Single(definition.Questions);
        Assert.Equal(QuestionKind.Text, question.Kind);
        Assert.Equal(2000, question.MaxLength);
        Assert.Empty(question.Options);
        Assert.Empty(definition.Problems());
    }

    [Theory]
    [InlineData("null")]
    [InlineData("""{"thankYou":"D","questions":[]}""")]
    [InlineData("""{"title":"T","thankYou":"D","questions":[{"code":"a","text":"A","kind":"Slider"}]}""")]
    [InlineData("{")]
    public void FromJson_WhenJsonIsNotADefinition_ThrowsJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => SurveyDefinition.FromJson(json));
    }
}
