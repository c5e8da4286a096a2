using System.Text;

namespace GlosKlienta.Documents;

/// <summary>Escaping for HTML and XML text and attributes; leaves non-ASCII letters as they are (UTF-8 output).</summary>
internal static class Esc
{
    public static string Xml(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        StringBuilder? sb = null;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            string? r = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? "" : null,
            };
            if (r is null) { sb?.Append(c); continue; }
            sb ??= new StringBuilder(s, 0, i, s.Length + 16);
            sb.Append(r);
        }
        return sb?.ToString() ?? s;
    }

    /// <summary>
    /// Removes characters XML 1.0 does not allow (control characters other than tab and line breaks,
    /// U+FFFE/U+FFFF) and replaces unpaired surrogates (text pasted into a form can carry them) with U+FFFD.
    /// </summary>
    public static string XmlSafe(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        int i = 0;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (Bad(c)) break;
        }
        if (i >= s.Length) return s;
        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, i);
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[++i]);
                continue;
            }
            if (char.IsSurrogate(c)) sb.Append('\uFFFD');
            else if (!Bad(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool Bad(char c) => (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == '\uFFFE' || c == '\uFFFF' || char.IsSurrogate(c);
}
