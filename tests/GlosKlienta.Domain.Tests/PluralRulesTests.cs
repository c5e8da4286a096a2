namespace GlosKlienta.Domain.Tests;

/// <summary>The CLDR plural categories of Polish, Ukrainian and English for the counts on the public pages.</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData(0, PluralCategory.Many)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Few)]
    [InlineData(5, PluralCategory.Many)]
    [InlineData(11, PluralCategory.Many)]
    [InlineData(12, PluralCategory.Many)]
    [InlineData(14, PluralCategory.Many)]
    [InlineData(21, PluralCategory.Many)]
    [InlineData(22, PluralCategory.Few)]
    [InlineData(25, PluralCategory.Many)]
    [InlineData(101, PluralCategory.Many)]
    [InlineData(111, PluralCategory.Many)]
    [InlineData(1002, PluralCategory.Few)]
    public void Polish(int n, PluralCategory expected) => Assert.Equal(expected, PluralRules.Of("pl", n));

    [Theory]
    [InlineData(0, PluralCategory.Many)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Few)]
    [InlineData(5, PluralCategory.Many)]
    [InlineData(11, PluralCategory.Many)]
    [InlineData(12, PluralCategory.Many)]
    [InlineData(14, PluralCategory.Many)]
    [InlineData(21, PluralCategory.One)]
    [InlineData(22, PluralCategory.Few)]
    [InlineData(25, PluralCategory.Many)]
    [InlineData(101, PluralCategory.One)]
    [InlineData(111, PluralCategory.Many)]
    [InlineData(1002, PluralCategory.Few)]
    public void Ukrainian(int n, PluralCategory expected) => Assert.Equal(expected, PluralRules.Of("uk", n));

    [Theory]
    [InlineData(0, PluralCategory.Other)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Other)]
    [InlineData(5, PluralCategory.Other)]
    [InlineData(11, PluralCategory.Other)]
    [InlineData(12, PluralCategory.Other)]
    [InlineData(14, PluralCategory.Other)]
    [InlineData(21, PluralCategory.Other)]
    [InlineData(22, PluralCategory.Other)]
    [InlineData(25, PluralCategory.Other)]
    [InlineData(101, PluralCategory.Other)]
    [InlineData(111, PluralCategory.Other)]
    public void English(int n, PluralCategory expected) => Assert.Equal(expected, PluralRules.Of("en", n));

    [Theory]
    [InlineData("pl", PluralCategory.Other)]
    [InlineData("uk", PluralCategory.Other)]
    [InlineData("en", PluralCategory.Other)]
    public void Fractions_AreOther_InEveryLanguage(string language, PluralCategory expected)
    {
        Assert.Equal(expected, PluralRules.Of(language, 1.5m));
        Assert.Equal(expected, PluralRules.Of(language, 2.5m));
        // 1.0 written without decimals is an integer: "1 odpowiedź".
        Assert.Equal(PluralCategory.One, PluralRules.Of(language, 1.0m));
    }

    [Fact]
    public void Negative_NumbersTakeTheFormOfTheirSize() => Assert.Equal(PluralCategory.One, PluralRules.Of("uk", -21));

    [Theory]
    [InlineData("uk", 1, "відповідь")]
    [InlineData("uk", 21, "відповідь")]
    [InlineData("uk", 3, "відповіді")]
    [InlineData("uk", 11, "відповідей")]
    [InlineData("uk", 25, "відповідей")]
    [InlineData("pl", 21, "odpowiedzi")]
    [InlineData("pl", 23, "odpowiedzi-few")]
    [InlineData("en", 1, "response")]
    [InlineData("en", 2, "responses")]
    [InlineData("en", 21, "responses")]
    public void Pick_ChoosesAmongTheThreeFormsAResourceKeeps(string language, int n, string expected)
    {
        var forms = language switch
        {
            "uk" => ("відповідь", "відповіді", "відповідей"),
            "pl" => ("odpowiedź", "odpowiedzi-few", "odpowiedzi"),
            _ => ("response", "responses", "responses"),
        };
        Assert.Equal(expected, PluralRules.Pick(language, n, forms.Item1, forms.Item2, forms.Item3));
    }

    [Fact]
    public void Pick_AFraction_TakesTheGenitiveSingularInPolishAndUkrainian_AndThePluralInEnglish()
    {
        Assert.Equal("odpowiedzi-few", PluralRules.Pick("pl", 1.5m, "odpowiedź", "odpowiedzi-few", "odpowiedzi-many"));
        Assert.Equal("відповіді", PluralRules.Pick("uk", 2.5m, "відповідь", "відповіді", "відповідей"));
        Assert.Equal("responses", PluralRules.Pick("en", 1.5m, "response", "responses", "responses"));
    }
}
