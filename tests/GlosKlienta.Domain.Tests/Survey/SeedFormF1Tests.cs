using System.Text.RegularExpressions;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Tests.Survey;

/// <summary>
/// The seeded F1 (version 1) says what form F1 at the end of procedure P/7/5 says. The tests that
/// read the procedure itself skip where ../shared/seed is not on the machine; the others check the
/// seed against the procedure's wording written out here.
/// </summary>
public sealed class SeedFormF1Tests
{
    private static readonly SurveyDefinition F1 = SeedF1.Definition;

    /// <summary>The units of question 4, as the procedure lists them.</summary>
    private static readonly string[] ProcedureUnits =
    [
        "Referat Finansowy",
        "Referat Organizacyjny i Spraw Społecznych",
        "Referat Spraw Obywatelskich i Administracji",
        "Referat Gospodarki Przestrzennej, Nieruchomościami i Ochrony Środowiska",
        "Referat Pozyskiwania Funduszy i Inwestycji",
        "Kierownik Urzędu Stanu Cywilnego",
        "Obrona Cywilna",
        "Gospodarka Komunalna",
        "Ewidencja Ludności. Dowody Osobiste",
    ];

    /// <summary>
    /// Where our F1 knowingly differs from the procedure's text: the procedure's OCR reads
    /// "napotkała/I" (capital i) in question 7, which is a misread "napotkała/ł"; the seed writes
    /// the intended word. Applied to the procedure text before comparing.
    /// </summary>
    private static readonly (string Procedure, string Seed)[] AcceptedDifferences =
    [
        ("napotkała/I", "napotkała/ł"),
    ];

    // ---- the seed on its own ----------------------------------------------------------------

    [Fact]
    public void Seed_WhenLoaded_HasTenNumberedQuestionsAndFinalRemarks()
    {
        Assert.Equal(11, F1.Questions.Count);
        Assert.Equal(
            ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
            F1.Questions.Take(10).Select(q => q.Number));

        var remarks = F1.Questions[^1];
        Assert.Equal("uwagi", remarks.Code);
        Assert.Null(remarks.Number);
        Assert.Equal("UWAGI", remarks.Text);
        Assert.Equal(QuestionKind.Text, remarks.Kind);
        Assert.Equal(2000, remarks.MaxLength);
    }

    [Fact]
    public void Seed_WhenLoaded_HasTheExpectedCodesAndKinds()
    {
        Assert.Equal(
            [
                ("plec", QuestionKind.SingleChoice),
                ("wiek", QuestionKind.SingleChoice),
                ("czestosc", QuestionKind.SingleChoice),
                ("komorka", QuestionKind.SingleChoice),
                ("sprawa", QuestionKind.SingleChoice),
                ("termin", QuestionKind.SingleChoice),
                ("trudnosci", QuestionKind.MultipleChoice),
                ("oceny", QuestionKind.Rating),
                ("wyposazenie", QuestionKind.SingleChoice),
                ("informacje", QuestionKind.Matrix),
                ("uwagi", QuestionKind.Text),
            ],
            F1.Questions.Select(q => (q.Code, q.Kind)));
    }

    [Fact]
    public void Seed_WhenLoaded_HasTheFormTitleAndThankYou()
    {
        Assert.Equal("Ankieta do badania zadowolenia klienta", F1.Title);
        Assert.Equal("Dziękujemy za wypełnienie ankiety", F1.ThankYou);
    }

