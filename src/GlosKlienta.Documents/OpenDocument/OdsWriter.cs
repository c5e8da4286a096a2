using System.Globalization;
using System.Text;
using System.Xml;
using GlosKlienta.Documents.Spreadsheets;

namespace GlosKlienta.Documents.OpenDocument;

/// <summary>
/// OpenDocument spreadsheet written by hand: content.xml is streamed with an XmlWriter row by row,
/// cells keep their type (float, date, boolean, string), the bold header row is a header-rows
/// block and frozen through settings.xml.
/// </summary>
internal static class OdsWriter
{
    public const string MediaType = "application/vnd.oasis.opendocument.spreadsheet";
    private const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string StyleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string FoNs = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private const string NumberNs = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";

    public static void Write(Workbook workbook, Stream output)
    {
        var names = XlsxWriter.SheetNames(workbook.Sheets);
        using var zip = new Zip(output, workbook.CreatedAt);
        Odf.WriteMimetype(zip, MediaType);
        zip.Add("META-INF/manifest.xml", Odf.Manifest(MediaType, [("content.xml", "text/xml"), ("styles.xml", "text/xml"), ("meta.xml", "text/xml"), ("settings.xml", "text/xml")]));
        zip.Add("meta.xml", Odf.Meta(workbook.Title, null, null, "pl", workbook.CreatedAt));
        zip.Add("styles.xml", Odf.Declaration + "<office:document-styles" + Odf.Namespaces + " office:version=\"1.3\"><office:styles>" +
            "<style:default-style style:family=\"table-cell\"><style:text-properties fo:language=\"pl\" fo:country=\"PL\"/></style:default-style>" +
            "</office:styles></office:document-styles>");
        zip.Add("settings.xml", Settings(names));
        using (var s = zip.Add("content.xml"))
            WriteContent(workbook, names, s);
    }

    private static string Settings(List<string> names)
    {
        var x = new XmlText();
        x.Raw(Odf.Declaration).Raw("<office:document-settings xmlns:office=\"" + Office + "\" xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\" office:version=\"1.3\"><office:settings>");
        x.Start("config:config-item-set", "config:name", "ooo:view-settings")
            .Start("config:config-item-map-indexed", "config:name", "Views")
            .Start("config:config-item-map-entry")
            .Start("config:config-item", "config:name", "ViewId", "config:type", "string").Text("view1").End()
            .Start("config:config-item-map-named", "config:name", "Tables");
        foreach (var name in names)
        {
            x.Start("config:config-item-map-entry", "config:name", name);
            foreach (var (key, type, value) in new[] { ("VerticalSplitMode", "short", "2"), ("VerticalSplitPosition", "int", "1"), ("ActiveSplitRange", "short", "2"), ("PositionTop", "int", "0"), ("PositionBottom", "int", "1") })
                x.Start("config:config-item", "config:name", key, "config:type", type).Text(value).End();
            x.End();
        }
        x.End().End().End().End();
        return x.Raw("</office:settings></office:document-settings>").ToString();
    }

