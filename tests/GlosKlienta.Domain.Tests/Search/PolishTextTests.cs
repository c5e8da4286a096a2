using GlosKlienta.Domain.Search;

namespace GlosKlienta.Domain.Tests.Search;

public sealed class PolishTextTests
{
    [Theory]
    [InlineData("Zaświadczenie", "zaswiadczenie")]
    [InlineData("ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż", "acelnoszz acelnoszz")]
    [InlineData("ul. Parkowa 1, 38-600", "ul  parkowa 1  38 600")]
    [InlineData("z\u0307ółw", "zolw")] // the dot typed as a separate combining mark
    [InlineData("Café Müller", "cafe muller")]
    public void Fold_LowersAndDropsDiacritics_AndTurnsPunctuationIntoSpaces(string text, string folded)
    {
        Assert.Equal(folded, PolishText.Fold(text));
    }

    [Theory]
    // Every case of a noun gives one stem, the fleeting "e" included.
    [InlineData("podatek podatku podatkowi podatkiem podatki podatków podatkom podatkami podatkach", "podatk")]
    [InlineData("podatkowy podatkowa podatkowe podatkowej podatkowego podatkowych podatkowymi", "podatk")]
    [InlineData("odpady odpadów odpadom odpadami odpadach", "odpad")]
    [InlineData("zameldowanie zameldowania zameldowaniu zameldowaniem zameldowań zameldowaniami", "zameldowan")]
    [InlineData("zaświadczenie zaświadczenia zaświadczeń zaświadczeniu zaświadczeniach", "zaswiadczen")]
    [InlineData("ludność ludności ludnością", "ludnosc")]
    [InlineData("kancelaria kancelarii kancelarię kancelarią", "kancelar")]
    [InlineData("rada rady radzie radę radą", "rad")]
    [InlineData("budżet budżetu budżecie budżetem budżetowa", "budzet")]
    [InlineData("droga drogi drodze drogą dróg drogowego", "drog")]
    [InlineData("opłata opłaty opłacie opłatą", "oplat")]
    [InlineData("urząd urzędu urzędzie urzędem urzędów", "urzad")]
    [InlineData("mieszkaniec mieszkańca mieszkańcy mieszkańców", "mieszkanc")]
    [InlineData("rynek rynku rynkiem", "rynk")]
    [InlineData("Parkowa Parkowej Parkową", "park")]
    // "-unek" names the act of an "-ować" verb.
    [InlineData("meldunek meldunku meldunki meldować", "meldow")]
    public void Stem_GivesOneStemForTheFormsOfAWord(string forms, string stem)
    {
        Assert.All(PolishText.Words(forms), w => Assert.Equal(stem, PolishText.Stem(w)));
    }

    [Theory]
    [InlineData("akt")]    // short words are their own stem
    [InlineData("usc")]
    [InlineData("21")]
    [InlineData("3a")]
    [InlineData("wiek")]   // "-iek" keeps its "e": wiek, wieku
    [InlineData("slub")]
    public void Stem_LeavesShortWordsNumbersAndBareStemsAlone(string word)
    {
        Assert.Equal(word, PolishText.Stem(word));
    }

    [Theory]
    [InlineData("budowa", "budow")]        // not "bud": an "-owa" adjective ending needs a longer stem
    [InlineData("zajęcie", "zajec")]       // a noun of action keeps "c" (zajęcia), unlike budżecie → budżet
    [InlineData("usunięcie", "usuniec")]
    public void Stem_DoesNotCutIntoShortOrActionStems(string word, string stem)
    {
        Assert.Equal(stem, PolishText.Stem(PolishText.Fold(word)));
    }

    [Fact]
    public void WithoutVerbalPrefix_LeavesEnoughOfTheStem()
    {
        Assert.Equal(["meldowan"], PolishText.WithoutVerbalPrefix("zameldowan"));
        Assert.Empty(PolishText.WithoutVerbalPrefix("podatk")); // not "po" + "datk"
        Assert.Empty(PolishText.WithoutVerbalPrefix("odpad"));
    }

    [Fact]
    public void StopWords_AreTheLittleWordsAroundTheOnesThatMatter()
    {
        Assert.True(PolishText.IsStopWord("od"));
        Assert.True(PolishText.IsStopWord("ds"));
        Assert.False(PolishText.IsStopWord("usc"));
    }
}
