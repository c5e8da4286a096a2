namespace GlosKlienta.Domain.RegisterReports;

/// <summary>
/// One case of the register as the yearly report sees it. <see cref="Kind"/>, <see cref="Channel"/> and
/// <see cref="Unit"/> are the labels to count by (the caller decides the wording); <see cref="Closed"/> is the
/// day the matter was handled (reply sent, forwarded, left without consideration), null while open;
/// <see cref="Justified"/> is the finding on a skarga (null for other kinds or while none is recorded);
/// <see cref="Outcome"/> the outcome's label (null while none); <see cref="MemberNoticeDue"/> and <see cref="MemberNoticeOn"/>
/// the last day of the art. 237 § 2 notice to a member of parliament or the council and the day it went (null: none owed, not sent).
/// </summary>
public sealed record ReportCase(
    string Kind,
    string Channel,
    string? Unit,
    DateOnly Received,
    DateOnly? Due,
    DateOnly? Closed,
    bool DelayNoticeSent,
    bool? Justified = null,
    string? Outcome = null,
    DateOnly? MemberNoticeDue = null,
    DateOnly? MemberNoticeOn = null);

/// <summary>A label and how many cases carry it.</summary>
public sealed record ReportCount(string Label, int Count);

/// <summary>
/// The year's figures for the council and the management review (ISO 9001 9.3.2). Shares and the median are
/// null when there is nothing to compute them from, never zero.
/// </summary>
public sealed record YearlyReport(
    int Year,
    int Received,
    IReadOnlyList<ReportCount> ByKind,
    IReadOnlyList<ReportCount> ByChannel,
    IReadOnlyList<ReportCount> ByUnit,
    int Closed,
    int ClosedOnTime,
    double? ShareOnTime,
    int OpenOverdue,
    double? MedianDaysToClose,
    int DelayNotices,
    int ComplaintsAssessed,
    int ComplaintsJustified,
    double? ShareJustified);

/// <summary>Pure computation of the <see cref="YearlyReport"/>: the cases received in the year, counted and measured.</summary>
public static class YearlyReportCalculator
{
    /// <summary>The label of cases without an organisational unit.</summary>
    public const string NoUnit = "bez przypisanej komórki";

    /// <param name="year">Cases received in this calendar year are counted.</param>
    /// <param name="cases">Any cases; those received in other years are ignored.</param>
    /// <param name="asOf">Today, to count cases still open past their due date.</param>
    public static YearlyReport Compute(int year, IEnumerable<ReportCase> cases, DateOnly asOf)
    {
        var r = RegisterSummary.Compute(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cases, asOf);
        return new YearlyReport(year, r.Received, r.ByKind, r.ByChannel, r.ByUnit, r.Closed, r.ClosedOnTime, r.ShareOnTime, r.OpenOverdue,
            r.MedianDaysToClose, r.DelayNotices, r.ComplaintsAssessed, r.ComplaintsJustified, r.ShareJustified);
    }

    /// <summary>The middle value; with an even count the mean of the two middle values. Null for no values.</summary>
    public static double? Median(IReadOnlyList<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
