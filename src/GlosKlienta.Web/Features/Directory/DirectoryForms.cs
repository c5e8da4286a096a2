
namespace GlosKlienta.Web.Features.Directory;

/// <summary>One text field of a directory form: its id (also the anchor of its error), bound name, label, value and optional hint.</summary>
public sealed record FieldView(FormErrors Errors, string Id, string Name, string Label, string? Value, string? Hint = null, bool Multiline = false, int MaxLength = 200, string InputMode = "text");

public static class DirectoryForms
{
    private static readonly CultureInfo Pl = CultureInfo.GetCultureInfo("pl-PL");

    /// <summary>Reads "7:30", "07:30" or "7.30"; empty is null (closed that day).</summary>
    public static bool TryTime(string? value, out TimeOnly? time)
    {
        time = null;
        var text = (value ?? "").Trim().Replace('.', ':');
        if (text.Length == 0) return true;
        if (TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            time = t;
            return true;
        }
        return false;
    }

    public static string Time(TimeOnly? t) => t?.ToString("H:mm", CultureInfo.InvariantCulture) ?? "";

    public static string Day(DayOfWeek day) => Pl.DateTimeFormat.GetDayName(day);

    /// <summary>The working week first, Sunday last.</summary>
    public static readonly IReadOnlyList<DayOfWeek> Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday];

    public static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
