using System.Globalization;
using System.Text;

namespace GlosKlienta.Documents.OpenDocument;

/// <summary>A small append-only XML builder (escaping included) for the OpenDocument parts written by hand.</summary>
internal sealed class XmlText
{
    private readonly StringBuilder sb = new(8192);
    private readonly Stack<string> open = new();

    public XmlText Start(string name, params string[] attrs)
    {
        Tag(name, attrs);
        sb.Append('>');
        open.Push(name);
        return this;
    }

    public XmlText Empty(string name, params string[] attrs)
    {
        Tag(name, attrs);
        sb.Append("/>");
        return this;
    }

    private void Tag(string name, string[] attrs)
    {
        sb.Append('<').Append(name);
        for (int i = 0; i + 1 < attrs.Length; i += 2)
            sb.Append(' ').Append(attrs[i]).Append("=\"").Append(Esc.Xml(Esc.XmlSafe(attrs[i + 1]))).Append('"');
    }

    public XmlText End()
    {
        sb.Append("</").Append(open.Pop()).Append('>');
        return this;
    }

    public XmlText Text(string s)
    {
        sb.Append(Esc.Xml(Esc.XmlSafe(s)));
        return this;
    }

    public XmlText Raw(string s)
    {
        sb.Append(s);
        return this;
    }

    /// <summary>Text inside text:p or text:span: line breaks, tabs and repeated spaces as ODF elements.</summary>
    public XmlText OdfText(string s)
    {
        s = Esc.XmlSafe(s).Replace("\r\n", "\n", StringComparison.Ordinal);
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == '\n') { sb.Append("<text:line-break/>"); i++; }
            else if (c == '\t') { sb.Append("<text:tab/>"); i++; }
            else if (c == ' ')
            {
                int n = 1;
                while (i + n < s.Length && s[i + n] == ' ') n++;
                bool edge = i == 0 || i + n == s.Length;
                int extra = edge ? n : n - 1;
                if (!edge) sb.Append(' ');
                if (extra > 0) sb.Append("<text:s text:c=\"").Append(extra.ToString(CultureInfo.InvariantCulture)).Append("\"/>");
                i += n;
            }
            else
            {
                int start = i;
                while (i < s.Length && s[i] is not ('\n' or '\t' or ' ')) i++;
                sb.Append(Esc.Xml(s[start..i]));
            }
        }
        return this;
    }

    public override string ToString() => sb.ToString();

    public static string Mm(double mm) => mm.ToString("0.###", CultureInfo.InvariantCulture) + "mm";

    public static string Pt(double pt) => pt.ToString("0.##", CultureInfo.InvariantCulture) + "pt";
}
