using System.Globalization;
using System.IO.Compression;
using GlosKlienta.Documents.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using OX = DocumentFormat.OpenXml;
using Pkg = DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Packaging;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GlosKlienta.Documents.Docx;

/// <summary>
/// DOCX through the Open XML SDK: real Heading1-3 styles (navigation pane), numbering definitions
/// for lists, tables with a repeating header row, images, page setup, a footer with PAGE/NUMPAGES.
/// A chart becomes a PNG of the same layout as the PDF/SVG chart (SkiaSharp) followed by its numbers;
/// where Skia cannot load, its description and numbers. The package is re-zipped with fixed timestamps.
/// </summary>
internal sealed class DocxRenderer
{
    private const double TwipsPerMm = 1440 / 25.4;
    private const long EmuPerMm = 36000;
    private readonly Document doc;
    private readonly Pkg.MainDocumentPart main;
    private readonly int textWidthTwips;
    private int nextNum = 3, nextImage = 1, nextDocPr = 1;
    private readonly List<W.NumberingInstance> extraNums = [];

    private DocxRenderer(Document doc, Pkg.MainDocumentPart main)
    {
        this.doc = doc;
        this.main = main;
        var (w, _) = PageTwips(doc.Page);
        textWidthTwips = w - 2 * (int)Math.Round(doc.Page.MarginMm * TwipsPerMm);
    }

