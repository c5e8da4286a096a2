namespace GlosKlienta.Web.Features;

/// <summary>
/// Dates and times as every page, letter and document shows them: Polish month names, and a moment always in the
/// office's time zone (a stored <see cref="DateTimeOffset"/> is UTC; printing it as such dated evenings a day late).
/// </summary>
public static class PolishDates
{
    public static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    /// <summary>"5 grudnia 2026".</summary>
    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", Polish);

    /// <summary>"5 grudnia 2026", or nothing when there is no date.</summary>
    public static string Day(DateOnly? date) => date is { } d ? Day(d) : "";

    /// <summary>With the weekday, for a citizen choosing when to come: "sobota, 5 grudnia 2026".</summary>
    public static string DayWithWeekday(DateOnly date) => date.ToString("dddd, d MMMM yyyy", Polish);

    /// <summary>The office's calendar day of a moment, "5 grudnia 2026".</summary>
    public static string Day(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).ToString("d MMMM yyyy", Polish);

    /// <summary>A moment on the office's clock, "5 grudnia 2026, 14:30", or nothing when there is none.</summary>
    public static string Moment(DateTimeOffset? at, TimeZoneInfo zone) =>
        at is null ? "" : TimeZoneInfo.ConvertTime(at.Value, zone).ToString("d MMMM yyyy, HH:mm", Polish);

    /// <summary>As official letters write a date: "5 grudnia 2026 r.".</summary>
    public static string InLetter(DateOnly date) => Day(date) + " r.";
}
