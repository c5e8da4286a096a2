using System.Globalization;
using GlosKlienta.Documents.Charts;

namespace GlosKlienta.Documents.OpenDocument;

/// <summary>
/// OpenDocument text 1.3 written by hand: headings with outline levels, list styles, tables with
/// header rows, images, charts as the HTML renderer's SVG (LibreOffice shows SVG as an image) with
/// the numbers as a table after them, page layout and a footer with page-number fields.
/// </summary>
internal sealed class OdtRenderer
{
    public const string MediaType = "application/vnd.oasis.opendocument.text";
    private readonly Document doc;
    private readonly XmlText body = new();
    private readonly XmlText auto = new();
    private readonly Dictionary<string, string> paraStyles = new(StringComparer.Ordinal);
    private readonly List<(string Path, string Type, byte[] Data)> files = [];
    private readonly double textWidthMm;
    private int tableNo, frameNo;

    private OdtRenderer(Document doc)
    {
        this.doc = doc;
        var (w, _) = PageMm(doc.Page);
        textWidthMm = w - 2 * doc.Page.MarginMm;
    }

    public static void Render(Document doc, Stream output)
    {
        var r = new OdtRenderer(doc);
        r.Build();
        using var zip = new Zip(output, doc.CreatedAt);
        Odf.WriteMimetype(zip, MediaType);
        zip.Add("META-INF/manifest.xml", Odf.Manifest(MediaType,
            new[] { ("content.xml", "text/xml"), ("styles.xml", "text/xml"), ("meta.xml", "text/xml") }
                .Concat(r.files.Select(f => (f.Path, f.Type)))));
        zip.Add("meta.xml", Odf.Meta(doc.Title, doc.Author, doc.Subject, doc.Language, doc.CreatedAt));
        zip.Add("styles.xml", r.Styles());
        zip.Add("content.xml", Odf.Declaration + "<office:document-content" + Odf.Namespaces + " office:version=\"1.3\"><office:automatic-styles>" +
            Fixed + r.auto + "</office:automatic-styles><office:body><office:text>" + r.body + "</office:text></office:body></office:document-content>");
        foreach (var (path, _, data) in r.files) zip.Add(path, data);
    }

    internal static (double W, double H) PageMm(PageSetup p)
    {
        var (w, h) = p.Size switch
        {
            PaperSize.A3 => (297.0, 420.0),
            PaperSize.A5 => (148.0, 210.0),
            _ => (210.0, 297.0),
        };
        return p.Orientation == PageOrientation.Landscape ? (h, w) : (w, h);
    }

    private const string Border = "0.5pt solid #000000";

    private const string Fixed =
        "<style:style style:name=\"T_b\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\" style:font-weight-complex=\"bold\"/></style:style>" +
        "<style:style style:name=\"T_i\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\" style:font-style-complex=\"italic\"/></style:style>" +
        "<style:style style:name=\"T_bi\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\" fo:font-style=\"italic\"/></style:style>" +
        "<style:style style:name=\"CellB\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"1mm\" fo:border=\"" + Border + "\"/></style:style>" +
        "<style:style style:name=\"CellH\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"1mm\" fo:border=\"" + Border + "\" fo:background-color=\"#e6e6e6\"/></style:style>" +
        "<style:style style:name=\"CellN\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0mm\" fo:border=\"none\"/></style:style>" +
        "<style:style style:name=\"P_break\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:break-after=\"page\"/></style:style>" +
        "<style:style style:name=\"P_rule\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:margin-bottom=\"3mm\" fo:border-bottom=\"" + Border + "\" fo:padding-bottom=\"0.5mm\"/></style:style>" +
        "<style:style style:name=\"P_line\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:line-height=\"8mm\" fo:margin-bottom=\"0mm\" fo:border-bottom=\"" + Border + "\" fo:keep-with-next=\"always\"/></style:style>" +
        "<style:style style:name=\"P_label\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:margin-bottom=\"0mm\" fo:keep-with-next=\"always\"/><style:text-properties fo:font-weight=\"bold\"/></style:style>" +
        "<style:style style:name=\"P_sign\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:margin-top=\"15mm\" fo:margin-bottom=\"0.5mm\" fo:border-bottom=\"0.5pt dotted #000000\" fo:keep-with-next=\"always\"/></style:style>" +
        "<style:style style:name=\"P_signlabel\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:text-align=\"center\"/><style:text-properties fo:font-size=\"85%\"/></style:style>" +
        "<style:style style:name=\"P_desc\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:keep-with-next=\"always\"/><style:text-properties fo:font-style=\"italic\"/></style:style>" +
        "<style:style style:name=\"Fr\" style:family=\"graphic\"><style:graphic-properties style:vertical-pos=\"top\" style:vertical-rel=\"baseline\" fo:border=\"none\" style:mirror=\"none\"/></style:style>";

