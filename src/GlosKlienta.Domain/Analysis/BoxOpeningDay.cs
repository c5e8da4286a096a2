using GlosKlienta.Domain.Register;

namespace GlosKlienta.Domain.Analysis;

/// <summary>
/// Paper forms belong to the half-year they were dropped in, so the period's end is a box-opening
/// day: its last working day (not a Saturday, Sunday or public holiday). A period's protocol is
/// complete only when every active box was opened on that day or later.
/// </summary>
public static class BoxOpeningDay
{
    /// <summary>The last working day of <paramref name="period"/>: 30 June or 31 December, or the working day before.</summary>
    public static DateOnly For(ReportingPeriod period)
    {
        var day = period.End;
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || PolishHolidays.IsHoliday(day, out _)) day = day.AddDays(-1);
        return day;
    }

    /// <summary>The boxes (active ones) whose last opening is missing or earlier than the period's box-opening day.</summary>
    public static IReadOnlyList<T> Unopened<T>(ReportingPeriod period, IEnumerable<T> activeBoxes, Func<T, DateOnly?> lastOpening)
    {
        ArgumentNullException.ThrowIfNull(activeBoxes);
        ArgumentNullException.ThrowIfNull(lastOpening);
        var day = For(period);
        return activeBoxes.Where(b => lastOpening(b) is not { } last || last < day).ToList();
    }
}
