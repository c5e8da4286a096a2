namespace GlosKlienta.Tests.Shared;

/// <summary>
/// The calendar day of the seeded office (Lesko keeps Europe/Warsaw), the way the application computes "today".
/// A test that took the UTC date instead disagreed with the application for an hour or two after every midnight in Warsaw.
/// </summary>
public static class OfficeDate
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    /// <summary>Today in the office, by <paramref name="time"/> (the system clock when none is given).</summary>
    public static DateOnly Today(TimeProvider? time = null) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime((time ?? TimeProvider.System).GetUtcNow(), Zone).DateTime);
}
