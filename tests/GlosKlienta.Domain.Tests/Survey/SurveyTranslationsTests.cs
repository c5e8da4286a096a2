using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Tests.Survey;

public sealed class SurveyTranslationsTests
{
    private static readonly SurveyDefinition F1 = SeedF1.Definition;

    [Fact]
    public void Texts_CoverEveryTextACitizenReads_ButNotTheUnitsNames()
    {
        var keys = SurveyTranslations.Texts(F1).Select(t => t.Key).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Contains("title", keys);
        Assert.Contains("thankYou", keys);
        Assert.Contains("plec", keys);
        Assert.Contains("plec.option.kobieta", keys);
        Assert.Contains("sprawa.option.inna.other", keys);
        Assert.Contains("sprawa.option.inna.other.missing", keys);
        Assert.Contains("komorka", keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("komorka.option.", StringComparison.Ordinal));
        var rating = F1.Questions.First(q => q.Kind == QuestionKind.Rating);
        Assert.All(rating.Items, i => Assert.Contains($"{rating.Code}.item.{i.Code}", keys));
    }

    [Fact]
    public void TheSeededF1_IsCompleteInUkrainianAndEnglish()
    {
        foreach (var language in SurveyTranslations.Languages)
            Assert.Empty(SurveyTranslations.Missing(F1, language));
        Assert.Equal(["pl", "uk", "en"], SurveyTranslations.CompleteLanguages(F1));
    }

    [Fact]
    public void In_ReplacesTexts_KeepsCodesAndUnitNames()
    {
        var uk = SurveyTranslations.In(F1, "uk");

        Assert.Equal(F1.Questions.Select(q => q.Code), uk.Questions.Select(q => q.Code));
        Assert.Equal(F1.Questions.SelectMany(q => q.Options).Select(o => o.Code), uk.Questions.SelectMany(q => q.Options).Select(o => o.Code));
        Assert.NotEqual(F1.Title, uk.Title);
        Assert.NotEqual(F1.Find("plec")!.Text, uk.Find("plec")!.Text);
        Assert.Equal(F1.Find("komorka")!.Options.Select(o => o.Text), uk.Find("komorka")!.Options.Select(o => o.Text));
        Assert.Same(F1, SurveyTranslations.In(F1, "pl"));
    }

    [Fact]
    public void Missing_NamesEachUntranslatedText_AndApprovalCoversOnlyCompleteLanguages()
    {
        var draft = SurveyTranslations.WithTranslation(F1, "en", new Dictionary<string, string?> { ["plec.option.kobieta"] = " ", ["title"] = null });

        Assert.Equal(["title", "plec.option.kobieta"], SurveyTranslations.Missing(draft, "en").Select(t => t.Key));
        Assert.Equal(["pl", "uk"], SurveyTranslations.CompleteLanguages(draft));
        // A text without its translation stays Polish rather than showing a key or nothing.
        Assert.Equal(F1.Title, SurveyTranslations.In(draft, "en").Title);
    }

    [Fact]
    public void WithTranslation_IgnoresUnknownKeys_AndRefusesUnknownLanguages()
    {
        var draft = SurveyTranslations.WithTranslation(F1, "uk", new Dictionary<string, string?> { ["nie-ma-takiego"] = "x", ["plec"] = "  Стать:  " });

        Assert.False(draft.Translations!["uk"].ContainsKey("nie-ma-takiego"));
        Assert.Equal("Стать:", draft.Translations["uk"]["plec"]);
        Assert.Throws<ArgumentException>(() => SurveyTranslations.WithTranslation(F1, "de", new Dictionary<string, string?>()));
    }

    [Fact]
    public void EditingAPolishText_DropsItsTranslations_SoTheyAreMadeAgainBeforeApproval()
    {
        var edited = SurveyEditing.Apply(F1, new DraftEdit
        {
            Questions = new Dictionary<string, QuestionEdit> { ["plec"] = new() { Text = "Płeć (nieobowiązkowo):" } },
        });

        foreach (var language in SurveyTranslations.Languages)
            Assert.Equal(["plec"], SurveyTranslations.Missing(edited, language).Select(t => t.Key));
        Assert.Equal(["pl"], SurveyTranslations.CompleteLanguages(edited));
    }

    [Fact]
    public void AddingAnOption_LeavesItUntranslated()
    {
        var edited = SurveyEditing.Apply(F1, new DraftEdit
        {
            Questions = new Dictionary<string, QuestionEdit> { ["sprawa"] = new() { NewOptions = ["meldunku"] } },
        });

        Assert.Equal(["sprawa.option.meldunku"], SurveyTranslations.Missing(edited, "uk").Select(t => t.Key));
    }

    [Fact]
    public void Translations_SurviveTheStoredJson()
    {
        var back = SurveyDefinition.FromJson(F1.ToJson());

        Assert.Equal(F1.Translations!["uk"]["plec"], back.Translations!["uk"]["plec"]);
        Assert.Equal(SurveyTranslations.CompleteLanguages(F1), SurveyTranslations.CompleteLanguages(back));
    }
}
