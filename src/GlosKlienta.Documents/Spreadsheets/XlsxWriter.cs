using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GlosKlienta.Documents.Spreadsheets;

/// <summary>
/// XLSX written as a zip by hand with each worksheet streamed through <see cref="OpenXmlWriter"/>:
/// memory stays flat for half a million rows (no DOM, no package buffering). Inline strings, typed
/// numbers and dates (with a date style), a bold header row frozen at the top.
/// </summary>
internal static class XlsxWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    internal const uint StyleHeader = 1, StyleDate = 2, StyleDateTime = 3;
    private const int MaxCellText = 32_767;

    public static void Write(Workbook workbook, Stream output)
    {
        var names = SheetNames(workbook.Sheets);
        using var zip = new Zip(output, workbook.CreatedAt);
        zip.Add("[Content_Types].xml", ContentTypes(workbook.Sheets.Count));
        zip.Add("_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>" +
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>" +
            "</Relationships>");
        zip.Add("docProps/core.xml", CoreProperties(workbook.Title, workbook.CreatedAt));
        var wb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"" + Main + "\" xmlns:r=\"" + Rel + "\"><sheets>");
        var rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < names.Count; i++)
        {
            string n = (i + 1).ToString(CultureInfo.InvariantCulture);
            wb.Append("<sheet name=\"").Append(Esc.Xml(names[i])).Append("\" sheetId=\"").Append(n).Append("\" r:id=\"rId").Append(n).Append("\"/>");
            rels.Append("<Relationship Id=\"rId").Append(n).Append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").Append(n).Append(".xml\"/>");
        }
        wb.Append("</sheets></workbook>");
        rels.Append("<Relationship Id=\"rId").Append((names.Count + 1).ToString(CultureInfo.InvariantCulture))
            .Append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
        zip.Add("xl/workbook.xml", wb.ToString());
        zip.Add("xl/_rels/workbook.xml.rels", rels.ToString());
        zip.Add("xl/styles.xml", Styles);
        for (int i = 0; i < workbook.Sheets.Count; i++)
        {
            using var s = zip.Add("xl/worksheets/sheet" + (i + 1).ToString(CultureInfo.InvariantCulture) + ".xml");
            WriteSheet(workbook.Sheets[i], s, i == 0);
        }
    }

    internal static List<string> SheetNames(IReadOnlyList<Sheet> sheets)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        for (int i = 0; i < sheets.Count; i++)
        {
            var clean = new string(sheets[i].Name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\') && !char.IsControl(c)).ToArray()).Trim('\'', ' ');
            if (clean.Length == 0) clean = "Arkusz" + (i + 1).ToString(CultureInfo.InvariantCulture);
            if (clean.Length > 31) clean = clean[..31];
            var name = clean;
            for (int k = 2; !used.Add(name); k++)
            {
                var suffix = " (" + k.ToString(CultureInfo.InvariantCulture) + ")";
                name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
            }
            result.Add(name);
        }
        return result;
    }

    private static string ContentTypes(int sheets)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" +
            "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
        for (int i = 1; i <= sheets; i++)
            sb.Append("<Override PartName=\"/xl/worksheets/sheet").Append(i.ToString(CultureInfo.InvariantCulture))
              .Append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        return sb.Append("</Types>").ToString();
    }

    internal static string CoreProperties(string? title, DateTimeOffset created, string? author = null)
    {
        string when = created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
            (string.IsNullOrEmpty(title) ? "" : "<dc:title>" + Esc.Xml(Esc.XmlSafe(title)) + "</dc:title>") +
            (string.IsNullOrEmpty(author) ? "" : "<dc:creator>" + Esc.Xml(Esc.XmlSafe(author)) + "</dc:creator>") +
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:created>" +
            "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified></cp:coreProperties>";
    }

    private const string Styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"" + Main + "\">" +
        "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/><numFmt numFmtId=\"165\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm:ss\"/></numFmts>" +
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>" +
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>" +
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" +
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
        "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" +
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>" +
        "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>" +
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";

    private static string ColumnName(int index)
    {
        var sb = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) sb.Insert(0, (char)('A' + (n - 1) % 26));
        return sb.ToString();
    }

    private static void WriteSheet(Sheet sheet, Stream stream, bool selected)
    {
        int cols = Math.Max(sheet.Columns.Count, sheet.Rows.Count == 0 ? 0 : sheet.Rows.Take(1000).Max(r => r.Count));
        var colNames = Enumerable.Range(0, Math.Max(cols, 1)).Select(ColumnName).ToArray();
        using var w = OpenXmlWriter.Create(stream);
        w.WriteStartDocument(true);
        w.WriteStartElement(new Worksheet(), [], [new KeyValuePair<string, string>("r", Rel)]);

        var view = new SheetView { WorkbookViewId = 0U };
        if (selected) view.TabSelected = true;
        if (sheet.Columns.Count > 0)
        {
            view.Append(new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        }
        w.WriteElement(new SheetViews(view));

        if (cols > 0)
        {
            w.WriteStartElement(new Columns());
            for (int c = 0; c < cols; c++)
            {
                int len = c < sheet.Columns.Count ? sheet.Columns[c].Header.Length : 4;
                foreach (var row in sheet.Rows.Take(200))
                    if (c < row.Count && row[c] is { } v)
                        len = Math.Max(len, SheetCells.Kind(v) switch { CellKind.Date => 10, CellKind.DateTime => 19, _ => SheetCells.Text(v).Length });
                w.WriteElement(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = Math.Clamp(len + 2, 8, 60), CustomWidth = true });
            }
            w.WriteEndElement();
        }

        w.WriteStartElement(new SheetData());
        var rowProto = new Row();
        var cellProto = new Cell();
        var valueProto = new CellValue();
        var inlineProto = new InlineString();
        var textProto = new Text();
        var rowAttrs = new List<OpenXmlAttribute>(1);
        var attrs = new List<OpenXmlAttribute>(3);
        uint r = 0;

        void Cell(int c, string? type, uint style, string value, bool inline)
        {
            attrs.Clear();
            attrs.Add(new OpenXmlAttribute("r", "", colNames[c] + r.ToString(CultureInfo.InvariantCulture)));
            if (style != 0) attrs.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
            if (type is not null) attrs.Add(new OpenXmlAttribute("t", "", type));
            w.WriteStartElement(cellProto, attrs);
            if (inline)
            {
                w.WriteStartElement(inlineProto);
                w.WriteStartElement(textProto, value.Length > 0 && (value[0] == ' ' || value[^1] == ' ' || value.Contains('\n', StringComparison.Ordinal))
                    ? [new OpenXmlAttribute("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")] : []);
                w.WriteString(value);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            else
            {
                w.WriteStartElement(valueProto);
                w.WriteString(value);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }

        void StartRow()
        {
            r++;
            rowAttrs.Clear();
            rowAttrs.Add(new OpenXmlAttribute("r", "", r.ToString(CultureInfo.InvariantCulture)));
            w.WriteStartElement(rowProto, rowAttrs);
        }

        if (sheet.Columns.Count > 0)
        {
            StartRow();
            for (int c = 0; c < sheet.Columns.Count; c++) Cell(c, "inlineStr", StyleHeader, Esc.XmlSafe(sheet.Columns[c].Header), true);
            w.WriteEndElement();
        }
        foreach (var row in sheet.Rows)
        {
            StartRow();
            for (int c = 0; c < row.Count && c < colNames.Length; c++)
            {
                var v = row[c];
                switch (SheetCells.Kind(v))
                {
                    case CellKind.Empty:
                        break;
                    case CellKind.Number:
                        if (SheetCells.Number(v!) is { } num) Cell(c, null, 0, num, false);
                        break;
                    case CellKind.Bool:
                        Cell(c, "b", 0, (bool)v! ? "1" : "0", false);
                        break;
                    case CellKind.Date:
                        Cell(c, null, StyleDate, ((DateOnly)v!).ToDateTime(TimeOnly.MinValue).ToOADate().ToString("R", CultureInfo.InvariantCulture), false);
                        break;
                    case CellKind.DateTime:
                        Cell(c, null, StyleDateTime, SheetCells.Clock(v!).ToOADate().ToString("R", CultureInfo.InvariantCulture), false);
                        break;
                    default:
                        var text = Esc.XmlSafe(SheetCells.Text(v!));
                        // Excel refuses a file with a cell longer than 32,767 characters.
                        if (text.Length > MaxCellText) text = text[..MaxCellText];
                        Cell(c, "inlineStr", 0, text, true);
                        break;
                }
            }
            w.WriteEndElement();
        }
        w.WriteEndElement(); // sheetData
        w.WriteEndElement(); // worksheet
        w.Close();
    }
}
