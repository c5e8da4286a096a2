namespace GlosKlienta.Domain.Input;

/// <summary>
/// Text from outside (a citizen's file name, a name typed into a form) made safe to show as a file name or in an
/// export: without the invisible characters that change how the rest reads. A right-to-left override (U+202E) makes
/// "faktura‮fdp.exe" show as "fakturaexe.pdf"; the other direction marks, embeddings and isolates (U+200E/F,
/// U+202A-202E, U+2066-2069, U+061C) do the same on a smaller scale, and C0/C1 control characters and DEL break
/// headers, file names and XML. The one owner of that list: file names, downloads and exports all call it.
/// </summary>
public static class SafeText
{
    /// <param name="keepLineBreaks">For cell text: tab, line feed and carriage return stay (a complaint has paragraphs); a file name keeps none.</param>
    public static string Clean(string? text, bool keepLineBreaks = false)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var firstUnsafe = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i], keepLineBreaks))
            {
                firstUnsafe = i;
                break;
            }
        }
        if (firstUnsafe < 0) return text;
        var result = new System.Text.StringBuilder(text.Length);
        result.Append(text, 0, firstUnsafe);
        for (var i = firstUnsafe; i < text.Length; i++)
            if (!IsUnsafe(text[i], keepLineBreaks)) result.Append(text[i]);
        return result.ToString();
    }

    public static bool IsUnsafe(char c, bool keepLineBreaks = false) => c switch
    {
        '\t' or '\n' or '\r' => !keepLineBreaks,
        <= '\u001F' or '\u007F' => true,
        >= '\u0080' and <= '\u009F' => true,
        '\u061C' or '\u200E' or '\u200F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };
}