    [Fact]
    public void Seed_WhenLoaded_UnitsQuestionIsQuestion4WithTheNineUnitsInOrder()
    {
        Assert.Equal("komorka", SeedF1.UnitsQuestion);
        var question = F1.Questions[3];
        Assert.Equal("komorka", question.Code);
        Assert.Equal("4", question.Number);

        Assert.Equal(ProcedureUnits, question.Options.Select(o => o.Text));
        Assert.Equal(ProcedureUnits, SeedF1.Units.Select(u => u.Text));
        Assert.All(question.Options, o => Assert.True(Codes.IsValid(o.Code), o.Code));
        Assert.Equal(9, question.Options.Select(o => o.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Seed_WhenLoaded_Question8RatesFiveItemsOnAScaleFrom1To5()
    {
        var question = F1.Find("oceny")!;

        Assert.Equal("8", question.Number);
        Assert.Equal(QuestionKind.Rating, question.Kind);
        Assert.Equal(new RatingScale { Min = 1, Max = 5 }, question.Scale);
        Assert.Equal([1, 2, 3, 4, 5], question.Scale!.Values);
        Assert.Equal(
            ["uprzejmość i życzliwość", "sprawna i szybka obsługa", "kompetencja i fachowość", "wyczerpująca informacja", "terminowość załatwienia spraw"],
            question.Items.Select(i => i.Text));
        Assert.Equal("inne uwagi – proszę podać jakie:", question.Comment?.Label);
        Assert.Equal(500, question.Comment?.MaxLength);
        Assert.Empty(question.Options);
    }

    [Fact]
    public void Seed_WhenLoaded_Question10HasItemsAToCWithThreeAnswers()
    {
        var question = F1.Find("informacje")!;

        Assert.Equal("10", question.Number);
        Assert.Equal(QuestionKind.Matrix, question.Kind);
        Assert.Equal(
            ["a) przez lokalną prasę", "b) na stronach internetowych i w BIP", "c) ogłoszenia na tablicach"],
            question.Items.Select(i => i.Text));
        Assert.Equal(["pozytywnie", "negatywnie", "nie mam zdania"], question.Options.Select(o => o.Text));
    }

    [Fact]
    public void Seed_WhenLoaded_Question7HasOneExclusiveNoDifficultiesAndAnOtherOption()
    {
        var question = F1.Find("trudnosci")!;

        var exclusive = Assert.Single(question.Options, o => o.Exclusive);
        Assert.Equal("brak", exclusive.Code);
        Assert.Equal("nie spotkałam/łem się z trudnościami", exclusive.Text);
        Assert.Equal("inne", question.OtherOption?.Code);
        Assert.Equal(500, question.OtherOption?.Other?.MaxLength);
        Assert.False(string.IsNullOrWhiteSpace(question.OtherOption?.Other?.MissingMessage));
    }

    [Fact]
    public void Seed_WhenLoaded_Question5HasAnOtherOptionAndNoOtherQuestionDoes()
    {
        Assert.Equal("inna", F1.Find("sprawa")!.OtherOption?.Code);
        Assert.Equal(500, F1.Find("sprawa")!.OtherOption?.Other?.MaxLength);
        Assert.Equal(
            ["sprawa", "trudnosci"],
            F1.Questions.Where(q => q.OtherOption is not null).Select(q => q.Code));
        Assert.Equal(["trudnosci"], F1.Questions.Where(q => q.Options.Any(o => o.Exclusive)).Select(q => q.Code));
    }

    [Fact]
    public void Seed_WhenLoaded_Question7WritesTheWordThatTheProcedureMisprints()
    {
        Assert.Contains("napotkała/ł", F1.Find("trudnosci")!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("napotkała/I", F1.Find("trudnosci")!.Text, StringComparison.Ordinal);
    }

    // ---- the seed against the procedure -----------------------------------------------------

    private static string Normalise(string text) =>
        Regex.Replace(Regex.Replace(text, "<[^>]+>", " "), @"\s+", " ").Trim();

    /// <summary>Form F1: the part of the procedure after "KONIEC", as it was written (lines kept).</summary>
    private static string RawForm()
    {
        var procedure = File.ReadAllText(SeedF1.ProcedurePath);
        var end = procedure.IndexOf("KONIEC", StringComparison.Ordinal);
        Assert.True(end >= 0, "The procedure has no KONIEC before form F1.");
        return procedure[(end + "KONIEC".Length)..];
    }

    /// <summary>Form F1 with whitespace collapsed and the accepted differences applied.</summary>
    private static string Form()
    {
        var form = Normalise(RawForm());
        foreach (var (procedure, seed) in AcceptedDifferences) form = form.Replace(procedure, seed, StringComparison.Ordinal);
        return form;
    }

    /// <summary>The part of the normalised form for each question, from its heading to the next question's heading.</summary>
    private static Dictionary<string, string> Sections(string form)
    {
        var starts = new List<(string Code, int Start)>();
        var from = 0;
        foreach (var q in F1.Questions)
        {
            var heading = Normalise(q.Number is null ? q.Text : $"{q.Number}. {q.Text}");
            var at = form.IndexOf(heading, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"Question '{q.Code}' (\"{heading}\") is not in form F1 after the previous question.");
            starts.Add((q.Code, at));
            from = at + heading.Length;
        }
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Start : form.Length;
            sections[starts[i].Code] = form[starts[i].Start..end];
        }
        return sections;
    }

    private static void AssertInOrder(string section, IEnumerable<string> texts, string what)
    {
        var from = 0;
        foreach (var text in texts.Select(Normalise))
        {
            var at = section.IndexOf(text, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{what}: \"{text}\" is not in the procedure's text (in order) of \"{section}\".");
            from = at + text.Length;
        }
    }

    [SkippableFact]
    public void Procedure_WhenRead_HasTenNumberedQuestionsAndRemarks()
    {
        Skip.IfNot(File.Exists(SeedF1.ProcedurePath), SeedF1.ProcedureMissing);

        var numbers = RawForm().Split('\n')
            .Select(line => Regex.Match(line, @"^\s*(\d+)\.\s"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value);

        Assert.Equal(F1.Questions.Where(q => q.Number is not null).Select(q => q.Number), numbers);
        Assert.Matches(@"(?m)^UWAGI\b", RawForm());
    }

    [SkippableFact]
    public void Procedure_WhenRead_ContainsEveryQuestionTextInOrder()
    {
        Skip.IfNot(File.Exists(SeedF1.ProcedurePath), SeedF1.ProcedureMissing);

        var sections = Sections(Form());

        Assert.Equal(F1.Questions.Select(q => q.Code), sections.Keys);
        Assert.StartsWith("1. Płeć:", sections["plec"], StringComparison.Ordinal);
        Assert.StartsWith("UWAGI", sections["uwagi"], StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Procedure_WhenRead_ContainsEveryOptionTextInOrderUnderItsQuestion()
    {
        Skip.IfNot(File.Exists(SeedF1.ProcedurePath), SeedF1.ProcedureMissing);
        var sections = Sections(Form());

        foreach (var q in F1.Questions.Where(q => q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice))
        {
            Assert.NotEmpty(q.Options);
            AssertInOrder(sections[q.Code], q.Options.Select(o => o.Text), $"Question '{q.Code}'");
        }
    }

    [SkippableFact]
    public void Procedure_WhenRead_ListsTheUnitsOfQuestion4InTheSeedOrder()
    {
        Skip.IfNot(File.Exists(SeedF1.ProcedurePath), SeedF1.ProcedureMissing);

        var lines = RawForm().Split('\n').Select(l => l.Trim()).ToList();
        var first = lines.FindIndex(l => l.StartsWith("4. ", StringComparison.Ordinal)) + 1;
        var last = lines.FindIndex(l => l.StartsWith("5. ", StringComparison.Ordinal));
        var units = lines[first..last]
            .Where(l => l.Length > 0 && !l.StartsWith('('))
            .Select(l => l.TrimStart('-', ' '))
            .ToList();

        Assert.Equal(ProcedureUnits, units);
        Assert.Equal(units, F1.Find("komorka")!.Options.Select(o => o.Text));
    }

    [SkippableFact]
    public void Procedure_WhenRead_RatesEachItemOfQuestion8From1To5()
    {
        Skip.IfNot(File.Exists(SeedF1.ProcedurePath), SeedF1.ProcedureMissing);
        var question = F1.Find("oceny")!;
        var section = Sections(Form())["oceny"];

        var scale = string.Join(" ", question.Scale!.Values);
        AssertInOrder(section, question.Items.Select(i => $"{i.Text} {scale}"), "Question 'oceny'");
        Assert.Contains(Normalise(question.Comment!.Label), section, StringComparison.Ordinal);
        // The hint is the procedure's instruction without its brackets.
        Assert.Contains($"({question.Hint!.TrimEnd('.')})", section, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Procedure_WhenRead_AnswersEachItemOfQuestion10WithTheThreeOptions()
    {
        Skip.IfNot(File.Exists(SeedF1.ProcedurePath), SeedF1.ProcedureMissing);
        var question = F1.Find("informacje")!;
        var section = Sections(Form())["informacje"];

        var options = string.Join(" ", question.Options.Select(o => o.Text));
        Assert.Equal("pozytywnie negatywnie nie mam zdania", options);
        AssertInOrder(section, question.Items.Select(i => $"{i.Text} {options}"), "Question 'informacje'");
    }

    [SkippableFact]
    public void Procedure_WhenRead_EndsWithTheThankYouAndStartsWithTheTitle()
    {
        Skip.IfNot(File.Exists(SeedF1.ProcedurePath), SeedF1.ProcedureMissing);
        var form = Form();

        Assert.StartsWith(F1.Title, form, StringComparison.Ordinal);
        Assert.EndsWith(F1.ThankYou.ToUpperInvariant(), form, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Procedure_WhenRead_StillHasEachAcceptedDifference()
    {
        Skip.IfNot(File.Exists(SeedF1.ProcedurePath), SeedF1.ProcedureMissing);
        var original = Normalise(RawForm());
        var seedTexts = F1.Questions.Select(q => q.Text)
            .Concat(F1.Questions.SelectMany(q => q.Options.Select(o => o.Text)))
            .ToList();

        foreach (var (procedure, seed) in AcceptedDifferences)
        {
            // If the procedure is ever corrected, the entry should go.
            Assert.Contains(procedure, original, StringComparison.Ordinal);
            Assert.Contains(seedTexts, t => t.Contains(seed, StringComparison.Ordinal));
            Assert.DoesNotContain(seedTexts, t => t.Contains(procedure, StringComparison.Ordinal));
        }
    }
}
