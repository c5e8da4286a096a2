using GlosKlienta.Domain.Register;

namespace GlosKlienta.Domain.Tests.Register;

/// <summary>The case mark (znak sprawy) of the instrukcja kancelaryjna: unit symbol, JRWA class, number in class and year, year.</summary>
public sealed class CaseMarkTests
{
    [Fact]
    public void Format_TheDefaultPattern_GivesUnitClassNumberYear() =>
        Assert.Equal("OR.1510.3.2026", CaseMark.Format(CaseMark.DefaultPattern, "OR", "1510", 3, 2026));

    [Fact]
    public void Format_AnOfficesOwnPattern_IsFollowed() =>
        Assert.Equal("SO-1510/12/2027", CaseMark.Format("{komorka}-{jrwa}/{nr}/{rok}", "SO", "1510", 12, 2027));

    [Theory]
    [InlineData("{komorka}.{jrwa}.{rok}")]
    [InlineData("{komorka}.{nr}.{rok}")]
    [InlineData("")]
    public void Format_APatternWithoutClassNumberOrYear_IsRefused(string pattern)
    {
        Assert.False(CaseMark.IsValidPattern(pattern));
        Assert.Throws<ArgumentException>(() => CaseMark.Format(pattern, "OR", "1510", 1, 2026));
    }
}
