using GlosKlienta.Domain.Analysis;

namespace GlosKlienta.Domain.Tests.Analysis;

/// <summary>The period's box-opening day and which boxes still need opening (issue 12: paper forms belong to the half-year they were dropped in).</summary>
public sealed class BoxOpeningDayTests
{
    [Theory]
    [InlineData("2026H1", "2026-06-30")] // a Tuesday
    [InlineData("2025H1", "2025-06-30")] // a Monday
    [InlineData("2024H1", "2024-06-28")] // 30 June 2024 is a Sunday: the Friday before
    [InlineData("2026H2", "2026-12-31")] // a Thursday
    [InlineData("2027H2", "2027-12-31")] // a Friday
    [InlineData("2022H2", "2022-12-30")] // 31 December 2022 is a Saturday
    public void For_IsTheLastWorkingDayOfThePeriod(string period, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), BoxOpeningDay.For(ReportingPeriod.Parse(period)));

    [Fact]
    public void Unopened_AreBoxesNeverOpened_OrLastOpenedBeforeTheDay()
    {
        (string Box, DateOnly? Last)[] boxes =
        [
            ("parkowa", new DateOnly(2026, 6, 30)),
            ("ratusz", new DateOnly(2026, 6, 29)),
            ("biblioteka", null),
            ("szkoła", new DateOnly(2026, 7, 3)),
        ];

        var unopened = BoxOpeningDay.Unopened(ReportingPeriod.Parse("2026H1"), boxes, b => b.Last);

        Assert.Equal(["ratusz", "biblioteka"], unopened.Select(b => b.Box));
    }
}
