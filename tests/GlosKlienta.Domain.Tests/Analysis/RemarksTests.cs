using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Tests.Survey;

namespace GlosKlienta.Domain.Tests.Analysis;

/// <summary>Free-text remarks in the protocol: counts per category and quotes without personal data (issue 12).</summary>
public sealed class RemarksTests
{
    private static readonly (int, string)[] Categories = [(1, "czas oczekiwania"), (2, "pochwała"), (3, "inne")];

    [Fact]
    public void QuestionCodes_AreTheCommentOfQuestion8AndTheFinalRemarks_NotOtherAnswers() =>
        Assert.Equal(["oceny", "uwagi"], Remarks.QuestionCodes(SeedF1.Definition));

    [Theory]
    [InlineData("Proszę o kontakt: jan.kowalski@example.pl", true)]
    [InlineData("Mój numer 600 123 456, proszę oddzwonić", true)]
    [InlineData("PESEL 85010112345", true)]
    [InlineData("Mieszkam przy ul. Długa 5 i nikt nie odbiera", true)]
    [InlineData("Długa kolejka w poniedziałek rano", false)]
    [InlineData("Czekałam 45 minut w 2 kolejkach", false)]
    public void MayHoldPersonalData_CatchesAddressesNumbersAndEmails(string text, bool expected) =>
        Assert.Equal(expected, Remarks.MayHoldPersonalData(text));

    [Fact]
    public void Summarise_CountsPerCategory_AndQuotesOnlyRemarksFitToQuote()
    {
        ReadRemark[] remarks =
        [
            new(1, "Długa kolejka", [1], false, true),
            new(2, "Czekałem godzinę, proszę dzwonić 600123456", [1], false, true),   // personal data: counted, never quoted
            new(3, "Pani Anna z pokoju 12 była niemiła", [1, 3], true, true),          // marked unfit to quote
            new(4, "Bardzo miła obsługa", [2], false, true),
            new(5, "Nieprzeczytana uwaga", [], false, false),
        ];

        var figure = Remarks.Summarise(remarks, Categories);

        Assert.Equal(5, figure.Total);
        Assert.Equal(4, figure.Reviewed);
        var waiting = figure.Categories[0];
        Assert.Equal(("czas oczekiwania", 3), (waiting.Name, waiting.Count));
        Assert.Equal(["Długa kolejka"], waiting.Examples);
        Assert.Equal(["czas oczekiwania", "pochwała", "inne"], figure.Categories.Select(c => c.Name));
        Assert.Empty(figure.Categories[2].Examples);
    }

    [Fact]
    public void Summarise_QuotesAtMostThree_ShortestFirst_AndCutsLongOnes()
    {
        var remarks = Enumerable.Range(1, 6).Select(i => new ReadRemark(i, new string('a', i) + " kolejka", [1], false, true))
            .Append(new ReadRemark(9, string.Join(' ', Enumerable.Repeat("bardzo", 60)), [2], false, true)).ToList();

        var figure = Remarks.Summarise(remarks, Categories);

        Assert.Equal(["a kolejka", "aa kolejka", "aaa kolejka"], figure.Categories[0].Examples);
        var cut = Assert.Single(figure.Categories[1].Examples);
        Assert.EndsWith("[…]", cut);
        Assert.True(cut.Length <= Remarks.QuoteLength + 4);
    }
}
