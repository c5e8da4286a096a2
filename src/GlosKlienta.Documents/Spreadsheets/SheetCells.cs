using System.Globalization;

namespace GlosKlienta.Documents.Spreadsheets;

internal enum CellKind { Empty, Text, Number, Bool, Date, DateTime }

/// <summary>How each writer sees a cell of a <see cref="Sheet"/>.</summary>
internal static class SheetCells
{
    public static CellKind Kind(object? v) => v switch
    {
        null => CellKind.Empty,
        string => CellKind.Text,
        bool => CellKind.Bool,
        DateOnly => CellKind.Date,
        DateTimeOffset or DateTime => CellKind.DateTime,
        byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal => CellKind.Number,
        _ => CellKind.Text,
    };

    /// <summary>The invariant text of a number ("12.5"); non-finite doubles have no number form and come back null.</summary>
    public static string? Number(object v) => v switch
    {
        double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : null,
        float f => float.IsFinite(f) ? f.ToString("R", CultureInfo.InvariantCulture) : null,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture),
    };

    public static double ToDouble(object v) => Convert.ToDouble(v, CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with the value's own offset ("2026-07-03T09:30:00+02:00").</summary>
    public static string IsoDateTime(object v) => v switch
    {
        DateTimeOffset o => o.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        DateTime t => t.ToString(t.Kind == DateTimeKind.Utc ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException("not a date and time", nameof(v)),
    };

    /// <summary>The wall-clock time a spreadsheet shows (spreadsheets have no time zones): the value's own clock.</summary>
    public static DateTime Clock(object v) => v switch
    {
        DateTimeOffset o => o.DateTime,
        DateTime t => t,
        _ => throw new ArgumentException("not a date and time", nameof(v)),
    };

    /// <summary>
    /// A text cell as every writer puts it: without direction overrides and control characters (a citizen's name or
    /// subject is exported as typed otherwise, a right-to-left override included); line breaks and tabs stay.
    /// </summary>
    public static string Text(object v) => GlosKlienta.Domain.Input.SafeText.Clean(v switch
    {
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    }, keepLineBreaks: true);
}
