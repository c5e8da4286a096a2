namespace GlosKlienta.Web.Features.Languages;

/// <summary>
/// Dates on the public pages in the reader's language (the request's culture, from the address): "5 grudnia 2026",
/// "5 грудня 2026", "5 December 2026". Letters and documents keep <see cref="PolishDates"/>: they are Polish whatever
/// page they are downloaded from.
/// </summary>
public static class ReaderDates
{
    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string Day(DateOnly? date) => date is { } d ? Day(d) : "";

    /// <summary>A weekday's name: "poniedziałek", "понеділок", "Monday".</summary>
    public static string DayName(DayOfWeek day) => Culture.DateTimeFormat.GetDayName(day);

    public static string DayWithWeekday(DateOnly date) => date.ToString("dddd, d MMMM yyyy", Culture);

    public static string Day(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).ToString("d MMMM yyyy", Culture);

    public static string Moment(DateTimeOffset? at, TimeZoneInfo zone) =>
        at is null ? "" : TimeZoneInfo.ConvertTime(at.Value, zone).ToString("d MMMM yyyy, HH:mm", Culture);
}
