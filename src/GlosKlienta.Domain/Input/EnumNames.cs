namespace GlosKlienta.Domain.Input;

/// <summary>
/// Reads an enum value a form or a link sent: one of the enum's own names, nothing else. <see cref="Enum.TryParse{TEnum}(string?, out TEnum)"/>
/// also takes numbers ("7", even ones no member has), lists ("Skarga, Wniosek") and padded text, which a form never offers.
/// </summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? value, out T result, bool ignoreCase = false) where T : struct, Enum
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var name in Enum.GetNames<T>())
        {
            if (string.Equals(name, value, comparison))
            {
                result = Enum.Parse<T>(name);
                return true;
            }
        }
        result = default;
        return false;
    }

    /// <summary>The value named by <paramref name="value"/>, or null.</summary>
    public static T? Parse<T>(string? value, bool ignoreCase = false) where T : struct, Enum =>
        TryParse<T>(value, out var result, ignoreCase) ? result : null;
}
