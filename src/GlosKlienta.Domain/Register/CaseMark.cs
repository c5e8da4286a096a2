namespace GlosKlienta.Domain.Register;

/// <summary>
/// The case mark (znak sprawy) the office's instrukcja kancelaryjna prescribes: the symbol of the unit that keeps the case,
/// the JRWA class, the case's number within that class and year, and the year, in the office's pattern, e.g.
/// <c>OR.1510.3.2026</c>. The register's gap-free number (7/2026) stays the register's own sequence; letters show both. Pure.
/// </summary>
public static class CaseMark
{
    /// <summary>The pattern of the instrukcja kancelaryjna (§ 2 of its rules on case marks): unit, JRWA class, number, year.</summary>
    public const string DefaultPattern = "{komorka}.{jrwa}.{nr}.{rok}";

    private static readonly string[] Required = ["{jrwa}", "{nr}", "{rok}"];

    /// <summary>Whether the pattern names the JRWA class, the number and the year (the unit symbol may be left out).</summary>
    public static bool IsValidPattern(string? pattern) =>
        !string.IsNullOrWhiteSpace(pattern) && Required.All(t => pattern.Contains(t, StringComparison.Ordinal));

    /// <summary>The mark of the <paramref name="number"/>-th case of <paramref name="jrwaClass"/> in <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentException">The pattern lacks the class, the number or the year.</exception>
    public static string Format(string pattern, string unitSymbol, string jrwaClass, int number, int year)
    {
        if (!IsValidPattern(pattern)) throw new ArgumentException($"A case mark pattern names {{jrwa}}, {{nr}} and {{rok}}: '{pattern}'.", nameof(pattern));
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return pattern
            .Replace("{komorka}", unitSymbol.Trim(), StringComparison.Ordinal)
            .Replace("{jrwa}", jrwaClass.Trim(), StringComparison.Ordinal)
            .Replace("{nr}", number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{rok}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