    private static string Align(TextAlign a) => a switch
    {
        TextAlign.Center => "center",
        TextAlign.Right => "end",
        TextAlign.Justify => "justify",
        _ => "start",
    };

    /// <summary>An automatic paragraph style for a combination of parent, alignment, size and spacing.</summary>
    private string ParaStyle(string parent, TextAlign align = TextAlign.Left, double? sizePt = null, double? spaceAfterPt = null, bool keepNext = false)
    {
        if (align == TextAlign.Left && sizePt is null && spaceAfterPt is null && !keepNext) return parent;
        string key = string.Join('|', parent, align, sizePt?.ToString(CultureInfo.InvariantCulture), spaceAfterPt?.ToString(CultureInfo.InvariantCulture), keepNext);
        if (paraStyles.TryGetValue(key, out var name)) return name;
        name = "P" + (paraStyles.Count + 1).ToString(CultureInfo.InvariantCulture);
        paraStyles[key] = name;
        auto.Start("style:style", "style:name", name, "style:family", "paragraph", "style:parent-style-name", parent);
        var pp = new List<string> { "fo:text-align", Align(align) };
        if (spaceAfterPt is { } sa) pp.AddRange(["fo:margin-bottom", XmlText.Pt(sa)]);
        if (keepNext) pp.AddRange(["fo:keep-with-next", "always"]);
        auto.Empty("style:paragraph-properties", pp.ToArray());
        if (sizePt is { } s) auto.Empty("style:text-properties", "fo:font-size", XmlText.Pt(s), "style:font-size-complex", XmlText.Pt(s));
        auto.End();
        return name;
    }

