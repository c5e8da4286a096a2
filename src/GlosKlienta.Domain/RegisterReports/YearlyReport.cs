namespace GlosKlienta.Domain.RegisterReports;

/// <summary>
/// One case of the register as the yearly report sees it. <see cref="Kind"/>, <see cref="Channel"/> and
/// <see cref="Unit"/> are the labels to count by (the caller decides the wording); <see cref="Closed"/> is the
/// day the matter was handled (reply sent, forwarded, left without consideration), null while open;
/// <see cref="Justified"/> is the finding on a skarga (null for other kinds or while none is recorded).
/// </summary>
public sealed record ReportCase(
    string Kind,
    string Channel,
    string? Unit,
    DateOnly Received,
    DateOnly? Due,
    DateOnly? Closed,
    bool DelayNoticeSent,
    bool? Justified = null);

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
        ArgumentNullException.ThrowIfNull(cases);
        var inYear = cases.Where(c => c.Received.Year == year).ToList();
        var closed = inYear.Where(c => c.Closed is not null).ToList();
        var measured = closed.Where(c => c.Due is not null).ToList();
        var onTime = measured.Count(c => c.Closed <= c.Due);
        var assessed = inYear.Where(c => c.Justified is not null).ToList();
        var justified = assessed.Count(c => c.Justified == true);

        return new YearlyReport(
            year,
            inYear.Count,
            CountBy(inYear, c => c.Kind),
            CountBy(inYear, c => c.Channel),
            CountBy(inYear, c => string.IsNullOrWhiteSpace(c.Unit) ? NoUnit : c.Unit),
            closed.Count,
            onTime,
            measured.Count == 0 ? null : (double)onTime / measured.Count,
            inYear.Count(c => c.Closed is null && c.Due is { } due && due < asOf),
            Median(closed.Select(c => c.Closed!.Value.DayNumber - c.Received.DayNumber).ToList()),
            inYear.Count(c => c.DelayNoticeSent),
            assessed.Count,
            justified,
            assessed.Count == 0 ? null : (double)justified / assessed.Count);
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

    /// <summary>Counts per label, most frequent first, ties by label (Polish order is left to the caller's labels; ordinal here keeps it stable).</summary>
    private static List<ReportCount> CountBy(List<ReportCase> cases, Func<ReportCase, string> label) =>
        cases.GroupBy(label).Select(g => new ReportCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal).ToList();
}
