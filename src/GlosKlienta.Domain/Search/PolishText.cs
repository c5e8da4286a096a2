using System.Globalization;
using System.Text;

namespace GlosKlienta.Domain.Search;

/// <summary>
/// Polish words brought to a form that search can compare: lower case without diacritics
/// ("Zaświadczenie" and "zaswiadczenie" are one word) and a light stem that drops the common
/// endings of nouns and adjectives ("podatek", "podatku", "podatków", "podatkowej" all give "podatk").
/// The stemmer strips suffixes only; it has no dictionary, so it leaves alone what it cannot tell
/// apart and search makes up for it by prefix matching on stems (<see cref="TextMatcher"/>).
/// </summary>
public static class PolishText
{
    /// <summary>A stem this short or shorter is matched whole, never as a prefix: "akt" must not find "aktualność".</summary>
    public const int MaxWholeOnlyStem = 3;

    /// <summary>Lower case without diacritics, anything but letters and digits a space; "ł" is not a combining mark, so it is mapped by hand.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < 128) { sb.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' '); continue; }
            switch (c)
            {
                case 'ą' or 'Ą': sb.Append('a'); continue;
                case 'ć' or 'Ć': sb.Append('c'); continue;
                case 'ę' or 'Ę': sb.Append('e'); continue;
                case 'ł' or 'Ł': sb.Append('l'); continue;
                case 'ń' or 'Ń': sb.Append('n'); continue;
                case 'ó' or 'Ó': sb.Append('o'); continue;
                case 'ś' or 'Ś': sb.Append('s'); continue;
                case 'ź' or 'Ź' or 'ż' or 'Ż': sb.Append('z'); continue;
            }
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format) continue; // a mark typed apart from its letter
            if (!char.IsLetterOrDigit(c)) { sb.Append(' '); continue; }
            // Other Latin letters with marks (é, ü, č) lose them the same way; letters of other scripts stay as they are.
            foreach (var d in char.ToLower(c, CultureInfo.InvariantCulture).ToString().Normalize(NormalizationForm.FormD))
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) sb.Append(d);
        }
        return sb.ToString();
    }

    /// <summary>The folded words of <paramref name="text"/>, in order, repeats kept.</summary>
    public static string[] Words(string? text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Prepositions, conjunctions and abbreviations that a person adds around the words that matter
    /// ("podatek od nieruchomości", "pok. nr 12", "ds. dróg"); a query leaves them out.
    /// </summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "i", "o", "u", "w", "z", "we", "ze", "na", "do", "od", "po", "za", "ds", "dla", "nad", "pod", "przy", "przez",
        "oraz", "lub", "albo", "czy", "to", "sie", "jak", "gdzie", "co", "kto", "ul", "nr", "pan", "pani",
    };

    public static bool IsStopWord(string foldedWord) => StopWords.Contains(foldedWord);

    /// <summary>One ending rule: <c>Suffix</c> becomes <c>Replacement</c> if what is left is at least <c>MinStem</c> letters and the letter before is not in <c>NotAfter</c>.</summary>
    private readonly record struct Ending(string Suffix, string Replacement, int MinStem, string NotAfter = "");

    /// <summary>
    /// Endings of nouns and adjectives after folding (so "ą" is "a", "ów" is "ow"), longest first. The
    /// "-ow-" adjective endings need a longer stem so that "budowa" keeps "budow" instead of "bud".
    /// A few rules undo the changes of a stem's last consonant before "-e" (rada/radzie, budżet/budżecie,
    /// droga/drodze) and put back the "e" that disappears ("podatek"/"podatku", "mieszkaniec"/"mieszkańca").
    /// </summary>
    private static readonly Ending[] Endings = new Ending[]
    {
        new("owymi", "", 4), new("owych", "", 4), new("owego", "", 4), new("owemu", "", 4),
        new("iami", "", 3), new("iach", "", 3), new("iego", "", 3), new("iemu", "", 3),
        new("owej", "", 4), new("owym", "", 4),
        new("dzie", "d", 3), new("acie", "at", 3), new("ecie", "et", 3, NotAfter: "ij"), new("kcie", "kt", 3),
        new("owy", "", 4), new("owa", "", 4), new("owe", "", 4),
        new("owi", "", 3), new("ach", "", 3), new("ami", "", 3), new("ych", "", 3), new("ich", "", 3), new("ymi", "", 3), new("imi", "", 3),
        new("ego", "", 3), new("emu", "", 3), new("iem", "", 3), new("iom", "", 3), new("iej", "", 3),
        new("dze", "g", 3),
        new("iek", "iek", 0), new("iec", "c", 3),
        new("ow", "", 3), new("om", "", 3), new("em", "", 3), new("ym", "", 3), new("im", "", 3), new("ej", "", 3),
        new("ie", "", 3), new("ia", "", 3), new("iu", "", 3), new("ii", "", 3),
        new("ek", "k", 4), new("ec", "c", 4), new("ac", "", 4),
        new("a", "", 3), new("e", "", 3), new("i", "", 3), new("o", "", 3), new("u", "", 3), new("y", "", 3),
    }.OrderByDescending(e => e.Suffix.Length).ToArray();

    /// <summary>The endings by their last letter, longest first: a word is checked against a handful, not all of them.</summary>
    private static readonly Dictionary<char, Ending[]> EndingsByLastLetter =
        Endings.GroupBy(e => e.Suffix[^1]).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The stem of one folded word; numbers, short words and words with digits are their own stem.</summary>
    public static string Stem(string foldedWord)
    {
        ArgumentNullException.ThrowIfNull(foldedWord);
        if (foldedWord.Length <= MaxWholeOnlyStem || !IsAsciiLetters(foldedWord)) return foldedWord;
        var stem = foldedWord;
        foreach (var e in EndingsByLastLetter.GetValueOrDefault(foldedWord[^1], []))
        {
            if (!foldedWord.EndsWith(e.Suffix, StringComparison.Ordinal)) continue;
            var rest = foldedWord.Length - e.Suffix.Length;
            if (rest + e.Replacement.Length < e.MinStem || rest == 0) continue;
            if (e.NotAfter.Length > 0 && e.NotAfter.Contains(foldedWord[rest - 1], StringComparison.Ordinal)) continue;
            stem = string.Concat(foldedWord.AsSpan(0, rest), e.Replacement);
            break;
        }
        return Derived(stem);
    }

    private static bool IsAsciiLetters(string word)
    {
        foreach (var c in word)
            if (!char.IsAsciiLetterLower(c)) return false;
        return true;
    }

    private static string Derived(string stem)
    {
        // A noun in "-unek" names what a verb in "-ować" does: "meldunek" is the stem of "meldować", "zameldowanie".
        if (stem.Length >= 6 && stem.EndsWith("unk", StringComparison.Ordinal)) stem = string.Concat(stem.AsSpan(0, stem.Length - 3), "ow");
        // "urząd", "urzędu", "urzędzie": the vowel changes inside the stem; the one word of an office that needs it.
        if (stem.Length >= 5 && stem.EndsWith("rzed", StringComparison.Ordinal)) stem = string.Concat(stem.AsSpan(0, stem.Length - 2), "ad");
        return stem;
    }

    /// <summary>Verbal prefixes: "zameldowanie" and "wymeldowanie" are "meldowanie" with one in front.</summary>
    private static readonly string[] VerbalPrefixes = ["przed", "prze", "przy", "roz", "nad", "pod", "za", "wy", "od", "do", "po", "na", "ob"];

    /// <summary>What is left after a verbal prefix must be this long, so that "podatek" is not "po" + "datek".</summary>
    public const int MinStemAfterPrefix = 5;

    /// <summary>
    /// Whether a query stem names an action whose other forms carry a verbal prefix: a verb stem in
    /// "-ow-" ("meldować", and "meldunek" through the "-unek" rule) is also looked for after one
    /// ("zameldowania", "wymeldowania"). Other stems are not: "świadczenie" must not find "zaświadczenie",
    /// nor "szkoła" "przedszkole".
    /// </summary>
    public static bool IsActionStem(string stem) =>
        stem.Length >= MinStemAfterPrefix && stem.EndsWith("ow", StringComparison.Ordinal);

    /// <summary>The stem without each verbal prefix it starts with, where enough of it is left to be worth finding.</summary>
    public static IReadOnlyList<string> WithoutVerbalPrefix(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        List<string>? found = null;
        foreach (var prefix in VerbalPrefixes)
            if (stem.Length - prefix.Length >= MinStemAfterPrefix && stem.StartsWith(prefix, StringComparison.Ordinal))
                (found ??= []).Add(stem[prefix.Length..]);
        return found ?? (IReadOnlyList<string>)[];
    }
}
