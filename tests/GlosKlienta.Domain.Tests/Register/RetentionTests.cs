using System.Globalization;
using GlosKlienta.Domain.Register;

namespace GlosKlienta.Domain.Tests.Register;

/// <summary>JRWA retention: B-n runs n full years from 1 January of the year after closing; A is never disposed of.</summary>
public sealed class RetentionTests
{
    private static ArchivalCategory Cat(string text) => ArchivalCategory.Parse(text);

    [Theory]
    [InlineData("B5", "2020-01-01", "2026-01-01")]
    [InlineData("B5", "2020-12-31", "2026-01-01")]
    [InlineData("B5", "2021-01-01", "2027-01-01")]
    [InlineData("B10", "2015-06-30", "2026-01-01")]
    [InlineData("BE5", "2020-07-15", "2026-01-01")]
    [InlineData("B-2", "2024-02-29", "2027-01-01")]
    public void DisposableFrom_IsTheFirstOfJanuaryAfterNFullYears(string category, string closed, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), Retention.DisposableFrom(Cat(category), DateOnly.Parse(closed, CultureInfo.InvariantCulture)));

    [Fact]
    public void DisposableFrom_CategoryA_IsNever() =>
        Assert.Null(Retention.DisposableFrom(ArchivalCategory.A, new DateOnly(1990, 5, 1)));

    [Fact]
    public void StatusOn_TheLastDayOfTheLastFullYear_IsStillKept_AndTheNextDayDue()
    {
        var closed = new DateOnly(2020, 12, 31);
        Assert.Equal(new RetentionStatus(RetentionState.Kept, new DateOnly(2026, 1, 1)), Retention.StatusOn(Cat("B5"), closed, new DateOnly(2025, 12, 31)));
        Assert.Equal(new RetentionStatus(RetentionState.Due, new DateOnly(2026, 1, 1)), Retention.StatusOn(Cat("B5"), closed, new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void StatusOn_ExpertReviewCategory_IsDueOnlyAfterTheArchivesReview()
    {
        var status = Retention.StatusOn(Cat("BE5"), new DateOnly(2019, 3, 1), new DateOnly(2026, 3, 1));
        Assert.Equal(RetentionState.DueAfterExpertReview, status.State);
        Assert.True(status.IsDue);
    }

    [Fact]
    public void StatusOn_CategoryA_IsToBeHandedToTheArchive_NeverDue()
    {
        var status = Retention.StatusOn(ArchivalCategory.A, new DateOnly(1990, 1, 1), new DateOnly(2026, 1, 1));
        Assert.Equal(RetentionState.ToArchive, status.State);
        Assert.False(status.IsDue);
        Assert.Null(status.DisposableFrom);
    }

    [Fact]
    public void StatusOn_AnOpenCase_HasNoPeriodYet() =>
        Assert.Equal(RetentionState.Open, Retention.StatusOn(Cat("B5"), null, new DateOnly(2040, 1, 1)).State);

    [Theory]
    [InlineData("B5", "2026-01-01", "2020-12-31")]
    [InlineData("B5", "2026-12-31", "2020-12-31")]
    [InlineData("BE10", "2026-06-01", "2015-12-31")]
    public void ClosedOnOrBeforeToBeDue_AgreesWithStatusOn(string category, string today, string expected)
    {
        var t = DateOnly.Parse(today, CultureInfo.InvariantCulture);
        var last = Retention.ClosedOnOrBeforeToBeDue(Cat(category), t)!.Value;
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), last);
        Assert.True(Retention.StatusOn(Cat(category), last, t).IsDue);
        Assert.False(Retention.StatusOn(Cat(category), last.AddDays(1), t).IsDue);
    }

    [Theory]
    [InlineData("A", "A")]
    [InlineData(" b5 ", "B5")]
    [InlineData("B-10", "B10")]
    [InlineData("be5", "BE5")]
    [InlineData("BE-50", "BE50")]
    public void Parse_ReadsTheJrwaNotation(string text, string expected) => Assert.Equal(expected, Cat(text).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("B")]
    [InlineData("Bc")]
    [InlineData("B0")]
    [InlineData("C5")]
    [InlineData("B5x")]
    [InlineData("B+5")]
    public void TryParse_RefusesWhatIsNoCategory(string text) => Assert.Null(ArchivalCategory.TryParse(text));
}
