using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Tests.Survey;

public sealed class AnswerClearingTests
{
    private static readonly SurveyDefinition F1 = SeedF1.Definition;

    private static Dictionary<string, IReadOnlyList<string>> Answers(params (string Field, string Value)[] fields) =>
        fields.GroupBy(f => f.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(f => f.Value).ToList(), StringComparer.Ordinal);

    [Fact]
    public void RadioGroups_AreTheSingleChoiceQuestionsAndEachRowOfAGrid_NotCheckboxesOrTexts()
    {
        var fields = AnswerClearing.RadioGroups(F1).Select(g => g.Field).ToList();

        Assert.Contains("q.plec", fields);
        Assert.Contains("q.oceny.uprzejmosc", fields);
        Assert.Contains("q.informacje.prasa", fields);
        Assert.DoesNotContain("q.trudnosci", fields);
        Assert.DoesNotContain("q.oceny", fields);
        Assert.DoesNotContain(fields, f => f.StartsWith(ResponseValidation.TextPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Clear_RemovesThatAnswerOnly()
    {
        var answers = Answers(("q.plec", "kobieta"), ("q.wiek", "36-45"), ("q.trudnosci", "inne"), ("t.trudnosci", "Kolejka"), ("q.oceny.uprzejmosc", "5"), ("q.oceny.sprawnosc", "4"));

        var cleared = AnswerClearing.Clear(F1, answers, "q.oceny.sprawnosc");

        Assert.NotNull(cleared);
        Assert.Equal(["q.oceny.uprzejmosc", "q.plec", "q.trudnosci", "q.wiek", "t.trudnosci"], cleared.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["inne"], cleared["q.trudnosci"]);
    }

    [Fact]
    public void Clear_OfAQuestionWithAnOtherText_TakesTheTextWithIt()
    {
        var answers = Answers(("q.sprawa", "inna"), ("t.sprawa", "Ślub cywilny"), ("t.uwagi", "Dziękuję"));

        var cleared = AnswerClearing.Clear(F1, answers, "q.sprawa");

        Assert.Equal(["t.uwagi"], cleared!.Keys);
    }

    [Theory]
    [InlineData("q.trudnosci")]
    [InlineData("t.uwagi")]
    [InlineData("q.nie-ma-takiego")]
    [InlineData("q.oceny")]
    public void Clear_OfSomethingThatIsNoRadioGroup_IsRefused(string field) =>
        Assert.Null(AnswerClearing.Clear(F1, Answers(("q.plec", "kobieta")), field));
}
