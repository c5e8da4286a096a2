namespace GlosKlienta.Domain.RegisterReports;

/// <summary>One unit's cases whose statutory term could be measured: closed, and closed by the term.</summary>
public sealed record UnitTimeliness(string Unit, int Measured, int OnTime, double? Share);

/// <summary>The art. 237 § 2 KPA notices to a poseł, senator or radny owed in the range: sent by the term, sent late, still owed past it.</summary>
public sealed record MemberNoticeFigures(int Owed, int OnTime, int Late, int Overdue)
{
    public double? ShareOnTime => OnTime + Late == 0 ? null : (double)OnTime / (OnTime + Late);
}

/// <summary>
/// The register over a date range, for the yearly report to the council and the management review (ISO 9001:2015 9.3.2):
/// counts by kind, channel, unit and outcome, the share closed by the statutory term (overall and per unit), the share of
/// skargi found justified and the art. 237 § 2 notices. Shares and the median are null when there is nothing to compute
/// them from, never zero.
/// </summary>
public sealed record RegisterSummary(
    DateOnly From,
    DateOnly To,
    int Received,
    IReadOnlyList<ReportCount> ByKind,
    IReadOnlyList<ReportCount> ByChannel,
    IReadOnlyList<ReportCount> ByUnit,
    IReadOnlyList<ReportCount> ByOutcome,
    int Closed,
    int ClosedOnTime,
    double? ShareOnTime,
    int OpenOverdue,
    double? MedianDaysToClose,
    int DelayNotices,
    int ComplaintsAssessed,
    int ComplaintsJustified,
    double? ShareJustified,
    MemberNoticeFigures MemberNotices,
    IReadOnlyList<UnitTimeliness> OnTimeByUnit)
{
    /// <summary>The label of a case still without an outcome.</summary>
    public const string NoOutcomeYet = "w toku";

    /// <param name="cases">Any cases; those received outside [<paramref name="from"/>, <paramref name="to"/>] are ignored.</param>
    /// <param name="asOf">Today, to count cases and notices still owed past their term.</param>
    public static RegisterSummary Compute(DateOnly from, DateOnly to, IEnumerable<ReportCase> cases, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var inRange = cases.Where(c => c.Received >= from && c.Received <= to).ToList();
        var closed = inRange.Where(c => c.Closed is not null).ToList();
        var measured = closed.Where(c => c.Due is not null).ToList();
        var onTime = measured.Count(c => c.Closed <= c.Due);
        var assessed = inRange.Where(c => c.Justified is not null).ToList();
        var justified = assessed.Count(c => c.Justified == true);
        var owed = inRange.Where(c => c.MemberNoticeDue is not null).ToList();
        var notices = new MemberNoticeFigures(
            owed.Count,
            owed.Count(c => c.MemberNoticeOn is { } on && on <= c.MemberNoticeDue),
            owed.Count(c => c.MemberNoticeOn is { } on && on > c.MemberNoticeDue),
            owed.Count(c => c.MemberNoticeOn is null && c.MemberNoticeDue < asOf));
        var byUnit = measured.GroupBy(UnitOf, StringComparer.Ordinal)
            .Select(g => new UnitTimeliness(g.Key, g.Count(), g.Count(c => c.Closed <= c.Due), (double)g.Count(c => c.Closed <= c.Due) / g.Count()))
            .OrderBy(u => u.Unit, StringComparer.Ordinal).ToList();

        return new RegisterSummary(
            from, to,
            inRange.Count,
            CountBy(inRange, c => c.Kind),
            CountBy(inRange, c => c.Channel),
            CountBy(inRange, UnitOf),
            CountBy(inRange, c => c.Outcome ?? NoOutcomeYet),
            closed.Count,
            onTime,
            measured.Count == 0 ? null : (double)onTime / measured.Count,
            inRange.Count(c => c.Closed is null && c.Due is { } due && due < asOf),
            YearlyReportCalculator.Median(closed.Select(c => c.Closed!.Value.DayNumber - c.Received.DayNumber).ToList()),
            inRange.Count(c => c.DelayNoticeSent),
            assessed.Count,
            justified,
            assessed.Count == 0 ? null : (double)justified / assessed.Count,
            notices,
            byUnit);
    }

    private static string UnitOf(ReportCase c) => string.IsNullOrWhiteSpace(c.Unit) ? YearlyReportCalculator.NoUnit : c.Unit;

    /// <summary>Counts per label, most frequent first, ties by label (ordinal, so the order is stable).</summary>
    private static List<ReportCount> CountBy(List<ReportCase> cases, Func<ReportCase, string> label) =>
        cases.GroupBy(label).Select(g => new ReportCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal).ToList();
}
