using GlosKlienta.Domain.Actions;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.RegisterReports;
using GlosKlienta.Domain.Review;

namespace GlosKlienta.Domain.Tests.Review;

/// <summary>The management review's inputs (ISO 9001:2015 9.3.2) that are rules: the register over any range, perception against performance, the register of actions by status, the half-years a range reads.</summary>
public sealed class ReviewFiguresTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static ReportCase Case(string received, string? due, string? closed, string? unit = "Referat Finansowy", string kind = "skarga", string? outcome = null,
        string? noticeDue = null, string? noticeOn = null) =>
        new(kind, "papier", unit, D(received), due is null ? null : D(due), closed is null ? null : D(closed), false, null, outcome,
            noticeDue is null ? null : D(noticeDue), noticeOn is null ? null : D(noticeOn));

    [Fact]
    public void RegisterSummary_CountsOnlyTheRange_ByOutcome_OnTimePerUnit_AndTheMemberNotices()
    {
        var summary = RegisterSummary.Compute(D("2026-03-01"), D("2026-08-31"),
        [
            Case("2026-02-28", "2026-03-30", "2026-03-10"), // before the range
            Case("2026-03-01", "2026-03-31", "2026-03-31", outcome: "zasadna"), // on the last day: on time
            Case("2026-04-01", "2026-04-30", "2026-05-04", outcome: "niezasadna"), // late
            Case("2026-05-01", "2026-05-31", null, unit: "USC"), // open, past its term on the day of the pack
            Case("2026-06-01", "2026-06-30", "2026-06-10", unit: "USC", outcome: "zasadna", noticeDue: "2026-06-15", noticeOn: "2026-06-15"),
            Case("2026-07-01", "2026-07-31", "2026-07-20", unit: "USC", outcome: "zasadna", noticeDue: "2026-07-15", noticeOn: "2026-07-16"),
            Case("2026-08-01", null, null, unit: null, kind: "pismo", noticeDue: "2026-08-15"),
            Case("2026-09-01", "2026-09-30", "2026-09-02"), // after the range
        ], D("2026-09-10"));

        Assert.Equal(6, summary.Received);
        Assert.Equal((4, 3), (summary.Closed, summary.ClosedOnTime));
        Assert.Equal(0.75, summary.ShareOnTime);
        Assert.Equal(1, summary.OpenOverdue);
        Assert.Equal([new ReportCount("zasadna", 3), new ReportCount(RegisterSummary.NoOutcomeYet, 2), new ReportCount("niezasadna", 1)], summary.ByOutcome);
        Assert.Equal([new UnitTimeliness("Referat Finansowy", 2, 1, 0.5), new UnitTimeliness("USC", 2, 2, 1.0)], summary.OnTimeByUnit);
        Assert.Equal(new MemberNoticeFigures(Owed: 3, OnTime: 1, Late: 1, Overdue: 1), summary.MemberNotices);
        Assert.Equal(0.5, summary.MemberNotices.ShareOnTime);
    }

    [Fact]
    public void RegisterSummary_ForAWholeYear_IsTheYearlyReport()
    {
        ReportCase[] cases = [Case("2026-01-05", "2026-02-04", "2026-02-01"), Case("2026-12-31", "2027-01-30", null), Case("2027-01-01", "2027-01-31", null)];
        var year = YearlyReportCalculator.Compute(2026, cases, D("2027-02-10"));
        var range = RegisterSummary.Compute(D("2026-01-01"), D("2026-12-31"), cases, D("2027-02-10"));
        Assert.Equal((2, 1, 1, 1.0), (year.Received, year.Closed, year.OpenOverdue, year.ShareOnTime));
        Assert.Equal((range.Received, range.Closed, range.OpenOverdue, range.ShareOnTime), (year.Received, year.Closed, year.OpenOverdue, year.ShareOnTime));
    }

    [Fact]
    public void Perception_JudgesOnlyWithEnoughAnswersAndCases_AndNamesTheSideThatIsLater()
    {
        var rows = PerceptionAgainstPerformance.Compare(
        [
            new SurveyTimeliness("USC", 80, 32),          // 40% say late…
            new SurveyTimeliness("Referat Finansowy", 60, 6), // 10% say late
            new SurveyTimeliness("Referat Organizacyjny", 12, 6), // too few answers to judge
            new SurveyTimeliness("Gospodarka Komunalna", 40, 4), // no cases in the register
            new SurveyTimeliness("Obrona Cywilna", 0, 0), // nothing from either source: left out
        ],
        [
            new UnitTimeliness("USC", 20, 20, 1.0),                 // …but every case was on time
            new UnitTimeliness("Referat Finansowy", 12, 11, 11 / 12.0), // 1 of 12 late: about the same
            new UnitTimeliness("Referat Organizacyjny", 5, 5, 1.0),
            new UnitTimeliness("Rada", 3, 1, 1 / 3.0),               // only in the register
            new UnitTimeliness(YearlyReportCalculator.NoUnit, 4, 4, 1.0), // no unit: nothing to compare with
        ]);

        Assert.Equal(["USC", "Gospodarka Komunalna", "Rada", "Referat Finansowy", "Referat Organizacyjny"], rows.Select(r => r.Unit).ToList());
        var usc = rows[0];
        Assert.Equal(PerceptionVerdict.PerceivedLater, usc.Verdict);
        Assert.Equal((0.4, 1.0), (usc.SurveyNotOnTimeShare, usc.RegisterOnTimeShare));
        Assert.True(usc.DifferenceLower > 0);
        Assert.Equal(PerceptionVerdict.NoCases, rows.Single(r => r.Unit == "Gospodarka Komunalna").Verdict);
        Assert.Equal(PerceptionVerdict.TooFewAnswers, rows.Single(r => r.Unit == "Rada").Verdict);
        Assert.Equal(PerceptionVerdict.Consistent, rows.Single(r => r.Unit == "Referat Finansowy").Verdict);
        Assert.Equal(PerceptionVerdict.TooFewAnswers, rows.Single(r => r.Unit == "Referat Organizacyjny").Verdict);
    }

    [Fact]
    public void Perception_RecordedLater_WhenCasesAreLateThatClientsCallOnTime()
    {
        var row = Assert.Single(PerceptionAgainstPerformance.Compare([new SurveyTimeliness("USC", 100, 2)], [new UnitTimeliness("USC", 20, 10, 0.5)]));
        Assert.Equal(PerceptionVerdict.RecordedLater, row.Verdict);
        Assert.True(row.DifferenceUpper < 0);
    }

    [Fact]
    public void ActionCounts_ByStatus_OverdueOnTheDay_AndStartedInTheRange()
    {
        var asOf = D("2026-12-10");
        var counts = ActionCounts.Of(
        [
            (ActionStatus.Planned, D("2026-12-01"), D("2026-06-01")),   // overdue
            (ActionStatus.InProgress, D("2026-12-31"), D("2026-11-01")),
            (ActionStatus.Done, D("2026-11-01"), D("2025-12-01")),      // done late is not overdue
            (ActionStatus.Effective, D("2026-03-01"), D("2026-01-10")),
            (ActionStatus.Cancelled, D("2026-03-01"), D("2026-02-10")),
        ], D("2026-01-01"), D("2026-12-31"), asOf);
        Assert.Equal(new ActionCounts(Total: 5, Planned: 1, InProgress: 1, Overdue: 1, Done: 1, Effective: 1, NotEffective: 0, Cancelled: 1, StartedInRange: 4), counts);
        Assert.Equal(2, counts.Open);
    }

    [Fact]
    public void SurveyPeriods_AreTheHalfYearsOverlappingTheRange_AfterTwoEarlierOnesForTheTrend()
    {
        var periods = ReviewFigures.SurveyPeriods(D("2026-01-01"), D("2026-12-31"));
        Assert.Equal(["2025H1", "2025H2", "2026H1", "2026H2"], periods.Select(p => p.Period.ToString()).ToList());
        Assert.Equal([false, false, true, true], periods.Select(p => p.InRange).ToList());
        Assert.Equal(["2025H2", "2026H1"], ReviewFigures.SurveyPeriods(D("2026-03-15"), D("2026-04-01"), 1).Select(p => p.Period.ToString()).ToList());
        Assert.Throws<ArgumentException>(() => ReviewFigures.SurveyPeriods(D("2026-02-01"), D("2026-01-01")));
    }
}
