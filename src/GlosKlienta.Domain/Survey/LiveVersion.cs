namespace GlosKlienta.Domain.Survey;

/// <summary>
/// Which survey version was live on a day: of the approved versions, the one with the latest
/// "live from" date on or before that day, the higher number when two share the date. Drafts never
/// count (pass approved versions only). The one rule behind the public survey, the version pages,
/// the paper box openings and the F2 analysis.
/// </summary>
public static class LiveVersion
{
    /// <summary>The version live on <paramref name="day"/>, or default when none had started by then.</summary>
    public static T? On<T>(IEnumerable<T> approved, DateOnly day, Func<T, DateOnly?> liveFrom, Func<T, int> number)
    {
        ArgumentNullException.ThrowIfNull(approved);
        return approved
            .Where(v => liveFrom(v) is { } from && from <= day)
            .OrderByDescending(liveFrom)
            .ThenByDescending(number)
            .FirstOrDefault();
    }
}
