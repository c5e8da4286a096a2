namespace GlosKlienta.Domain;

/// <summary>The CLDR plural categories the public pages' languages use.</summary>
public enum PluralCategory
{
    One,
    Few,
    Many,
    Other,
}

/// <summary>
/// Which form of a noun follows a number, by the CLDR plural rules (cldr.unicode.org, "Language Plural Rules") of the
/// public pages' languages. Polish: one (1), few (2–4, 22–24… but not 12–14), many (0, 5–21, 25…), other (fractions).
/// Ukrainian: one (1, 21, 31… but not 11), few (2–4, 22–24… but not 12–14), many (0, 5–20, 25…), other (fractions).
/// English: one (1), other (everything else, fractions included).
/// </summary>
public static class PluralRules
{
    /// <summary>The category of <paramref name="n"/> in <paramref name="language"/> ("pl", "uk", "en"; any other is read as English).</summary>
    public static PluralCategory Of(string language, decimal n)
    {
        ArgumentNullException.ThrowIfNull(language);
        n = Math.Abs(n);
        var integer = decimal.Truncate(n) == n;
        var i = (long)decimal.Truncate(n);
        long last = i % 10, lastTwo = i % 100;
        return language switch
        {
            "pl" when !integer => PluralCategory.Other,
            "pl" when i == 1 => PluralCategory.One,
            "pl" when last is >= 2 and <= 4 && lastTwo is < 12 or > 14 => PluralCategory.Few,
            "pl" => PluralCategory.Many,
            "uk" when !integer => PluralCategory.Other,
            "uk" when last == 1 && lastTwo != 11 => PluralCategory.One,
            "uk" when last is >= 2 and <= 4 && lastTwo is < 12 or > 14 => PluralCategory.Few,
            "uk" => PluralCategory.Many,
            _ when integer && i == 1 => PluralCategory.One,
            _ => PluralCategory.Other,
        };
    }

    /// <summary>
    /// The form among the three a resource keeps (one, few, many): English's "other" is its plural (kept as "many"), and a
    /// fraction in Polish or Ukrainian takes the genitive singular, which their "few" form stands for on these pages.
    /// </summary>
    public static string Pick(string language, decimal n, string one, string few, string many) => Of(language, n) switch
    {
        PluralCategory.One => one,
        PluralCategory.Few => few,
        PluralCategory.Many => many,
        _ => language is "pl" or "uk" ? few : many,
    };
}
