using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Domain.Tests.Analysis;

public sealed class ReportingPeriodTests
{
    [Theory]
    [InlineData("2026H1", 2026, 1, "2026-01-01", "2026-06-30")]
    [InlineData("2026h2", 2026, 2, "2026-07-01", "2026-12-31")]
    [InlineData(" 2026 ", 2026, 0, "2026-01-01", "2026-12-31")]
    public void Parse_ReadsHalfYearsAndYears(string text, int year, int half, string start, string end)
    {
        var p = ReportingPeriod.Parse(text);
        Assert.Equal(year, p.Year);
        Assert.Equal(half, p.Half);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), p.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), p.End);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026H3")]
    [InlineData("2026H0")]
    [InlineData("26H1")]
    [InlineData("2026-1")]
    [InlineData("1999")]
    [InlineData("２０２６")]
    [InlineData(null)]
    public void TryParse_RefusesAnythingElse(string? text) => Assert.False(ReportingPeriod.TryParse(text, out _));

    [Theory]
    [InlineData("2026H1", "2026H1")]
    [InlineData("2026H2", "2026H2")]
    [InlineData("2026", "2026")]
    public void ToString_RoundTrips(string text, string expected) => Assert.Equal(expected, ReportingPeriod.Parse(text).ToString());

    [Theory]
    [InlineData("2026H1", "2025H2", "2025H1")]
    [InlineData("2026H2", "2026H1", "2025H2")]
    [InlineData("2026", "2025", "2025")]
    public void PreviousAndYearEarlier(string text, string previous, string yearEarlier)
    {
        var p = ReportingPeriod.Parse(text);
        Assert.Equal(previous, p.Previous.ToString());
        Assert.Equal(yearEarlier, p.YearEarlier.ToString());
        Assert.Equal(text, p.Previous.Next.ToString());
    }

    [Theory]
    [InlineData("2026-01-01", "2025H2")]
    [InlineData("2026-06-30", "2025H2")]
    [InlineData("2026-07-01", "2026H1")]
    [InlineData("2026-12-31", "2026H1")]
    public void JustEnded_IsTheHalfYearBeforeTheOneTodayIsIn(string today, string expected) =>
        Assert.Equal(expected, ReportingPeriod.JustEnded(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).ToString());

    [Fact]
    public void Months_ListsEachFirstDay()
    {
        Assert.Equal(6, ReportingPeriod.Parse("2026H2").Months.Count);
        Assert.Equal(new DateOnly(2026, 7, 1), ReportingPeriod.Parse("2026H2").Months[0]);
        Assert.Equal(new DateOnly(2026, 12, 1), ReportingPeriod.Parse("2026").Months[^1]);
        Assert.Equal(["2026H1", "2026H2"], ReportingPeriod.Parse("2026").Halves.Select(h => h.ToString()));
    }

    [Fact]
    public void PolishName_NamesTheHalf()
    {
        Assert.Equal("I półrocze 2026", ReportingPeriod.Parse("2026H1").PolishName);
        Assert.Equal("II półrocze 2026", ReportingPeriod.Parse("2026H2").PolishName);
        Assert.Equal("rok 2026", ReportingPeriod.Parse("2026").PolishName);
    }
}
