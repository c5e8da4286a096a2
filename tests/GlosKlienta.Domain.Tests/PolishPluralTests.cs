namespace GlosKlienta.Domain.Tests;

/// <summary>Polish plural forms after a number (the rules of any Polish grammar: 1; 2–4 except 12–14; the rest).</summary>
public sealed class PolishPluralTests
{
    [Theory]
    [InlineData(0, "formularzy")]
    [InlineData(1, "formularz")]
    [InlineData(2, "formularze")]
    [InlineData(4, "formularze")]
    [InlineData(5, "formularzy")]
    [InlineData(11, "formularzy")]
    [InlineData(12, "formularzy")]
    [InlineData(14, "formularzy")]
    [InlineData(21, "formularzy")]
    [InlineData(22, "formularze")]
    [InlineData(104, "formularze")]
    [InlineData(112, "formularzy")]
    [InlineData(1001, "formularzy")]
    [InlineData(1002, "formularze")]
    public void Of_ChoosesTheFormTheNumberTakes(long n, string expected) =>
        Assert.Equal(expected, PolishPlural.Of(n, "formularz", "formularze", "formularzy"));

    [Theory]
    [InlineData(1, "1 odpowiedź")]
    [InlineData(3, "3 odpowiedzi")]
    [InlineData(5, "5 wprowadzeń")]
    [InlineData(1234, "1\u00a0234 odpowiedzi")]
    public void Count_WritesTheNumberWithItsNoun(long n, string expected)
    {
        var text = n == 5 ? PolishPlural.Count(n, "wprowadzenie", "wprowadzenia", "wprowadzeń") : PolishPlural.Count(n, "odpowiedź", "odpowiedzi", "odpowiedzi");
        Assert.Equal(expected, text);
    }
}
