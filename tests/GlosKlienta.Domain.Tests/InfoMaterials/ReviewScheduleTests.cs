using GlosKlienta.Domain.InfoMaterials;

namespace GlosKlienta.Domain.Tests.InfoMaterials;

public sealed class ReviewScheduleTests
{
    [Fact]
    public void NextReview_AddsTheIntervalInMonths()
    {
        Assert.Equal(new DateOnly(2027, 2, 28), ReviewSchedule.NextReview(new DateOnly(2026, 8, 31), 6));
    }

    [Fact]
    public void IsOverdue_OnlyAfterTheDueDay()
    {
        var due = new DateOnly(2026, 11, 27);
        Assert.False(ReviewSchedule.IsOverdue(due, due));
        Assert.True(ReviewSchedule.IsOverdue(due, due.AddDays(1)));
        Assert.Equal(-1, ReviewSchedule.DaysLeft(due, due.AddDays(1)));
    }

    [Theory]
    [InlineData("2026-11-27", 12, "2027-03-31")]
    [InlineData("2026-03-31", 12, "2027-03-31")]
    [InlineData("2026-01-10", 1, "2026-02-10")]
    [InlineData("2026-02-15", 12, "2026-03-31")]
    public void NextReviewBy31March_IsTheEarlierOfIntervalAndNext31March(string reviewed, int months, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            ReviewSchedule.NextReviewBy31March(DateOnly.Parse(reviewed, System.Globalization.CultureInfo.InvariantCulture), months));
    }
}
