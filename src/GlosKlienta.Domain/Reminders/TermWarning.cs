using System.Globalization;

namespace GlosKlienta.Domain.Reminders;

/// <summary>
/// When to warn about a term: a number of days before it ends (the office configures them, e.g. 7 and 2)
/// and once it has passed. Pure: the date of today comes in.
/// </summary>
public static class TermWarning
{
    /// <summary>The code of the warning sent after the last day has passed.</summary>
    public const string Expired = "po-terminie";

    /// <summary>The code of the warning sent <paramref name="days"/> days ahead, e.g. "7-dni".</summary>
    public static string DaysBefore(int days) => days.ToString(CultureInfo.InvariantCulture) + "-dni";

    /// <summary>
    /// The most urgent warning that applies today, or null when none does. A term ends at the end of its
    /// last day, so it has expired from the day after <paramref name="due"/>. A case that enters the window late
    /// gets only the most urgent warning, not every one it skipped.
    /// </summary>
    public static string? Applicable(DateOnly today, DateOnly due, IEnumerable<int> daysBefore)
    {
        ArgumentNullException.ThrowIfNull(daysBefore);
        var left = due.DayNumber - today.DayNumber;
        if (left < 0) return Expired;
        var threshold = daysBefore.Where(d => d >= 0 && left <= d).Order().Cast<int?>().FirstOrDefault();
        return threshold is { } t ? DaysBefore(t) : null;
    }

    /// <summary>Days until the last day (0 on the last day itself, negative once expired).</summary>
    public static int DaysLeft(DateOnly today, DateOnly due) => due.DayNumber - today.DayNumber;
}
