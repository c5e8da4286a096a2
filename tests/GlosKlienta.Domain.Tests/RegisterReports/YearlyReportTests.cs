using GlosKlienta.Domain.RegisterReports;

namespace GlosKlienta.Domain.Tests.RegisterReports;

public sealed class YearlyReportTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
    private static readonly DateOnly Today = D("2027-01-15");

    private static ReportCase Case(string received, string? due, string? closed, string kind = "skarga", string channel = "papier", string? unit = "Referat Finansowy", bool notice = false, bool? justified = null) =>
        new(kind, channel, unit, D(received), due is null ? null : D(due), closed is null ? null : D(closed), notice, justified);

    [Fact]
    public void EmptyYear_HasZeroCountsAndNoSharesOrMedian()
    {
        var report = YearlyReportCalculator.Compute(2026, [Case("2025-12-31", "2026-01-31", "2026-01-10")], Today);

        Assert.Equal(0, report.Received);
        Assert.Empty(report.ByKind);
        Assert.Null(report.ShareOnTime);
        Assert.Null(report.MedianDaysToClose);
        Assert.Null(report.ShareJustified);
        Assert.Equal(0, report.DelayNotices);
    }

    [Fact]
    public void CountsByKindChannelAndUnit_MostFrequentFirst()
    {
        var report = YearlyReportCalculator.Compute(2026,
            [
                Case("2026-02-01", null, null, kind: "wniosek", channel: "e-mail", unit: null),
                Case("2026-03-01", null, null, kind: "skarga", channel: "papier"),
                Case("2026-04-01", null, null, kind: "skarga", channel: "e-mail"),
            ], Today);

        Assert.Equal([new ReportCount("skarga", 2), new ReportCount("wniosek", 1)], report.ByKind);
        Assert.Equal([new ReportCount("e-mail", 2), new ReportCount("papier", 1)], report.ByChannel);
        Assert.Equal([new ReportCount("Referat Finansowy", 2), new ReportCount(YearlyReportCalculator.NoUnit, 1)], report.ByUnit);
    }

    [Fact]
    public void ShareOnTime_CountsClosedCasesAgainstTheirDueDate_AndOpenOverdueSeparately()
    {
        var report = YearlyReportCalculator.Compute(2026,
            [
                Case("2026-01-05", "2026-02-05", "2026-02-05"), // on the last day: on time
                Case("2026-01-05", "2026-02-05", "2026-02-06"), // one day late
                Case("2026-03-02", "2026-04-02", "2026-03-20"),
                Case("2026-12-01", "2027-01-04", null),         // open, overdue on 15 January
                Case("2026-12-20", "2027-01-20", null),         // open, not yet due
            ], Today);

        Assert.Equal(3, report.Closed);
        Assert.Equal(2, report.ClosedOnTime);
        Assert.Equal(2.0 / 3, report.ShareOnTime!.Value, 10);
        Assert.Equal(1, report.OpenOverdue);
    }

    [Fact]
    public void Median_WithEvenCount_IsTheMeanOfTheTwoMiddleValues()
    {
        // 3, 10, 20, 31 days: (10 + 20) / 2.
        var report = YearlyReportCalculator.Compute(2026,
            [
                Case("2026-01-01", null, "2026-02-01"),
                Case("2026-01-01", null, "2026-01-04"),
                Case("2026-01-01", null, "2026-01-21"),
                Case("2026-01-01", null, "2026-01-11"),
            ], Today);
        Assert.Equal(15.0, report.MedianDaysToClose);
    }

    [Fact]
    public void Median_WithTiesInTheMiddle_IsTheTiedValue()
    {
        Assert.Equal(5.0, YearlyReportCalculator.Median([9, 5, 3, 5]));
        Assert.Equal(5.0, YearlyReportCalculator.Median([5, 5, 5]));
        Assert.Equal(4.0, YearlyReportCalculator.Median([4]));
        Assert.Null(YearlyReportCalculator.Median([]));
    }

    [Fact]
    public void DelayNoticesAndJustifiedComplaints_AreCounted()
    {
        var report = YearlyReportCalculator.Compute(2026,
            [
                Case("2026-05-04", "2026-06-04", "2026-06-20", notice: true, justified: true),
                Case("2026-05-04", "2026-06-04", "2026-05-20", justified: false),
                Case("2026-05-04", "2026-06-04", "2026-05-21", justified: false),
                Case("2026-05-04", "2026-06-04", "2026-05-22", kind: "wniosek"),
            ], Today);

        Assert.Equal(1, report.DelayNotices);
        Assert.Equal(3, report.ComplaintsAssessed);
        Assert.Equal(1, report.ComplaintsJustified);
        Assert.Equal(1.0 / 3, report.ShareJustified!.Value, 10);
    }
}