    private static void WriteContent(Workbook workbook, List<string> names, Stream stream)
    {
        using var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false, CheckCharacters = false });
        w.WriteStartDocument();
        w.WriteStartElement("office", "document-content", Office);
        w.WriteAttributeString("xmlns", "style", null, StyleNs);
        w.WriteAttributeString("xmlns", "text", null, TextNs);
        w.WriteAttributeString("xmlns", "table", null, TableNs);
        w.WriteAttributeString("xmlns", "fo", null, FoNs);
        w.WriteAttributeString("xmlns", "number", null, NumberNs);
        w.WriteAttributeString("office", "version", Office, "1.3");

        w.WriteStartElement("office", "automatic-styles", Office);
        DateStyle(w, "N_date", false);
        DateStyle(w, "N_datetime", true);
        CellStyle(w, "ce_h", null, bold: true);
        CellStyle(w, "ce_d", "N_date", false);
        CellStyle(w, "ce_dt", "N_datetime", false);
        var widths = workbook.Sheets.Select(ColumnWidths).ToList();
        for (int s = 0; s < widths.Count; s++)
            for (int c = 0; c < widths[s].Length; c++)
            {
                w.WriteStartElement("style", "style", StyleNs);
                w.WriteAttributeString("style", "name", StyleNs, ColumnStyle(s, c));
                w.WriteAttributeString("style", "family", StyleNs, "table-column");
                w.WriteStartElement("style", "table-column-properties", StyleNs);
                w.WriteAttributeString("style", "column-width", StyleNs, XmlText.Mm(widths[s][c] * 2.1));
                w.WriteEndElement();
                w.WriteEndElement();
            }
        w.WriteEndElement();

        w.WriteStartElement("office", "body", Office);
        w.WriteStartElement("office", "spreadsheet", Office);
        for (int s = 0; s < workbook.Sheets.Count; s++)
        {
            var sheet = workbook.Sheets[s];
            w.WriteStartElement("table", "table", TableNs);
            w.WriteAttributeString("table", "name", TableNs, names[s]);
            for (int c = 0; c < widths[s].Length; c++)
            {
                w.WriteStartElement("table", "table-column", TableNs);
                w.WriteAttributeString("table", "style-name", TableNs, ColumnStyle(s, c));
                w.WriteEndElement();
            }
            if (sheet.Columns.Count > 0)
            {
                w.WriteStartElement("table", "table-header-rows", TableNs);
                w.WriteStartElement("table", "table-row", TableNs);
                foreach (var col in sheet.Columns) StringCell(w, col.Header, "ce_h");
                w.WriteEndElement();
                w.WriteEndElement();
            }
            foreach (var row in sheet.Rows)
            {
                w.WriteStartElement("table", "table-row", TableNs);
                foreach (var v in row) Cell(w, v);
                if (row.Count == 0) { w.WriteStartElement("table", "table-cell", TableNs); w.WriteEndElement(); }
                w.WriteEndElement();
            }
            if (sheet.Rows.Count == 0 && sheet.Columns.Count == 0)
            {
                w.WriteStartElement("table", "table-row", TableNs);
                w.WriteStartElement("table", "table-cell", TableNs);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static string ColumnStyle(int sheet, int col) =>
        "co" + (sheet + 1).ToString(CultureInfo.InvariantCulture) + "_" + (col + 1).ToString(CultureInfo.InvariantCulture);

    private static int[] ColumnWidths(Sheet sheet)
    {
        int cols = Math.Max(sheet.Columns.Count, sheet.Rows.Count == 0 ? 0 : sheet.Rows.Take(1000).Max(r => r.Count));
        var widths = new int[cols];
        for (int c = 0; c < cols; c++)
        {
            int len = c < sheet.Columns.Count ? sheet.Columns[c].Header.Length : 4;
            foreach (var row in sheet.Rows.Take(200))
                if (c < row.Count && row[c] is { } v)
                    len = Math.Max(len, SheetCells.Kind(v) switch { CellKind.Date => 10, CellKind.DateTime => 19, _ => SheetCells.Text(v).Length });
            widths[c] = Math.Clamp(len + 2, 8, 60);
        }
        return widths;
    }

    private static void DateStyle(XmlWriter w, string name, bool time)
    {
        w.WriteStartElement("number", "date-style", NumberNs);
        w.WriteAttributeString("style", "name", StyleNs, name);
        void Part(string p) { w.WriteStartElement("number", p, NumberNs); w.WriteAttributeString("number", "style", NumberNs, "long"); w.WriteEndElement(); }
        void Lit(string t) { w.WriteStartElement("number", "text", NumberNs); w.WriteString(t); w.WriteEndElement(); }
        Part("year"); Lit("-"); Part("month"); Lit("-"); Part("day");
        if (time) { Lit(" "); Part("hours"); Lit(":"); Part("minutes"); Lit(":"); Part("seconds"); }
        w.WriteEndElement();
    }

    private static void CellStyle(XmlWriter w, string name, string? dataStyle, bool bold)
    {
        w.WriteStartElement("style", "style", StyleNs);
        w.WriteAttributeString("style", "name", StyleNs, name);
        w.WriteAttributeString("style", "family", StyleNs, "table-cell");
        if (dataStyle is not null) w.WriteAttributeString("style", "data-style-name", StyleNs, dataStyle);
        if (bold)
        {
            w.WriteStartElement("style", "text-properties", StyleNs);
            w.WriteAttributeString("fo", "font-weight", FoNs, "bold");
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void StringCell(XmlWriter w, string text, string? style)
    {
        w.WriteStartElement("table", "table-cell", TableNs);
        if (style is not null) w.WriteAttributeString("table", "style-name", TableNs, style);
        w.WriteAttributeString("office", "value-type", Office, "string");
        var lines = Esc.XmlSafe(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        foreach (var line in lines)
        {
            w.WriteStartElement("text", "p", TextNs);
            w.WriteString(line);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void TypedCell(XmlWriter w, string type, string valueAttr, string value, string display, string? style)
    {
        w.WriteStartElement("table", "table-cell", TableNs);
        if (style is not null) w.WriteAttributeString("table", "style-name", TableNs, style);
        w.WriteAttributeString("office", "value-type", Office, type);
        w.WriteAttributeString("office", valueAttr, Office, value);
        w.WriteStartElement("text", "p", TextNs);
        w.WriteString(display);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Cell(XmlWriter w, object? v)
    {
        switch (SheetCells.Kind(v))
        {
            case CellKind.Empty:
                w.WriteStartElement("table", "table-cell", TableNs);
                w.WriteEndElement();
                break;
            case CellKind.Number:
                if (SheetCells.Number(v!) is { } n) TypedCell(w, "float", "value", n, n, null);
                else goto case CellKind.Empty;
                break;
            case CellKind.Bool:
                TypedCell(w, "boolean", "boolean-value", (bool)v! ? "true" : "false", (bool)v! ? "PRAWDA" : "FAŁSZ", null);
                break;
            case CellKind.Date:
            {
                var d = SheetCells.IsoDate((DateOnly)v!);
                TypedCell(w, "date", "date-value", d, d, "ce_d");
                break;
            }
            case CellKind.DateTime:
            {
                var t = SheetCells.Clock(v!);
                TypedCell(w, "date", "date-value", t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), "ce_dt");
                break;
            }
            default:
                StringCell(w, SheetCells.Text(v!), null);
                break;
        }
    }
}
