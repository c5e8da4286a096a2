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

    /// <summary>Removes characters XML 1.0 does not allow (control characters other than tab and line breaks).</summary>
    public static string XmlSafe(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        foreach (char c in s)
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == '\uFFFE' || c == '\uFFFF')
                return new string(s.Where(ch => !(ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r' || ch == '\uFFFE' || ch == '\uFFFF')).ToArray());
        return s;
    }
}