    public static void Render(Document doc, Stream output)
    {
        using var ms = new MemoryStream();
        using (var package = Pkg.WordprocessingDocument.Create(ms, OX.WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            new DocxRenderer(doc, main).Build();
            var core = package.AddCoreFilePropertiesPart();
            using (var s = core.GetStream(FileMode.Create))
            using (var w = new StreamWriter(s, new System.Text.UTF8Encoding(false)))
                w.Write(Spreadsheets.XlsxWriter.CoreProperties(doc.Title, doc.CreatedAt, doc.Author));
        }
        Rezip(ms, output, doc.CreatedAt);
    }

    /// <summary>System.IO.Packaging stamps the current time on entries; copy them with the document's time, in a stable order.</summary>
    internal static void Rezip(MemoryStream package, Stream output, DateTimeOffset createdAt)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var zip = new Zip(output, createdAt);
        var entries = source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal);
        foreach (var e in entries)
        {
            using var from = e.Open();
            using var to = zip.Add(e.FullName);
            if (e.FullName == "_rels/.rels")
            {
                // The package-level relationships get random ids from the SDK; nothing refers to them.
                using var reader = new StreamReader(from);
                int n = 0;
                var text = System.Text.RegularExpressions.Regex.Replace(reader.ReadToEnd(), "Id=\"R[0-9a-f]{16}\"",
                    _ => "Id=\"rId" + (++n).ToString(CultureInfo.InvariantCulture) + "\"");
                to.Write(new System.Text.UTF8Encoding(false).GetBytes(text));
            }
            else from.CopyTo(to);
        }
    }

    internal static (int W, int H) PageTwips(PageSetup p)
    {
        var (w, h) = p.Size switch
        {
            PaperSize.A3 => (297.0, 420.0),
            PaperSize.A5 => (148.0, 210.0),
            _ => (210.0, 297.0),
        };
        if (p.Orientation == PageOrientation.Landscape) (w, h) = (h, w);
        return ((int)Math.Round(w * TwipsPerMm), (int)Math.Round(h * TwipsPerMm));
    }

    private static string HalfPoints(double pt) => ((int)Math.Round(pt * 2)).ToString(CultureInfo.InvariantCulture);

    private void Build()
    {
        AddStyles();
        var body = new W.Body();
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case Heading h: body.Append(HeadingPara(h)); break;
                case Paragraph p: body.Append(Para(p)); break;
                case BulletList l: body.Append(List(l)); break;
                case Table t: body.Append(TableBlock(t, false)); break;
                case Chart c: body.Append(ChartBlock(c)); break;
                case Image i: body.Append(ImageBlock(i)); break;
                case FieldToComplete f: body.Append(Field(f)); break;
                case SignatureLines s: body.Append(Signatures(s)); break;
                case Spacer s:
                    body.Append(new W.Paragraph(new W.ParagraphProperties(
                        new W.SpacingBetweenLines { Before = "0", After = "0", Line = ((int)Math.Max(20, s.HeightMm * TwipsPerMm)).ToString(CultureInfo.InvariantCulture), LineRule = W.LineSpacingRuleValues.Exact })));
                    break;
                case PageBreak:
                    body.Append(new W.Paragraph(new W.Run(new W.Break { Type = W.BreakValues.Page })));
                    break;
            }
        }
        AddNumbering();
        body.Append(Section());
        main.Document = new W.Document(body);
        main.Document.Save();
    }

    private void AddStyles()
    {
        var part = main.AddNewPart<Pkg.StyleDefinitionsPart>("rIdStyles");
        double b = doc.Page.BaseFontSizePt;
        var lang = doc.Language.Contains('-', StringComparison.Ordinal) ? doc.Language : doc.Language + "-" + doc.Language.ToUpperInvariant();
        var styles = new W.Styles(
            new W.DocDefaults(
                new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                    new W.RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                    new W.FontSize { Val = HalfPoints(b) }, new W.FontSizeComplexScript { Val = HalfPoints(b) },
                    new W.Languages { Val = lang })),
                new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(new W.SpacingBetweenLines { After = "120", Line = "264", LineRule = W.LineSpacingRuleValues.Auto }))),
            new W.Style(new W.StyleName { Val = "Normal" }, new W.PrimaryStyle()) { Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true },
            HeadingStyle(1, b * 1.7), HeadingStyle(2, b * 1.4), HeadingStyle(3, b * 1.15),
            new W.Style(new W.StyleName { Val = "caption" }, new W.BasedOn { Val = "Normal" }, new W.NextParagraphStyle { Val = "Normal" }, new W.PrimaryStyle(),
                new W.StyleParagraphProperties(new W.KeepNext(), new W.SpacingBetweenLines { Before = "120", After = "60" }),
                new W.StyleRunProperties(new W.Bold()))
            { Type = W.StyleValues.Paragraph, StyleId = "Caption" },
            new W.Style(new W.StyleName { Val = "List Paragraph" }, new W.BasedOn { Val = "Normal" }, new W.PrimaryStyle(),
                new W.StyleParagraphProperties(new W.SpacingBetweenLines { After = "60" }, new W.Indentation { Left = "720" }))
            { Type = W.StyleValues.Paragraph, StyleId = "ListParagraph" },
            new W.Style(new W.StyleName { Val = "footer" }, new W.BasedOn { Val = "Normal" },
                new W.StyleParagraphProperties(new W.SpacingBetweenLines { After = "0" }),
                new W.StyleRunProperties(new W.FontSize { Val = "16" }, new W.FontSizeComplexScript { Val = "16" }))
            { Type = W.StyleValues.Paragraph, StyleId = "Footer" },
            new W.Style(new W.StyleName { Val = "Normal Table" }, new W.UIPriority { Val = 99 }, new W.SemiHidden(),
                new W.StyleTableProperties(new W.TableIndentation { Width = 0, Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellMarginDefault(new W.TopMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa }, new W.TableCellLeftMargin { Width = 108, Type = W.TableWidthValues.Dxa },
                        new W.BottomMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa }, new W.TableCellRightMargin { Width = 108, Type = W.TableWidthValues.Dxa })))
            { Type = W.StyleValues.Table, StyleId = "TableNormal", Default = true },
            new W.Style(new W.StyleName { Val = "Table Grid" }, new W.BasedOn { Val = "TableNormal" }, new W.UIPriority { Val = 39 },
                new W.StyleParagraphProperties(new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto }),
                new W.StyleTableProperties(new W.TableBorders(
                    new W.TopBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new W.LeftBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new W.BottomBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new W.RightBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" })))
            { Type = W.StyleValues.Table, StyleId = "TableGrid" });
        part.Styles = styles;
        part.Styles.Save();
    }

    private static W.Style HeadingStyle(int level, double size)
    {
        string l = level.ToString(CultureInfo.InvariantCulture);
        return new W.Style(
            new W.StyleName { Val = "heading " + l }, new W.BasedOn { Val = "Normal" }, new W.NextParagraphStyle { Val = "Normal" },
            new W.UIPriority { Val = 9 }, new W.PrimaryStyle(),
            new W.StyleParagraphProperties(new W.KeepNext(), new W.KeepLines(),
                new W.SpacingBetweenLines { Before = level == 1 ? "0" : "240", After = "120" }, new W.OutlineLevel { Val = level - 1 }),
            new W.StyleRunProperties(new W.Bold(), new W.BoldComplexScript(), new W.FontSize { Val = HalfPoints(size) }, new W.FontSizeComplexScript { Val = HalfPoints(size) }))
        { Type = W.StyleValues.Paragraph, StyleId = "Heading" + l };
    }

    private static W.JustificationValues Jc(TextAlign a) => a switch
    {
        TextAlign.Center => W.JustificationValues.Center,
        TextAlign.Right => W.JustificationValues.Right,
        TextAlign.Justify => W.JustificationValues.Both,
        _ => W.JustificationValues.Left,
    };

    private static W.Run TextRun(string text, bool bold = false, bool italic = false, double? size = null)
    {
        var run = new W.Run();
        var rp = new W.RunProperties();
        if (bold) rp.Append(new W.Bold());
        if (italic) rp.Append(new W.Italic());
        if (size is { } s) { rp.Append(new W.FontSize { Val = HalfPoints(s) }); rp.Append(new W.FontSizeComplexScript { Val = HalfPoints(s) }); }
        if (rp.HasChildren) run.Append(rp);
        var parts = Esc.XmlSafe(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0) run.Append(new W.Break());
            if (parts[i].Length > 0) run.Append(new W.Text(parts[i]) { Space = OX.SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    private static W.Paragraph HeadingPara(Heading h)
    {
        int level = Math.Clamp(h.Level, 1, 3);
        var pp = new W.ParagraphProperties(new W.ParagraphStyleId { Val = "Heading" + level.ToString(CultureInfo.InvariantCulture) });
        if (h.Align != TextAlign.Left) pp.Append(new W.Justification { Val = Jc(h.Align) });
        return new W.Paragraph(pp, TextRun(h.Text, size: h.SizePt));
    }

    private static W.Paragraph Para(Paragraph p)
    {
        var pp = new W.ParagraphProperties();
        if (p.KeepWithNext) pp.Append(new W.KeepNext());
        pp.Append(new W.SpacingBetweenLines { After = ((int)Math.Round(p.SpaceAfterPt * 20)).ToString(CultureInfo.InvariantCulture) });
        if (p.Align != TextAlign.Left) pp.Append(new W.Justification { Val = Jc(p.Align) });
        var para = new W.Paragraph(pp);
        foreach (var r in p.Runs) para.Append(TextRun(r.Text, r.Bold, r.Italic, p.SizePt));
        return para;
    }

    private IEnumerable<W.Paragraph> List(BulletList l)
    {
        int numId = 1;
        if (l.Numbered)
        {
            // Each numbered list starts again at 1: its own instance of the decimal definition.
            numId = nextNum++;
            extraNums.Add(new W.NumberingInstance(new W.AbstractNumId { Val = 2 },
                new W.LevelOverride(new W.StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = numId });
        }
        foreach (var item in l.Items)
            yield return new W.Paragraph(
                new W.ParagraphProperties(new W.ParagraphStyleId { Val = "ListParagraph" },
                    new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = numId })),
                TextRun(item));
    }

    private void AddNumbering()
    {
        var part = main.AddNewPart<Pkg.NumberingDefinitionsPart>("rIdNumbering");
        var numbering = new W.Numbering(
            new W.AbstractNum(new W.MultiLevelType { Val = W.MultiLevelValues.SingleLevel },
                new W.Level(new W.StartNumberingValue { Val = 1 }, new W.NumberingFormat { Val = W.NumberFormatValues.Bullet }, new W.LevelText { Val = "•" },
                    new W.LevelJustification { Val = W.LevelJustificationValues.Left },
                    new W.PreviousParagraphProperties(new W.Indentation { Left = "720", Hanging = "360" }))
                { LevelIndex = 0 })
            { AbstractNumberId = 1 },
            new W.AbstractNum(new W.MultiLevelType { Val = W.MultiLevelValues.SingleLevel },
                new W.Level(new W.StartNumberingValue { Val = 1 }, new W.NumberingFormat { Val = W.NumberFormatValues.Decimal }, new W.LevelText { Val = "%1." },
                    new W.LevelJustification { Val = W.LevelJustificationValues.Left },
                    new W.PreviousParagraphProperties(new W.Indentation { Left = "720", Hanging = "360" }))
                { LevelIndex = 0 })
            { AbstractNumberId = 2 },
            new W.NumberingInstance(new W.AbstractNumId { Val = 1 }) { NumberID = 1 },
            new W.NumberingInstance(new W.AbstractNumId { Val = 2 }) { NumberID = 2 });
        foreach (var n in extraNums) numbering.Append(n);
        part.Numbering = numbering;
        part.Numbering.Save();
    }

    private IEnumerable<OX.OpenXmlElement> TableBlock(Table t, bool rowHeaders)
    {
        int cols = Math.Max(t.ShowHeader ? t.Header.Count : 0, t.Rows.Count == 0 ? 0 : t.Rows.Max(r => r.Count));
        if (cols == 0) yield break;
        if (!string.IsNullOrEmpty(t.Caption))
            yield return new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = "Caption" }), TextRun(t.Caption));
        var rel = t.RelativeWidths is { } rw && rw.Count == cols && rw.All(v => v > 0) ? rw : Enumerable.Repeat(1.0, cols).ToList();
        double sum = rel.Sum();
        var widths = rel.Select(v => (int)Math.Round(textWidthTwips * v / sum)).ToArray();
        var table = new W.Table(new W.TableProperties(
            new W.TableStyle { Val = "TableGrid" },
            new W.TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
            new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            new W.TableLook { Val = ((t.ShowHeader ? 0x20 : 0) | (rowHeaders || !t.ShowHeader ? 0x80 : 0) | 0x600).ToString("X4", CultureInfo.InvariantCulture) }));
        var grid = new W.TableGrid();
        foreach (var w in widths) grid.Append(new W.GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) });
        table.Append(grid);

        W.TableRow Row(IReadOnlyList<string> cells, bool header)
        {
            var tr = new W.TableRow();
            if (header) tr.Append(new W.TableRowProperties(new W.TableHeader(), new W.CantSplit()));
            for (int c = 0; c < cols; c++)
            {
                var pp = new W.ParagraphProperties(new W.SpacingBetweenLines { After = "0" });
                if (t.Align is { } a && c < a.Count && a[c] != ColumnAlign.Left)
                    pp.Append(new W.Justification { Val = a[c] == ColumnAlign.Right ? W.JustificationValues.Right : W.JustificationValues.Center });
                bool bold = header || (c == 0 && (rowHeaders || !t.ShowHeader));
                var tcp = new W.TableCellProperties(new W.TableCellWidth { Width = widths[c].ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa });
                if (header) tcp.Append(new W.Shading { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = "E6E6E6" });
                tr.Append(new W.TableCell(tcp, new W.Paragraph(pp, TextRun(c < cells.Count ? cells[c] ?? "" : "", bold, size: t.SizePt))));
            }
            return tr;
        }

        if (t.ShowHeader) table.Append(Row(t.Header, true));
        foreach (var r in t.Rows) table.Append(Row(r, false));
        yield return table;
        yield return new W.Paragraph(new W.ParagraphProperties(new W.SpacingBetweenLines { After = "0" }));
    }

    private IEnumerable<OX.OpenXmlElement> ChartBlock(Chart c)
    {
        yield return new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = "Caption" }), TextRun("Wykres: " + c.Title));
        if (PngChart.Render(c) is { } png)
        {
            // The same drawing as in PDF and HTML, as a bitmap; alt text carries title and description.
            double widthMm = Math.Min(170, textWidthTwips / TwipsPerMm);
            var image = new Image(png.Png, "image/png", c.Title + ". " + c.Description, widthMm) { Align = TextAlign.Center };
            foreach (var p in ImageBlock(image, keepNext: c.DataTable)) yield return p;
        }
        else
            yield return new W.Paragraph(new W.ParagraphProperties(new W.KeepNext()), TextRun(c.Description, italic: true));
        if (!c.DataTable && PngChart.Available) yield break;
        var table = ChartData.AsTable(c) with { Caption = null };
        foreach (var e in TableBlock(table, true)) yield return e;
    }

    private IEnumerable<W.Paragraph> ImageBlock(Image i, bool keepNext = false)
    {
        var size = ImageInfo.Size(i.Data);
        double widthMm = Math.Min(i.WidthMm, textWidthTwips / TwipsPerMm);
        double heightMm = size is { } s && s.Width > 0 ? widthMm * s.Height / s.Width : widthMm;
        long cx = (long)(widthMm * EmuPerMm), cy = (long)(heightMm * EmuPerMm);
        string relId = "rIdImg" + (nextImage++).ToString(CultureInfo.InvariantCulture);
        var imagePart = main.AddImagePart(ImageInfo.IsJpeg(i) ? Pkg.ImagePartType.Jpeg : Pkg.ImagePartType.Png, relId);
        using (var ms = new MemoryStream(i.Data, false)) imagePart.FeedData(ms);
        uint id = (uint)nextDocPr++;
        var drawing = new W.Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = "Obraz " + id.ToString(CultureInfo.InvariantCulture), Description = Esc.XmlSafe(i.AltText) },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = "obraz" + id.ToString(CultureInfo.InvariantCulture) + (ImageInfo.IsJpeg(i) ? ".jpg" : ".png"), Description = Esc.XmlSafe(i.AltText) }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
        var pp = new W.ParagraphProperties();
        if (keepNext || !string.IsNullOrEmpty(i.Caption)) pp.Append(new W.KeepNext());
        if (i.Align != TextAlign.Left) pp.Append(new W.Justification { Val = Jc(i.Align) });
        yield return new W.Paragraph(pp, new W.Run(drawing));
        if (!string.IsNullOrEmpty(i.Caption))
        {
            var cp = new W.ParagraphProperties();
            if (i.Align != TextAlign.Left) cp.Append(new W.Justification { Val = Jc(i.Align) });
            yield return new W.Paragraph(cp, TextRun(i.Caption));
        }
    }

    private static W.ParagraphBorders BottomRule(W.BorderValues style) =>
        new(new W.BottomBorder { Val = style, Size = 4, Space = 1, Color = "000000" });

    private IEnumerable<W.Paragraph> Field(FieldToComplete f)
    {
        yield return new W.Paragraph(new W.ParagraphProperties(new W.KeepNext(), new W.SpacingBetweenLines { After = "0" }), TextRun(f.Label, bold: true));
        if (!string.IsNullOrEmpty(f.Value))
        {
            yield return new W.Paragraph(new W.ParagraphProperties(BottomRule(W.BorderValues.Single)), TextRun(f.Value));
            yield break;
        }
        int lineTwips = (int)Math.Round(Math.Max(8 * TwipsPerMm, doc.Page.BaseFontSizePt * 2.1 * 20));
        for (int k = 0; k < Math.Max(1, f.Lines); k++)
        {
            var pp = new W.ParagraphProperties();
            if (k < f.Lines - 1) pp.Append(new W.KeepNext());
            pp.Append(BottomRule(W.BorderValues.Single));
            pp.Append(new W.SpacingBetweenLines { After = k == f.Lines - 1 ? "240" : "0", Line = lineTwips.ToString(CultureInfo.InvariantCulture), LineRule = W.LineSpacingRuleValues.Exact });
            yield return new W.Paragraph(pp);
        }
    }

    private IEnumerable<OX.OpenXmlElement> Signatures(SignatureLines s)
    {
        if (s.Labels.Count == 0) yield break;
        int n = s.Labels.Count, gap = 567;
        int colW = (textWidthTwips - gap * (n - 1)) / n;
        var table = new W.Table(new W.TableProperties(
            new W.TableWidth { Width = textWidthTwips.ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
            new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            new W.TableLook { Val = "0600" }));
        var grid = new W.TableGrid();
        for (int i = 0; i < n; i++)
        {
            if (i > 0) grid.Append(new W.GridColumn { Width = gap.ToString(CultureInfo.InvariantCulture) });
            grid.Append(new W.GridColumn { Width = colW.ToString(CultureInfo.InvariantCulture) });
        }
        table.Append(grid);
        var row = new W.TableRow(new W.TableRowProperties(new W.CantSplit()));
        for (int i = 0; i < n; i++)
        {
            if (i > 0) row.Append(new W.TableCell(new W.TableCellProperties(new W.TableCellWidth { Width = gap.ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa }), new W.Paragraph()));
            row.Append(new W.TableCell(
                new W.TableCellProperties(new W.TableCellWidth { Width = colW.ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa }),
                new W.Paragraph(new W.ParagraphProperties(new W.KeepNext(), BottomRule(W.BorderValues.Dotted), new W.SpacingBetweenLines { Before = "850", After = "40" })),
                new W.Paragraph(new W.ParagraphProperties(new W.Justification { Val = W.JustificationValues.Center }), TextRun(s.Labels[i], size: doc.Page.BaseFontSizePt * 0.85))));
        }
        table.Append(row);
        yield return table;
        yield return new W.Paragraph(new W.ParagraphProperties(new W.SpacingBetweenLines { After = "0" }));
    }

    private W.SectionProperties Section()
    {
        var (w, h) = PageTwips(doc.Page);
        int m = (int)Math.Round(doc.Page.MarginMm * TwipsPerMm);
        var sect = new W.SectionProperties();
        if (doc.Page.PageNumbers || !string.IsNullOrEmpty(doc.Footer))
        {
            var footerPart = main.AddNewPart<Pkg.FooterPart>("rIdFooter");
            var para = new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = "Footer" },
                new W.ParagraphBorders(new W.TopBorder { Val = W.BorderValues.Single, Size = 4, Space = 4, Color = "000000" }),
                new W.Tabs(new W.TabStop { Val = W.TabStopValues.Right, Position = w - 2 * m })));
            if (!string.IsNullOrEmpty(doc.Footer)) para.Append(TextRun(doc.Footer));
            if (doc.Page.PageNumbers)
            {
                para.Append(new W.Run(new W.TabChar()));
                para.Append(TextRun("Strona "));
                para.Append(new W.SimpleField(new W.Run(new W.Text("1"))) { Instruction = " PAGE " });
                para.Append(TextRun(" z "));
                para.Append(new W.SimpleField(new W.Run(new W.Text("1"))) { Instruction = " NUMPAGES " });
            }
            footerPart.Footer = new W.Footer(para);
            footerPart.Footer.Save();
            sect.Append(new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = "rIdFooter" });
        }
        sect.Append(new W.PageSize { Width = (uint)w, Height = (uint)h, Orient = doc.Page.Orientation == PageOrientation.Landscape ? W.PageOrientationValues.Landscape : W.PageOrientationValues.Portrait });
        sect.Append(new W.PageMargin { Top = m, Bottom = m, Left = (uint)m, Right = (uint)m, Header = 425U, Footer = (uint)Math.Max(283, m / 2), Gutter = 0U });
        if (doc.Page.Fit is { CenterVertically: true })
            sect.Append(new W.VerticalTextAlignmentOnPage { Val = W.VerticalJustificationValues.Center });
        return sect;
    }
}
