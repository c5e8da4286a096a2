using GlosKlienta.Domain.Reminders;

namespace GlosKlienta.Domain.Tests.Reminders;

public sealed class TermWarningTests
{
    private static readonly DateOnly Due = new(2026, 3, 20);
    private static readonly int[] Days = [7, 2];

    [Theory]
    [InlineData("2026-03-12", null)]       // 8 days left
    [InlineData("2026-03-13", "7-dni")]    // 7 days left
    [InlineData("2026-03-17", "7-dni")]    // 3 days left
    [InlineData("2026-03-18", "2-dni")]    // 2 days left
    [InlineData("2026-03-20", "2-dni")]    // the last day: not yet expired
    [InlineData("2026-03-21", "po-terminie")]
    public void Applicable_IsTheMostUrgentWarningOfTheDay(string today, string? expected)
    {
        Assert.Equal(expected, TermWarning.Applicable(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), Due, Days));
    }

    [Fact]
    public void Applicable_WithoutThresholds_WarnsOnlyAfterExpiry()
    {
        Assert.Null(TermWarning.Applicable(new DateOnly(2026, 3, 19), Due, []));
        Assert.Equal(TermWarning.Expired, TermWarning.Applicable(new DateOnly(2026, 3, 21), Due, []));
    }
}
