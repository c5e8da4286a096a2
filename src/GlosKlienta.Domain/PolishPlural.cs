using System.Globalization;

namespace GlosKlienta.Domain;

/// <summary>
/// Polish plural forms of a noun after a number: "1 odpowiedź", "3 odpowiedzi", "2 formularze",
/// "5 formularzy", "22 formularze", "12 formularzy". The three forms are the nominative singular
/// (one), the nominative plural used after 2–4 except 12–14 (few), and the genitive plural (many).
/// </summary>
public static class PolishPlural
{
    /// <summary>The form of the noun that follows <paramref name="n"/>.</summary>
    public static string Of(long n, string one, string few, string many)
    {
        n = Math.Abs(n);
        if (n == 1) return one;
        long lastTwo = n % 100, last = n % 10;
        return last is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? few : many;
    }

    /// <summary>The number (digits grouped by a space, as Polish writes them) and its noun: "1 234 odpowiedzi".</summary>
    public static string Count(long n, string one, string few, string many) =>
        n.ToString("#,0", Grouping) + " " + Of(n, one, few, many);

    private static readonly NumberFormatInfo Grouping = new() { NumberGroupSeparator = "\u00a0", NumberGroupSizes = [3] };
}
