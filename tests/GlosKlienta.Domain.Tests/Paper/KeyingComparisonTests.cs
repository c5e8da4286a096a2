using GlosKlienta.Domain.Paper;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Domain.Tests.Survey;
using static GlosKlienta.Domain.Tests.Paper.PaperKeyingTests;

namespace GlosKlienta.Domain.Tests.Paper;

public sealed class KeyingComparisonTests
{
    private static readonly SurveyDefinition F1 = SeedF1.Definition;

    private static PaperForm Read(KeyedForm keyed)
    {
        var reading = PaperKeying.Read(F1, keyed);
        Assert.Empty(reading.Errors);
        return reading.Form!;
    }

    [Fact]
    public void Compare_SameKeying_HasNoDifferences()
    {
        var first = Read(FullKeyed());
        var second = Read(FullKeyed());

        Assert.Empty(KeyingComparison.Compare(F1, first, second));
        Assert.True(KeyingComparison.Agree(F1, first, second));
    }

    [Fact]
    public void Compare_DifferentSingleChoice_IsOneDifferenceWithBothReadings()
    {
        var difference = Assert.Single(KeyingComparison.Compare(F1, Read(Keyed(("plec", "1"))), Read(Keyed(("plec", "2")))));

        Assert.Equal("plec", difference.Question.Code);
        Assert.Equal(DifferencePart.Choice, difference.Part);
        Assert.Null(difference.Item);
        Assert.Equal("plec", difference.AnswerKey);
        Assert.Equal("1", difference.First.Keyed);
        Assert.False(difference.First.Unreadable);
        Assert.Equal(["kobieta"], difference.First.Meaning);
        Assert.Equal("2", difference.Second.Keyed);
        Assert.Equal(["mężczyzna"], difference.Second.Meaning);
    }

    [Fact]
    public void Compare_Ratings_AreComparedItemByItem()
    {
        var differences = KeyingComparison.Compare(F1, Read(Keyed(("oceny", "54543"))), Read(Keyed(("oceny", "54343"))));

        var difference = Assert.Single(differences);
        Assert.Equal(DifferencePart.Item, difference.Part);
        Assert.Equal("kompetencja", difference.Item!.Code);
        Assert.Equal("oceny.kompetencja", difference.AnswerKey);
        Assert.Equal(("5", "3"), (difference.First.Keyed, difference.Second.Keyed));
    }

    [Fact]
    public void Compare_MatrixItemLeftEmptyInOneKeying_IsADifferenceAgainstBlank()
    {
        var difference = Assert.Single(KeyingComparison.Compare(F1, Read(Keyed(("informacje", "120"))), Read(Keyed(("informacje", "123")))));

        Assert.Equal("tablice", difference.Item!.Code);
        Assert.True(difference.First.IsBlank);
        Assert.Equal("", difference.First.Keyed);
        Assert.Equal(["nie mam zdania"], difference.Second.Meaning);
    }

    [Fact]
    public void Compare_MultipleChoice_IsComparedAsAWholeAnswer()
    {
        var difference = Assert.Single(KeyingComparison.Compare(F1, Read(Keyed(("trudnosci", "23"))), Read(Keyed(("trudnosci", "24")))));

        Assert.Equal(("23", "24"), (difference.First.Keyed, difference.Second.Keyed));
        Assert.Equal(["zostałem skierowany do niewłaściwej osoby", "nie uzyskałem żadnych informacji"], difference.First.Meaning);
    }

    [Fact]
    public void Compare_UnreadableAgainstAValue_IsADifference()
    {
        var difference = Assert.Single(KeyingComparison.Compare(F1, Read(Keyed(("wiek", "-"))), Read(Keyed(("wiek", "4")))));

        Assert.True(difference.First.Unreadable);
        Assert.Equal("-", difference.First.Keyed);
        Assert.False(difference.Second.Unreadable);
    }

    [Fact]
    public void Compare_TextsDifferingOnlyInWhiteSpace_Agree()
    {
        var first = Read(Keyed([], [("uwagi", "Brak  parkingu\nprzy urzędzie")]));
        var second = Read(Keyed([], [("uwagi", "Brak parkingu przy urzędzie ")]));

        Assert.True(KeyingComparison.Agree(F1, first, second));
    }

    [Fact]
    public void Compare_TextsDifferingInLetters_AreADifference()
    {
        var difference = Assert.Single(KeyingComparison.Compare(F1,
            Read(Keyed([], [("uwagi", "Brak parkingu")])),
            Read(Keyed([], [("uwagi", "Brak parkinu")]))));

        Assert.Equal(DifferencePart.Text, difference.Part);
        Assert.Equal("uwagi.tekst", difference.AnswerKey);
        Assert.Equal(("Brak parkingu", "Brak parkinu"), (difference.First.Text, difference.Second.Text));
    }

    [Fact]
    public void Compare_BlankAgainstFilled_ListsEveryAnsweredQuestionInOrder()
    {
        var differences = KeyingComparison.Compare(F1, PaperForm.BlankForm, Read(Keyed([("plec", "2"), ("oceny", "50000")], [("uwagi", "Dobrze")])));

        Assert.Equal(["plec", "oceny.uprzejmosc", "uwagi.tekst"], differences.Select(d => d.AnswerKey));
        Assert.All(differences, d => Assert.True(d.First.IsBlank));
        Assert.False(KeyingComparison.Agree(F1, PaperForm.BlankForm, Read(Keyed(("plec", "2")))));
        Assert.True(KeyingComparison.Agree(F1, PaperForm.BlankForm, PaperForm.BlankForm));
    }

    [Fact]
    public void Compare_SeveralDifferences_AreListedQuestionByQuestion()
    {
        var differences = KeyingComparison.Compare(F1,
            Read(Keyed(("plec", "1"), ("termin", "1"), ("oceny", "55555"), ("informacje", "111"))),
            Read(Keyed(("plec", "1"), ("termin", "2"), ("oceny", "55545"), ("informacje", "112"))));

        Assert.Equal(["termin", "oceny.informacja", "informacje.tablice"], differences.Select(d => d.AnswerKey));
    }
}
