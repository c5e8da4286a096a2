using System.Globalization;
using System.Text;
using GlosKlienta.Documents.Charts;

namespace GlosKlienta.Documents.Html;

/// <summary>
/// HTML5 output. The fragment carries class names only (no style attributes, no script), so it can
/// live under a CSP without 'unsafe-inline'; the standalone document embeds <see cref="HtmlStyles"/>.
/// </summary>
internal static class HtmlRenderer
{
    public static void Document(Document doc, Stream output)
    {
        var sb = new StringBuilder(16384);
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(Esc.Xml(doc.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(Esc.Xml(doc.Title)).Append("</title>\n");
        if (!string.IsNullOrEmpty(doc.Author)) sb.Append("<meta name=\"author\" content=\"").Append(Esc.Xml(doc.Author)).Append("\">\n");
        if (!string.IsNullOrEmpty(doc.Subject)) sb.Append("<meta name=\"description\" content=\"").Append(Esc.Xml(doc.Subject)).Append("\">\n");
        sb.Append("<meta name=\"dcterms.created\" content=\"").Append(doc.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append("\">\n");
        sb.Append("<style>\n").Append(HtmlStyles.Stylesheet).Append(HtmlStyles.PrintPageRules(doc)).Append("</style>\n</head>\n<body>\n<main>\n");
        Fragment(doc, new HtmlOptions(), sb);
        sb.Append("</main>\n");
        if (!string.IsNullOrEmpty(doc.Footer))
            sb.Append("<footer class=\"gk-doc-footer\">").Append(Esc.Xml(doc.Footer)).Append("</footer>\n");
        sb.Append("</body>\n</html>\n");
        var bytes = new UTF8Encoding(false).GetBytes(sb.ToString());
        output.Write(bytes);
    }

    public static string Fragment(Document doc, HtmlOptions options)
    {
        var sb = new StringBuilder(16384);
        Fragment(doc, options, sb);
        return sb.ToString();
    }

    private static void Fragment(Document doc, HtmlOptions o, StringBuilder sb)
    {
        sb.Append("<div class=\"gk-doc gk-fs-").Append(HtmlStyles.SnapSize(doc.Page.BaseFontSizePt).ToString(CultureInfo.InvariantCulture)).Append("\" lang=\"").Append(Esc.Xml(doc.Language)).Append("\">\n");
        int chartNo = 0, imageNo = 0;
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case Heading h:
                {
                    int level = Math.Clamp(h.Level, 1, 3);
                    sb.Append("<h").Append(level);
                    Classes(sb, Align(h.Align), Size(h.SizePt));
                    sb.Append('>').Append(Esc.Xml(h.Text)).Append("</h").Append(level).Append(">\n");
                    break;
                }
                case Paragraph p:
                    sb.Append("<p");
                    Classes(sb, Align(p.Align), Size(p.SizePt), SpaceAfter(p.SpaceAfterPt));
                    sb.Append('>');
                    foreach (var r in p.Runs)
                    {
                        if (r.Bold) sb.Append("<strong>");
                        if (r.Italic) sb.Append("<em>");
                        sb.Append(Esc.Xml(r.Text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal));
                        if (r.Italic) sb.Append("</em>");
                        if (r.Bold) sb.Append("</strong>");
                    }
                    sb.Append("</p>\n");
                    break;
                case BulletList l:
                {
                    string tag = l.Numbered ? "ol" : "ul";
                    sb.Append('<').Append(tag).Append(">\n");
                    foreach (var item in l.Items) sb.Append("<li>").Append(Esc.Xml(item)).Append("</li>\n");
                    sb.Append("</").Append(tag).Append(">\n");
                    break;
                }
                case Table t:
                    WriteTable(sb, t, false);
                    break;
                case Chart c:
                {
                    string id = o.IdPrefix + "-chart" + (++chartNo).ToString(CultureInfo.InvariantCulture);
                    sb.Append("<figure class=\"gk-chart\">").Append(SvgChart.Write(c, id)).Append("</figure>\n");
                    if (c.DataTable) WriteTable(sb, ChartData.AsTable(c), true);
                    break;
                }
                case Image i:
                {
                    imageNo++;
                    string src = o.ImageSource?.Invoke(i, imageNo) ?? "data:" + i.MediaType + ";base64," + Convert.ToBase64String(i.Data);
                    int px = (int)Math.Round(i.WidthMm * 96 / 25.4);
                    sb.Append("<figure");
                    Classes(sb, "gk-figure", Align(i.Align));
                    sb.Append("><img class=\"gk-img\" src=\"").Append(Esc.Xml(src)).Append("\" alt=\"").Append(Esc.Xml(i.AltText))
                      .Append("\" width=\"").Append(px.ToString(CultureInfo.InvariantCulture)).Append("\">");
                    if (!string.IsNullOrEmpty(i.Caption)) sb.Append("<figcaption>").Append(Esc.Xml(i.Caption)).Append("</figcaption>");
                    sb.Append("</figure>\n");
                    break;
                }
                case FieldToComplete f:
                    sb.Append("<div class=\"gk-field\"><div class=\"gk-field-label\">").Append(Esc.Xml(f.Label)).Append("</div>");
                    if (!string.IsNullOrEmpty(f.Value))
                        sb.Append("<div class=\"gk-field-value\">").Append(Esc.Xml(f.Value)).Append("</div>");
                    else
                        for (int k = 0; k < Math.Max(1, f.Lines); k++) sb.Append("<div class=\"gk-field-line\"></div>");
                    sb.Append("</div>\n");
                    break;
                case SignatureLines s:
                    sb.Append("<div class=\"gk-signatures\">");
                    foreach (var label in s.Labels)
                        sb.Append("<div class=\"gk-signature\"><div class=\"gk-signature-line\"></div><div class=\"gk-signature-label\">")
                          .Append(Esc.Xml(label)).Append("</div></div>");
                    sb.Append("</div>\n");
                    break;
                case Spacer sp:
                    sb.Append("<div class=\"gk-sp-").Append(Math.Clamp((int)Math.Round(sp.HeightMm), 1, 100).ToString(CultureInfo.InvariantCulture)).Append("\"></div>\n");
                    break;
                case PageBreak:
                    sb.Append("<div class=\"gk-page-break\"></div>\n");
                    break;
            }
        }
        sb.Append("</div>\n");
    }

    private static void WriteTable(StringBuilder sb, Table t, bool rowHeaders)
    {
        // A table wider than a phone scrolls in its own box, not the page; the box can take focus so
        // it can be scrolled from the keyboard, and is named by the table's caption.
        sb.Append("<div class=\"gk-table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"")
            .Append(Esc.Xml(string.IsNullOrEmpty(t.Caption) ? "Tabela" : t.Caption)).Append("\">");
        sb.Append("<table");
        Classes(sb, "gk-table", t.ShowHeader ? null : "gk-kv", Size(t.SizePt));
        sb.Append('>');
        if (!string.IsNullOrEmpty(t.Caption)) sb.Append("<caption>").Append(Esc.Xml(t.Caption)).Append("</caption>");
        int cols = Math.Max(t.Header.Count, t.Rows.Count == 0 ? 0 : t.Rows.Max(r => r.Count));
        if (t.RelativeWidths is { Count: > 0 } rw && rw.Count == cols && rw.Sum() > 0)
        {
            double sum = rw.Sum();
            sb.Append("<colgroup>");
            foreach (var w in rw)
                sb.Append("<col class=\"gk-w-").Append(Math.Clamp((int)Math.Round(w / sum * 100), 1, 100).ToString(CultureInfo.InvariantCulture)).Append("\">");
            sb.Append("</colgroup>");
        }
        sb.Append('\n');
        if (t.ShowHeader)
        {
            sb.Append("<thead><tr>");
            for (int c = 0; c < t.Header.Count; c++)
            {
                sb.Append("<th scope=\"col\"");
                Classes(sb, ColAlign(t, c));
                sb.Append('>').Append(Esc.Xml(t.Header[c])).Append("</th>");
            }
            sb.Append("</tr></thead>\n");
        }
        sb.Append("<tbody>\n");
        foreach (var row in t.Rows)
        {
            sb.Append("<tr>");
            for (int c = 0; c < row.Count; c++)
            {
                // A key/value table names each row by its first cell; a chart's data table by its category.
                bool rowHeader = c == 0 && (!t.ShowHeader || rowHeaders);
                string tag = rowHeader ? "th" : "td";
                sb.Append('<').Append(tag);
                if (rowHeader) sb.Append(" scope=\"row\"");
                Classes(sb, ColAlign(t, c));
                sb.Append('>').Append(Esc.Xml(row[c]).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</").Append(tag).Append('>');
            }
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody></table></div>\n");
    }

    private static string? ColAlign(Table t, int c) => t.Align is { } a && c < a.Count
        ? a[c] switch { ColumnAlign.Center => "gk-ca-center", ColumnAlign.Right => "gk-ca-right", _ => null }
        : null;

    private static string? Align(TextAlign a) => a switch
    {
        TextAlign.Center => "gk-al-center",
        TextAlign.Right => "gk-al-right",
        TextAlign.Justify => "gk-al-justify",
        _ => null,
    };

    private static string? Size(double? pt) => pt is { } p ? "gk-fs-" + HtmlStyles.SnapSize(p).ToString(CultureInfo.InvariantCulture) : null;

    private static string? SpaceAfter(double pt) => pt switch
    {
        <= 0.5 => "gk-sa-0",
        <= 4 => "gk-sa-s",
        < 12 => null,
        < 24 => "gk-sa-l",
        _ => "gk-sa-xl",
    };

    private static void Classes(StringBuilder sb, params string?[] classes)
    {
        bool any = false;
        foreach (var c in classes)
        {
            if (c is null) continue;
            sb.Append(any ? " " : " class=\"").Append(c);
            any = true;
        }
        if (any) sb.Append('"');
    }
}