    private void Build()
    {
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case Heading h:
                {
                    int level = Math.Clamp(h.Level, 1, 3);
                    string l = level.ToString(CultureInfo.InvariantCulture);
                    body.Start("text:h", "text:style-name", ParaStyle("Heading_20_" + l, h.Align, h.SizePt), "text:outline-level", l).OdfText(h.Text).End();
                    break;
                }
                case Paragraph p:
                    body.Start("text:p", "text:style-name", ParaStyle("Text_20_body", p.Align, p.SizePt, p.SpaceAfterPt, p.KeepWithNext));
                    foreach (var r in p.Runs)
                    {
                        string? span = (r.Bold, r.Italic) switch { (true, true) => "T_bi", (true, false) => "T_b", (false, true) => "T_i", _ => null };
                        if (span is null) body.OdfText(r.Text);
                        else body.Start("text:span", "text:style-name", span).OdfText(r.Text).End();
                    }
                    body.End();
                    break;
                case BulletList l:
                    body.Start("text:list", "text:style-name", l.Numbered ? "L_number" : "L_bullet");
                    foreach (var item in l.Items)
                        body.Start("text:list-item").Start("text:p", "text:style-name", "List_20_Paragraph").OdfText(item).End().End();
                    body.End();
                    break;
                case Table t:
                    WriteTable(t, false);
                    break;
                case Chart c:
                    WriteChart(c);
                    break;
                case Image i:
                    WriteImage(i);
                    break;
                case FieldToComplete f:
                    body.Start("text:p", "text:style-name", "P_label").OdfText(f.Label).End();
                    if (!string.IsNullOrEmpty(f.Value)) body.Start("text:p", "text:style-name", "P_rule").OdfText(f.Value).End();
                    else for (int k = 0; k < Math.Max(1, f.Lines); k++) body.Empty("text:p", "text:style-name", "P_line");
                    body.Empty("text:p", "text:style-name", "Standard");
                    break;
                case SignatureLines s:
                    WriteSignatures(s);
                    break;
                case Spacer s:
                    body.Empty("text:p", "text:style-name", SpacerStyle(s.HeightMm));
                    break;
                case PageBreak:
                    body.Empty("text:p", "text:style-name", "P_break");
                    break;
            }
        }
    }

    private string SpacerStyle(double mm)
    {
        string key = "spacer|" + mm.ToString(CultureInfo.InvariantCulture);
        if (paraStyles.TryGetValue(key, out var name)) return name;
        name = "P" + (paraStyles.Count + 1).ToString(CultureInfo.InvariantCulture);
        paraStyles[key] = name;
        auto.Start("style:style", "style:name", name, "style:family", "paragraph", "style:parent-style-name", "Standard")
            .Empty("style:paragraph-properties", "fo:line-height", XmlText.Mm(Math.Max(0.5, mm)), "fo:margin-top", "0mm", "fo:margin-bottom", "0mm")
            .Empty("style:text-properties", "fo:font-size", "2pt")
            .End();
        return name;
    }

    private void WriteTable(Table t, bool rowHeaders)
    {
        int cols = Math.Max(t.ShowHeader ? t.Header.Count : 0, t.Rows.Count == 0 ? 0 : t.Rows.Max(r => r.Count));
        if (cols == 0) return;
        if (!string.IsNullOrEmpty(t.Caption)) body.Start("text:p", "text:style-name", "Caption").OdfText(t.Caption).End();
        var rel = t.RelativeWidths is { } rw && rw.Count == cols && rw.All(v => v > 0) ? rw : Enumerable.Repeat(1.0, cols).ToList();
        double sum = rel.Sum();
        string name = "Tabela" + (++tableNo).ToString(CultureInfo.InvariantCulture);
        auto.Start("style:style", "style:name", name, "style:family", "table")
            .Empty("style:table-properties", "style:width", XmlText.Mm(textWidthMm), "table:align", "margins", "fo:margin-bottom", "2mm")
            .End();
        for (int c = 0; c < cols; c++)
            auto.Start("style:style", "style:name", name + ".C" + (c + 1).ToString(CultureInfo.InvariantCulture), "style:family", "table-column")
                .Empty("style:table-column-properties", "style:column-width", XmlText.Mm(textWidthMm * rel[c] / sum))
                .End();

        string CellPara(int c, bool header)
        {
            var align = t.Align is { } a && c < a.Count ? a[c] switch { ColumnAlign.Right => TextAlign.Right, ColumnAlign.Center => TextAlign.Center, _ => TextAlign.Left } : TextAlign.Left;
            bool bold = header || (c == 0 && (rowHeaders || !t.ShowHeader));
            return ParaStyle(bold ? "Table_20_Heading" : "Table_20_Contents", align, t.SizePt);
        }

        body.Start("table:table", "table:name", name, "table:style-name", name);
        // The first column heads its rows in a chart's data table and a key/value table: a header column, as the PDF's row headers.
        bool headerColumn = rowHeaders || !t.ShowHeader;
        for (int c = 0; c < cols; c++)
        {
            if (c == 0 && headerColumn) body.Start("table:table-header-columns");
            body.Empty("table:table-column", "table:style-name", name + ".C" + (c + 1).ToString(CultureInfo.InvariantCulture));
            if (c == 0 && headerColumn) body.End();
        }
        void Row(IReadOnlyList<string> cells, bool header)
        {
            body.Start("table:table-row");
            for (int c = 0; c < cols; c++)
                body.Start("table:table-cell", "table:style-name", header ? "CellH" : "CellB", "office:value-type", "string")
                    .Start("text:p", "text:style-name", CellPara(c, header)).OdfText(c < cells.Count ? cells[c] ?? "" : "").End()
                    .End();
            body.End();
        }
        if (t.ShowHeader)
        {
            body.Start("table:table-header-rows");
            Row(t.Header, true);
            body.End();
        }
        foreach (var r in t.Rows) Row(r, false);
        body.End();
    }

    private void WriteChart(Chart c)
    {
        string id = "chart" + (frameNo + 1).ToString(CultureInfo.InvariantCulture);
        var drawing = ChartGeometry.Layout(c, SvgChart.Width, SvgChart.FontSize);
        double w = Math.Min(textWidthMm, 170), h = w * drawing.Height / drawing.Width;
        string path;
        // The bitmap, drawn with the fonts the layout was measured with: LibreOffice draws an SVG's
        // text in its own fonts, wider than measured, so long category labels ran into the bars.
        // The SVG stays for machines without the native drawing library.
        if (PngChart.Render(c) is { } png)
        {
            path = "Pictures/" + id + ".png";
            files.Add((path, "image/png", png.Png));
        }
        else
        {
            path = "Pictures/" + id + ".svg";
            files.Add((path, "image/svg+xml", new System.Text.UTF8Encoding(false).GetBytes(SvgChart.Write(c, id, standalone: true, cssClass: null))));
        }
        Frame(path, w, h, c.Title, c.Description, TextAlign.Center);
        if (c.DataTable) WriteTable(ChartData.AsTable(c), true);
    }

    private void Frame(string path, double wMm, double hMm, string title, string? desc, TextAlign align)
    {
        frameNo++;
        body.Start("text:p", "text:style-name", ParaStyle("Standard", align, keepNext: true))
            .Start("draw:frame", "draw:style-name", "Fr", "draw:name", "Obraz" + frameNo.ToString(CultureInfo.InvariantCulture), "text:anchor-type", "as-char",
                "svg:width", XmlText.Mm(wMm), "svg:height", XmlText.Mm(hMm), "draw:z-index", "0")
            .Empty("draw:image", "xlink:href", path, "xlink:type", "simple", "xlink:show", "embed", "xlink:actuate", "onLoad")
            .Start("svg:title").Text(title).End();
        if (!string.IsNullOrEmpty(desc)) body.Start("svg:desc").Text(desc).End();
        body.End().End();
    }

    private void WriteImage(Image i)
    {
        var size = ImageInfo.Size(i.Data);
        double w = Math.Min(i.WidthMm, textWidthMm);
        double h = size is { } s && s.Width > 0 ? w * s.Height / s.Width : w;
        bool jpeg = ImageInfo.IsJpeg(i);
        string path = "Pictures/image" + (files.Count + 1).ToString(CultureInfo.InvariantCulture) + (jpeg ? ".jpg" : ".png");
        files.Add((path, jpeg ? "image/jpeg" : "image/png", i.Data));
        Frame(path, w, h, i.AltText, null, i.Align);
        if (!string.IsNullOrEmpty(i.Caption))
            body.Start("text:p", "text:style-name", ParaStyle("Standard", i.Align)).OdfText(i.Caption).End();
    }

    private void WriteSignatures(SignatureLines s)
    {
        if (s.Labels.Count == 0) return;
        int n = s.Labels.Count;
        double gap = 10, colW = (textWidthMm - gap * (n - 1)) / n;
        string name = "Tabela" + (++tableNo).ToString(CultureInfo.InvariantCulture);
        auto.Start("style:style", "style:name", name, "style:family", "table")
            .Empty("style:table-properties", "style:width", XmlText.Mm(textWidthMm), "table:align", "margins").End();
        auto.Start("style:style", "style:name", name + ".S", "style:family", "table-column").Empty("style:table-column-properties", "style:column-width", XmlText.Mm(colW)).End();
        auto.Start("style:style", "style:name", name + ".G", "style:family", "table-column").Empty("style:table-column-properties", "style:column-width", XmlText.Mm(gap)).End();
        body.Start("table:table", "table:name", name, "table:style-name", name);
        for (int i = 0; i < n; i++)
        {
            if (i > 0) body.Empty("table:table-column", "table:style-name", name + ".G");
            body.Empty("table:table-column", "table:style-name", name + ".S");
        }
        body.Start("table:table-row");
        for (int i = 0; i < n; i++)
        {
            if (i > 0) body.Start("table:table-cell", "table:style-name", "CellN").Empty("text:p").End();
            body.Start("table:table-cell", "table:style-name", "CellN", "office:value-type", "string")
                .Empty("text:p", "text:style-name", "P_sign")
                .Start("text:p", "text:style-name", "P_signlabel").OdfText(s.Labels[i]).End()
                .End();
        }
        body.End().End();
    }

    private string Styles()
    {
        var p = doc.Page;
        var (pw, ph) = PageMm(p);
        double b = p.BaseFontSizePt;
        string lang = doc.Language.Split('-')[0];
        string country = doc.Language.Contains('-', StringComparison.Ordinal) ? doc.Language.Split('-')[1].ToUpperInvariant() : lang.ToUpperInvariant();
        var x = new XmlText();
        x.Raw(Odf.Declaration).Raw("<office:document-styles" + Odf.Namespaces + " office:version=\"1.3\">");
        x.Start("office:font-face-decls")
            .Empty("style:font-face", "style:name", "DejaVu Sans", "svg:font-family", "'DejaVu Sans'", "style:font-family-generic", "swiss", "style:font-pitch", "variable")
            .End();
        x.Start("office:styles");
        x.Start("style:default-style", "style:family", "paragraph")
            .Empty("style:paragraph-properties", "fo:orphans", "2", "fo:widows", "2")
            .Empty("style:text-properties", "style:font-name", "DejaVu Sans", "fo:font-size", XmlText.Pt(b), "style:font-size-complex", XmlText.Pt(b), "fo:language", lang, "fo:country", country)
            .End();
        x.Empty("style:style", "style:name", "Standard", "style:family", "paragraph", "style:class", "text");
        x.Start("style:style", "style:name", "Text_20_body", "style:display-name", "Text body", "style:family", "paragraph", "style:parent-style-name", "Standard", "style:class", "text")
            .Empty("style:paragraph-properties", "fo:margin-top", "0mm", "fo:margin-bottom", "2.1mm").End();
        x.Start("style:style", "style:name", "Heading", "style:family", "paragraph", "style:parent-style-name", "Standard", "style:next-style-name", "Text_20_body", "style:class", "text")
            .Empty("style:paragraph-properties", "fo:margin-top", "4mm", "fo:margin-bottom", "2mm", "fo:keep-with-next", "always")
            .Empty("style:text-properties", "fo:font-weight", "bold", "style:font-weight-complex", "bold").End();
        double[] sizes = [b * 1.7, b * 1.4, b * 1.15];
        for (int l = 1; l <= 3; l++)
        {
            string ls = l.ToString(CultureInfo.InvariantCulture);
            x.Start("style:style", "style:name", "Heading_20_" + ls, "style:display-name", "Heading " + ls, "style:family", "paragraph",
                    "style:parent-style-name", "Heading", "style:next-style-name", "Text_20_body", "style:default-outline-level", ls, "style:class", "text")
                .Empty("style:text-properties", "fo:font-size", XmlText.Pt(sizes[l - 1]), "fo:font-weight", "bold", "style:font-size-complex", XmlText.Pt(sizes[l - 1]))
                .End();
        }
        x.Start("style:style", "style:name", "Table_20_Contents", "style:display-name", "Table Contents", "style:family", "paragraph", "style:parent-style-name", "Standard", "style:class", "extra")
            .Empty("style:paragraph-properties", "fo:margin-top", "0mm", "fo:margin-bottom", "0mm")
            .Empty("style:text-properties", "fo:font-size", XmlText.Pt(b * 0.9)).End();
        x.Start("style:style", "style:name", "Table_20_Heading", "style:display-name", "Table Heading", "style:family", "paragraph", "style:parent-style-name", "Table_20_Contents", "style:class", "extra")
            .Empty("style:text-properties", "fo:font-weight", "bold", "style:font-weight-complex", "bold").End();
        x.Start("style:style", "style:name", "Caption", "style:family", "paragraph", "style:parent-style-name", "Standard", "style:class", "extra")
            .Empty("style:paragraph-properties", "fo:margin-top", "2mm", "fo:margin-bottom", "1mm", "fo:keep-with-next", "always")
            .Empty("style:text-properties", "fo:font-weight", "bold").End();
        x.Start("style:style", "style:name", "List_20_Paragraph", "style:display-name", "List Paragraph", "style:family", "paragraph", "style:parent-style-name", "Standard", "style:class", "list")
            .Empty("style:paragraph-properties", "fo:margin-top", "0mm", "fo:margin-bottom", "1mm").End();
        x.Start("style:style", "style:name", "Footer", "style:family", "paragraph", "style:parent-style-name", "Standard", "style:class", "extra")
            .Start("style:paragraph-properties", "fo:border-top", Border, "fo:padding-top", "1mm")
            .Start("style:tab-stops").Empty("style:tab-stop", "style:position", XmlText.Mm(pw - 2 * p.MarginMm), "style:type", "right").End()
            .End()
            .Empty("style:text-properties", "fo:font-size", "8pt").End();
        foreach (var (name, numbered) in new[] { ("L_bullet", false), ("L_number", true) })
        {
            x.Start("text:list-style", "style:name", name);
            if (numbered) x.Start("text:list-level-style-number", "text:level", "1", "style:num-suffix", ".", "style:num-format", "1");
            else x.Start("text:list-level-style-bullet", "text:level", "1", "text:bullet-char", "•");
            x.Start("style:list-level-properties", "text:list-level-position-and-space-mode", "label-alignment")
                .Empty("style:list-level-label-alignment", "text:label-followed-by", "listtab", "text:list-tab-stop-position", "7mm", "fo:text-indent", "-5mm", "fo:margin-left", "7mm")
                .End().End().End();
        }
        x.Start("text:outline-style", "style:name", "Outline");
        for (int l = 1; l <= 3; l++)
            x.Start("text:outline-level-style", "text:level", l.ToString(CultureInfo.InvariantCulture), "style:num-format", "")
                .Empty("style:list-level-properties").End();
        x.End();
        x.End(); // office:styles
        x.Start("office:automatic-styles")
            .Start("style:page-layout", "style:name", "pm1")
            .Empty("style:page-layout-properties", "fo:page-width", XmlText.Mm(pw), "fo:page-height", XmlText.Mm(ph),
                "style:print-orientation", p.Orientation == PageOrientation.Landscape ? "landscape" : "portrait",
                "fo:margin-top", XmlText.Mm(p.MarginMm), "fo:margin-bottom", XmlText.Mm(p.MarginMm), "fo:margin-left", XmlText.Mm(p.MarginMm), "fo:margin-right", XmlText.Mm(p.MarginMm))
            .Start("style:footer-style").Empty("style:header-footer-properties", "fo:min-height", "0mm", "fo:margin-top", "3mm").End()
            .End()
            .End();
        x.Start("office:master-styles").Start("style:master-page", "style:name", "Standard", "style:page-layout-name", "pm1");
        if (p.PageNumbers || !string.IsNullOrEmpty(doc.Footer))
        {
            x.Start("style:footer").Start("text:p", "text:style-name", "Footer");
            if (!string.IsNullOrEmpty(doc.Footer)) x.OdfText(doc.Footer);
            if (p.PageNumbers)
                x.Raw("<text:tab/>Strona ").Start("text:page-number", "text:select-page", "current").Text("1").End()
                 .Raw(" z ").Start("text:page-count").Text("1").End();
            x.End().End();
        }
        x.End().End();
        return x.Raw("</office:document-styles>").ToString();
    }
}
