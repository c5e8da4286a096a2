using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GlosKlienta.Documents.Charts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Structure;
using PdfSharp.UniversalAccessibility;

namespace GlosKlienta.Documents.Pdf;

/// <summary>
/// A small flowing layout over PDFsharp: paragraphs wrap and justify, tables repeat their header
/// and split long rows across pages, charts are drawn as vectors from <see cref="ChartGeometry"/>.
/// The PDF is tagged (<see cref="Tagging"/>): every block becomes a structure element in reading order.
/// A poster (<see cref="PageSetup.Fit"/>) is laid out a few times to choose its type size, columns
/// and sheets (<see cref="ChooseLayout"/>), then drawn once with the choice.
/// </summary>
internal sealed class PdfRenderer : IDisposable
{
    /// <summary>How a document is laid out: its type scale, one or two columns after the spanning blocks, continuation markers, a shift down (centring).</summary>
    internal readonly record struct Layout(double Scale, int Columns, bool Continued, double OffsetY)
    {
        public static readonly Layout Plain = new(1, 1, false, 0);
    }

    private const double MmToPt = 72 / 25.4;
    private static readonly XStringFormat BaseLeft = XStringFormats.BaseLineLeft;
    private static readonly XStringFormat BaseCenter = XStringFormats.BaseLineCenter;
    private static readonly XStringFormat BaseRight = XStringFormats.BaseLineRight;

    private readonly Document source, doc;
    private readonly Layout layout;
    private readonly PdfDocument pdf = new();
    private readonly List<PdfPage> pages = [];
    private readonly Dictionary<(double, XFontStyleEx), XFont> fonts = [];
    private readonly TextLayout text;
    private readonly double pageW, pageH, pageLeft, pageRight, top, bottom, footerTop, baseSize, columnGap;
    private XGraphics? gfx;
    private Guid documentGuid;
    // The frame text flows in: the page's text area, or one of its columns; frameTop is where the frame starts.
    private double left, right, frameTop;
    private int column;
    private bool inColumns;
    private double y;
    // Whether the current frame (page or column) holds anything yet.
    private bool pageHasContent;
    // The lowest point drawn on the current page (centring measures it).
    private double inkBottom;
    // Room the last line or row of the current block keeps below it for the image that follows (a QR code never starts a page alone).
    private double keepTail;
    // A table had to make its type smaller than asked for its words to fit: a poster layout that needs this is not chosen.
    private bool tableShrunk;
    // The drawing pass: its structure tree, and the page count an untagged layout found ("Strona N z M"
    // and the continuation markers are drawn on each page as it ends, the only time PDFsharp's tagging
    // lets a page be drawn on). Null in trial layouts, which draw no page furniture.
    private readonly Tagging? tags;
    private readonly int? pageTotal;

    private PdfRenderer(Document source, Layout layout, int? pageTotal = null)
    {
        this.source = source;
        this.layout = layout;
        this.pageTotal = pageTotal;
        if (pageTotal is not null) tags = new Tagging(pdf, source.Language, () => gfx!);
        doc = PosterScale.Apply(source, layout.Scale);
        (pageW, pageH) = PageSize(doc.Page);
        double m = doc.Page.MarginMm * MmToPt;
        left = pageLeft = m;
        right = pageRight = pageW - m;
        top = m;
        bool footer = doc.Page.PageNumbers || !string.IsNullOrEmpty(doc.Footer);
        baseSize = doc.Page.BaseFontSizePt;
        footerTop = pageH - m - (footer ? 20 : 0);
        bottom = footerTop - (layout.Continued ? ContinuedBottomHeight : 0);
        columnGap = Math.Max(10 * MmToPt, baseSize);
        text = new TextLayout(() => gfx!);
    }

    public static void Render(Document doc, Stream output)
    {
        DocumentFontResolver.EnsureRegistered();
        var layout = doc.Page.Fit is null ? Layout.Plain : ChooseLayout(doc);
        int pageCount;
        using (var count = new PdfRenderer(doc, layout))
        {
            count.LayOut();
            pageCount = count.pages.Count;
        }
        using var r = new PdfRenderer(doc, layout, pageCount);
        r.Run();
        if (r.pages.Count != pageCount) throw new InvalidOperationException("The drawing pass laid out a different number of pages than the count.");
        using var ms = new MemoryStream();
        r.pdf.Save(ms, false);
        var bytes = ms.GetBuffer().AsSpan(0, (int)ms.Length);
        // The metadata packet declares PDF/UA and has the title escaped; should it not fit (a title of many "&"), at least its IDs are fixed.
        if (!Xmp.Rewrite(bytes, doc, r.documentGuid)) PatchXmpIds(bytes, r.documentGuid);
        output.Write(bytes);
    }

    /// <summary>
    /// PDFsharp writes a new random UUID into the XMP metadata (DocumentID, InstanceID) on every save.
    /// The metadata stream is plain text, so the UUIDs are overwritten in place with one derived from
    /// the document: same length, so the cross-reference offsets stay valid.
    /// </summary>
    private static void PatchXmpIds(Span<byte> pdf, Guid guid)
    {
        var uuid = Encoding.ASCII.GetBytes(guid.ToString("D"));
        foreach (var marker in (string[])["<xmpMM:DocumentID>uuid:", "<xmpMM:InstanceID>uuid:"])
        {
            var m = Encoding.ASCII.GetBytes(marker);
            int at = pdf.IndexOf(m);
            if (at >= 0 && at + m.Length + 36 <= pdf.Length && pdf[at + m.Length + 36] == (byte)'<')
                uuid.CopyTo(pdf[(at + m.Length)..]);
        }
    }

    public void Dispose()
    {
        gfx?.Dispose();
        pdf.Dispose();
    }

    internal static (double W, double H) PageSize(PageSetup p)
    {
        var (w, h) = p.Size switch
        {
            PaperSize.A3 => (297.0, 420.0),
            PaperSize.A5 => (148.0, 210.0),
            _ => (210.0, 297.0),
        };
        if (p.Orientation == PageOrientation.Landscape) (w, h) = (h, w);
        return (w * MmToPt, h * MmToPt);
    }

    private double Width => right - left;

    private XFont Font(double size, bool bold = false, bool italic = false)
    {
        var style = (bold, italic) switch
        {
            (true, true) => XFontStyleEx.BoldItalic,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        };
        size = Math.Round(size, 2);
        if (!fonts.TryGetValue((size, style), out var f))
            fonts[(size, style)] = f = new XFont(DocumentFontResolver.Family, size, style);
        return f;
    }

    private void Run()
    {
        pdf.Info.Title = source.Title;
        if (source.Author is not null) pdf.Info.Author = source.Author;
        if (source.Subject is not null) pdf.Info.Subject = source.Subject;
        pdf.Info.Creator = "Głos Klienta";
        pdf.Info.CreationDate = source.CreatedAt.UtcDateTime;
        pdf.Info.ModificationDate = source.CreatedAt.UtcDateTime;
        pdf.Options.CompressContentStreams = true;
        pdf.PageLayout = PdfPageLayout.SinglePage;

        LayOut();

        FixFontSubsetTags();
        // Same document, same bytes: the trailer ID comes from the content, not from a random GUID.
        var (id, guid) = DocumentHash(source);
        documentGuid = guid;
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;
    }

    /// <summary>Draws the blocks page by page (the part a trial layout of a poster runs).</summary>
    private void LayOut()
    {
        NewPage();
        y += layout.OffsetY;
        frameTop = y;
        int spanning = doc.Page.Fit?.SpanningBlocks ?? 0;
        for (int b = 0; b < doc.Blocks.Count; b++)
        {
            if (layout.Columns > 1 && b == spanning) StartColumns();
            keepTail = doc.Blocks[b] is Image or Spacer ? 0 : ImageAfter(b);
            switch (doc.Blocks[b])
            {
                case Heading h: DrawHeading(h, b + 1 < doc.Blocks.Count ? doc.Blocks[b + 1] : null); break;
                case Paragraph p:
                    if (p.KeepWithNext && !(b > 0 && doc.Blocks[b - 1] is Paragraph { KeepWithNext: true })) EnsureSpace(KeptTogether(b));
                    DrawParagraph(p);
                    break;
                case BulletList l: DrawList(l); break;
                case Table t: DrawTable(t, false); break;
                case Chart c: DrawChart(c); break;
                case Image i: DrawImage(i); break;
                case FieldToComplete f: DrawField(f); break;
                case SignatureLines s: DrawSignatures(s); break;
                case Spacer s:
                    y += s.HeightMm * MmToPt;
                    // A spacer that ends the document makes no empty page.
                    if (y > bottom && b + 1 < doc.Blocks.Count) NextFrame();
                    break;
                case PageBreak:
                    if (pageHasContent) NewPage();
                    break;
            }
        }
        keepTail = 0;
        FinishPage(last: true);
        gfx?.Dispose();
        gfx = null;
    }

    /// <summary>
    /// A poster's type at the size the PDF layout chose, for the formats that reflow on their own
    /// (ODT, DOCX): they take the sizes, not the columns or the sheets. Other documents as they are.
    /// </summary>
    internal static Document WithChosenScale(Document doc)
    {
        if (doc.Page.Fit is null) return doc;
        DocumentFontResolver.EnsureRegistered();
        return PosterScale.Apply(doc, ChooseLayout(doc).Scale);
    }

    /// <summary>
    /// The layout of a poster: the fewest sheets first, then one column before two, then the largest
    /// type (in steps of 2.5% down to the floor). A layout in which a table would have to make its type
    /// smaller still to fit its longest words does not count as fitting. A trial layout draws into a
    /// PDF that is thrown away; a board takes a few milliseconds, so a handful of trials is cheap.
    /// </summary>
    internal static Layout ChooseLayout(Document doc)
    {
        var fit = doc.Page.Fit ?? throw new ArgumentException("The document has no fit.", nameof(doc));
        double floor = Math.Clamp(fit.MinScale, 0.1, 1);
        var scales = new List<double>();
        for (int k = 0; 1 - k * 0.025 > floor + 1e-9; k++) scales.Add(Math.Round(1 - k * 0.025, 3));
        scales.Add(floor);
        bool canColumns = doc.Blocks.Count > Math.Max(0, fit.SpanningBlocks);
        var trials = new Dictionary<Layout, (int Pages, double Spare)>();

        // Pages of a layout; int.MaxValue when a table would shrink its type.
        (int Pages, double Spare) Trial(Layout l)
        {
            if (!trials.TryGetValue(l, out var t))
            {
                using var r = new PdfRenderer(doc, l);
                r.LayOut();
                trials[l] = t = (r.tableShrunk ? int.MaxValue : r.pages.Count, r.bottom - r.inkBottom);
            }
            return t;
        }

        // The largest scale with at most maxPages pages; smaller type never takes more pages, so bisect.
        Layout? Largest(int columns, bool continued, int maxPages)
        {
            Layout At(int k) => new(scales[k], columns, continued, 0);
            if (Trial(At(0)).Pages <= maxPages) return At(0);
            int lo = 0, hi = scales.Count - 1;
            if (Trial(At(hi)).Pages > maxPages) return null;
            while (hi - lo > 1)
            {
                int mid = (lo + hi) / 2;
                if (Trial(At(mid)).Pages <= maxPages) hi = mid;
                else lo = mid;
            }
            return At(hi);
        }

        var one = Largest(1, false, 1) ?? (canColumns ? Largest(2, false, 1) : null);
        if (one is { } single)
        {
            if (!fit.CenterVertically) return single;
            var centred = single with { OffsetY = Math.Max(0, Math.Round(Trial(single).Spare / 2, 2)) };
            return Trial(centred).Pages == 1 ? centred : single;
        }
        // More sheets: as few as the floor size needs in one or two columns, then the largest type.
        var dense = new Layout(floor, 1, true, 0);
        if (canColumns && Trial(dense with { Columns = 2 }).Pages < Trial(dense).Pages) dense = dense with { Columns = 2 };
        int sheets = Trial(dense).Pages;
        if (sheets == int.MaxValue) return dense;
        return Largest(1, true, sheets) ?? (canColumns ? Largest(2, true, sheets) : null) ?? dense;
    }

    /// <summary>
    /// PDFsharp tags font subsets with six letters from a new GUID ("ABCDEF+DejaVuSans"); the tag only
    /// has to differ between subsets of one file, so it is derived from the face name instead.
    /// </summary>
    private void FixFontSubsetTags()
    {
        foreach (var obj in pdf.Internals.GetAllObjects())
        {
            if (obj is not PdfDictionary d) continue;
            foreach (var key in (string[])["/BaseFont", "/FontName"])
            {
                var name = d.Elements.GetName(key);
                if (name.Length > 8 && name[7] == '+' && name[1..7].All(char.IsAsciiLetterUpper))
                    d.Elements.SetName(key, "/" + SubsetTag(name[8..]) + "+" + name[8..]);
            }
        }
    }

    private static string SubsetTag(string face)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(face));
        var tag = new char[6];
        for (int i = 0; i < 6; i++) tag[i] = (char)('A' + hash[i] % 26);
        return new string(tag);
    }

    private static (string Id, Guid Guid) DocumentHash(Document doc)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(doc);
        var hash = SHA256.HashData(json);
        // PDFsharp writes the ID string byte by byte, so 16 characters in the Latin-1 range are 16 bytes.
        var sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) sb.Append((char)hash[i]);
        return (sb.ToString(), new Guid(hash.AsSpan(0, 16)));
    }

    private void NewPage()
    {
        if (gfx is not null) FinishPage(last: false);
        gfx?.Dispose();
        var page = pdf.AddPage();
        page.Width = XUnit.FromPoint(pageW);
        page.Height = XUnit.FromPoint(pageH);
        // Tab order follows the structure (PDF/UA).
        if (tags is not null) page.Elements.SetName("/Tabs", "/S");
        pages.Add(page);
        gfx = XGraphics.FromPdfPage(page);
        // The page's own set-up (its saved states and coordinate transform) is written now, before the first
        // marked content, which it would otherwise split (BT BDC ET q …): an empty save and restore realizes it.
        if (tags is not null) gfx.Restore(gfx.Save());
        y = top;
        if (layout.Continued && pages.Count > 1) DrawContinuedTop();
        frameTop = inkBottom = y;
        column = 0;
        SetFrame();
        pageHasContent = false;
    }

    /// <summary>The next place for text: the second column of this page, else a new page.</summary>
    private void NextFrame()
    {
        if (inColumns && column == 0)
        {
            column = 1;
            SetFrame();
            y = frameTop;
            pageHasContent = false;
        }
        else NewPage();
    }

    /// <summary>After the spanning blocks (a poster's title), the rest flows in two columns from here down.</summary>
    private void StartColumns()
    {
        if (pageHasContent) y += baseSize * 0.6;
        inColumns = true;
        frameTop = y;
        column = 0;
        SetFrame();
        pageHasContent = false;
    }

    private void SetFrame()
    {
        if (!inColumns)
        {
            (left, right) = (pageLeft, pageRight);
            return;
        }
        double width = (pageRight - pageLeft - columnGap) / 2;
        left = pageLeft + column * (width + columnGap);
        right = left + width;
    }

    private XGraphics G => gfx!;

    /// <summary>Moves to the next frame unless <paramref name="height"/> fits (a block taller than a frame starts at the top of one).</summary>
    private void EnsureSpace(double height)
    {
        if (y + height > bottom && pageHasContent) NextFrame();
    }

    /// <summary>Records that something was drawn down to <see cref="y"/>.</summary>
    private void Drawn()
    {
        pageHasContent = true;
        inkBottom = Math.Max(inkBottom, y);
    }

    private double ContinuedBottomHeight => LineHeight(baseSize) + baseSize * 0.5;

    /// <summary>The marker at the top of a further sheet: the poster's words for "continued", centred, bold, over a rule.</summary>
    private void DrawContinuedTop()
    {
        tags?.BeginArtifact();
        var font = Font(baseSize, true);
        foreach (var line in text.Break([(doc.Page.Fit?.ContinuedTop ?? "", font)], pageRight - pageLeft))
        {
            DrawLine(line, pageLeft, y + baseSize * 0.98, pageRight - pageLeft, TextAlign.Center);
            y += LineHeight(baseSize);
        }
        y += baseSize * 0.3;
        G.DrawLine(new XPen(XColors.Black, 0.8), pageLeft, y, pageRight, y);
        y += baseSize * 0.8;
        tags?.End();
    }

    /// <summary>
    /// The page's furniture, drawn as the page ends, as artifacts: the marker at the foot of every sheet
    /// that has a next one (in the room kept above the footer), the footer line and "Strona N z M".
    /// Only the drawing pass, which knows M, draws it; trial layouts do not.
    /// </summary>
    private void FinishPage(bool last)
    {
        if (tags is null || pageTotal is not int total) return;
        tags.EndOfPage();
        tags.BeginArtifact();
        if (layout.Continued && !last)
            G.DrawString(doc.Page.Fit?.ContinuedBottom ?? "", Font(baseSize, false, true), XBrushes.Black, pageRight, bottom + baseSize * 0.5 + baseSize * 0.98, BaseRight);
        bool numbers = doc.Page.PageNumbers;
        if (numbers || !string.IsNullOrEmpty(doc.Footer))
        {
            var font = Font(8);
            double lineY = footerTop + 6, baseline = footerTop + 16;
            G.DrawLine(new XPen(XColors.Black, 0.4), pageLeft, lineY, pageRight, lineY);
            if (!string.IsNullOrEmpty(doc.Footer))
                G.DrawString(doc.Footer, font, XBrushes.Black, pageLeft, baseline, BaseLeft);
            if (numbers)
                G.DrawString(string.Create(CultureInfo.InvariantCulture, $"Strona {pages.Count} z {total}"), font, XBrushes.Black, pageRight, baseline, BaseRight);
        }
        tags.End();
        tags.EndOfPage();
    }

    private static double LineHeight(double size) => size * 1.25;

    /// <param name="indent">From the frame's left edge, read at each line: a line that moves to the next column moves across too.</param>
    /// <param name="keepAfterLast">Room the last line needs below it (see <see cref="keepTail"/>).</param>
    private void DrawLines(List<TextLine> lines, double indent, double width, double size, TextAlign align, double keepAfterLast = 0)
    {
        double lh = LineHeight(size);
        for (int k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            EnsureSpace(lh + (k == lines.Count - 1 ? keepAfterLast : 0));
            DrawLine(line, left + indent, y + size * 0.98, width, align);
            y += lh;
            Drawn();
        }
    }

    private void DrawLine(TextLine line, double x, double baseline, double width, TextAlign align)
    {
        if (line.Pieces.Count == 0) return;
        double extra = width - line.Width;
        bool justify = align == TextAlign.Justify && !line.Last && line.Pieces.Count > 1;
        double start = align switch
        {
            TextAlign.Center => x + extra / 2,
            TextAlign.Right => x + extra,
            _ => x,
        };
        if (justify)
        {
            int gaps = line.Pieces.Take(line.Pieces.Count - 1).Count(p => p.SpaceAfter);
            double add = gaps == 0 ? 0 : extra / gaps;
            double cx = x;
            foreach (var p in line.Pieces)
            {
                G.DrawString(p.SpaceAfter ? p.Text + " " : p.Text, p.Font, XBrushes.Black, cx, baseline, BaseLeft);
                cx += p.Width + (p.SpaceAfter ? text.SpaceWidth(p.Font) + add : 0);
            }
            return;
        }
        // Runs of one font are drawn as one string, spaces included, so text extraction keeps words apart.
        var sb = new StringBuilder();
        double runX = start, cursor = start;
        XFont? font = null;
        foreach (var p in line.Pieces)
        {
            if (font is not null && !ReferenceEquals(font, p.Font))
            {
                G.DrawString(sb.ToString(), font, XBrushes.Black, runX, baseline, BaseLeft);
                sb.Clear();
                runX = cursor;
            }
            font = p.Font;
            sb.Append(p.Text);
            cursor += p.Width;
            if (p.SpaceAfter)
            {
                sb.Append(' ');
                cursor += text.SpaceWidth(p.Font);
            }
        }
        if (sb.Length > 0) G.DrawString(sb.ToString(), font!, XBrushes.Black, runX, baseline, BaseLeft);
    }

    /// <summary>How much of <paramref name="next"/> must fit under a heading for the two to stay together.</summary>
    private double KeepWithNext(Block? next)
    {
        double line = LineHeight(baseSize);
        switch (next)
        {
            case Chart c:
                var d = ChartGeometry.Layout(c, Math.Min(Width, 540), Math.Max(7, baseSize * 0.8));
                return Math.Min(d.Height, bottom - frameTop - line * 3);
            case Table t:
                double size = t.SizePt ?? baseSize * 0.9;
                return LineHeight(size) * ((t.Caption is null ? 0 : 1) + (t.ShowHeader ? 1 : 0) + 2) + 4 * Math.Max(2.5, size * 0.3);
            case Image i:
                return Math.Min(i.WidthMm * MmToPt, bottom - frameTop - line * 3);
            case null:
                return 0;
            default:
                return line * 3;
        }
    }

    private void DrawHeading(Heading h, Block? next)
    {
        int level = Math.Clamp(h.Level, 1, 3);
        double size = h.SizePt ?? baseSize * level switch { 1 => 1.7, 2 => 1.4, _ => 1.15 };
        var lines = text.Break([(h.Text, Font(size, true))], Width);
        double height = lines.Count * LineHeight(size);
        if (pageHasContent) y += size * 0.6;
        // Keep a heading with the start of what follows (a whole chart, a table's header and first rows, an image with its caption).
        EnsureSpace(height + Math.Max(KeepWithNext(next), keepTail > 0 ? keepTail + size * 0.35 : 0));
        // The levels the model has (1-3), as ODT and DOCX have them.
        tags?.Begin(level switch
        {
            1 => PdfBlockLevelElementTag.Heading1,
            2 => PdfBlockLevelElementTag.Heading2,
            _ => PdfBlockLevelElementTag.Heading3,
        });
        DrawLines(lines, 0, Width, size, h.Align);
        tags?.End();
        y += size * 0.35;
    }

    /// <summary>
    /// The height of the paragraphs from <paramref name="b"/> that keep with the next one, and of the
    /// start of what follows them; 0 (nothing kept) when that is taller than a frame.
    /// </summary>
    private double KeptTogether(int b)
    {
        double h = 0;
        for (int k = b; k < doc.Blocks.Count; k++)
        {
            if (doc.Blocks[k] is not Paragraph p)
            {
                h += KeepWithNext(doc.Blocks[k]);
                break;
            }
            double size = p.SizePt ?? baseSize;
            h += text.Break(p.Runs.Select(r => (r.Text, Font(size, r.Bold, r.Italic))), Width).Count * LineHeight(size) + p.SpaceAfterPt;
            if (!p.KeepWithNext) break;
        }
        return h <= bottom - frameTop ? h : 0;
    }

    private void DrawParagraph(Paragraph p)
    {
        double size = p.SizePt ?? baseSize;
        var lines = text.Break(p.Runs.Select(r => (r.Text, Font(size, r.Bold, r.Italic))), Width);
        tags?.Begin(PdfBlockLevelElementTag.Paragraph);
        DrawLines(lines, 0, Width, size, p.Align, keepTail > 0 ? keepTail + p.SpaceAfterPt : 0);
        tags?.End();
        y += p.SpaceAfterPt;
    }

    private void DrawList(BulletList l)
    {
        double size = baseSize, indent = size * 1.8;
        var font = Font(size);
        tags?.Begin(PdfBlockLevelElementTag.List);
        tags?.SetAttribute("/List", "/ListNumbering", l.Numbered ? "/Decimal" : "/Disc");
        for (int i = 0; i < l.Items.Count; i++)
        {
            var lines = text.Break([(l.Items[i], font)], Width - indent);
            double keepLast = i == l.Items.Count - 1 && keepTail > 0 ? keepTail + size * 0.6 : 0;
            EnsureSpace(LineHeight(size) + (lines.Count == 1 ? keepLast : 0));
            string marker = l.Numbered ? (i + 1).ToString(CultureInfo.InvariantCulture) + "." : "•";
            tags?.Begin(PdfBlockLevelElementTag.ListItem);
            tags?.Begin(PdfBlockLevelElementTag.Label);
            G.DrawString(marker + " ", font, XBrushes.Black, left + indent - size * 0.5, y + size * 0.98, BaseRight);
            tags?.End();
            tags?.Begin(PdfBlockLevelElementTag.ListBody);
            DrawLines(lines, indent, Width - indent, size, TextAlign.Left, keepLast);
            tags?.End();
            tags?.End();
            y += size * 0.2;
        }
        tags?.End();
        y += size * 0.4;
    }

    private double LongestWord(string? cell, XFont font)
    {
        double max = 0;
        if (string.IsNullOrEmpty(cell)) return 0;
        foreach (var word in cell.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
            max = Math.Max(max, text.Measure(word, font));
        return max;
    }

    private sealed record PreparedRow(List<TextLine>[] Cells, int LineCount);

    private void DrawTable(Table t, bool rowHeaders)
    {
        int cols = Math.Max(t.ShowHeader ? t.Header.Count : 0, t.Rows.Count == 0 ? 0 : t.Rows.Max(r => r.Count));
        if (cols == 0) return;
        var rel = t.RelativeWidths is { } rw && rw.Count == cols && rw.All(v => v > 0) ? rw : Enumerable.Repeat(1.0, cols).ToList();
        // No word is split across lines: each column is at least as wide as its longest word. When
        // the words of a wide table cannot all fit, its type gets smaller (down to 6.5 pt) first.
        double size = t.SizePt ?? baseSize * 0.9, pad = 0, lh = 0;
        double[]? widths = null;
        XFont regular = Font(size), bold = Font(size, true);
        for (; ; size -= 0.5)
        {
            pad = Math.Max(2.5, size * 0.3);
            lh = LineHeight(size);
            regular = Font(size);
            bold = Font(size, true);
            var minimum = new double[cols];
            for (int c = 0; c < cols; c++)
            {
                if (t.ShowHeader && c < t.Header.Count) minimum[c] = LongestWord(t.Header[c], bold);
                var cellFont = c == 0 && (rowHeaders || !t.ShowHeader) ? bold : regular;
                foreach (var row in t.Rows)
                    if (c < row.Count) minimum[c] = Math.Max(minimum[c], LongestWord(row[c], cellFont));
                minimum[c] += 2 * pad + 0.5;
            }
            widths = ColumnWidths.Fit(minimum, rel, Width);
            if (widths is not null || size <= 6.5) break;
            tableShrunk = true;
        }
        if (widths is null)
        {
            double sum = rel.Sum();
            widths = rel.Select(r => Width * r / sum).ToArray();
        }

        PreparedRow Prepare(IReadOnlyList<string> cells, bool header)
        {
            var res = new List<TextLine>[cols];
            int max = 1;
            for (int c = 0; c < cols; c++)
            {
                var cellText = c < cells.Count ? cells[c] ?? "" : "";
                var f = header || (c == 0 && (rowHeaders || !t.ShowHeader)) ? bold : regular;
                res[c] = text.Break([(cellText, f)], widths[c] - 2 * pad);
                max = Math.Max(max, res[c].Count);
            }
            return new PreparedRow(res, max);
        }

        var header = t.ShowHeader ? Prepare(t.Header, true) : null;
        PdfStructureElement[]? cellElements = null;
        double headerH = header is null ? 0 : header.LineCount * lh + 2 * pad;

        // Tagged as Table (Caption) (THead TR TH…) (TBody TR TD…); the first column's cells are row headers
        // (TH, scope Row) in a chart's data table and in a key/value table; a header repeated on a further
        // page is an artifact, and a row split over two pages stays one row of cells.
        bool firstColumnHeads = rowHeaders || !t.ShowHeader;
        if (!string.IsNullOrEmpty(t.Caption))
        {
            var capLines = text.Break([(t.Caption, Font(size, true))], Width);
            EnsureSpace(capLines.Count * lh + headerH + lh + 2 * pad);
            tags?.Begin(PdfBlockLevelElementTag.Table);
            tags?.Begin(PdfGroupingElementTag.Caption);
            tags?.Begin(PdfBlockLevelElementTag.Paragraph);
            DrawLines(capLines, 0, Width, size, TextAlign.Left);
            tags?.End();
            tags?.End();
            y += size * 0.2;
        }
        else
        {
            EnsureSpace(headerH + lh + 2 * pad);
            tags?.Begin(PdfBlockLevelElementTag.Table);
        }

        if (header is not null)
        {
            tags?.Begin(PdfBlockLevelElementTag.TableHeadRowGroup);
            tags?.Begin(PdfBlockLevelElementTag.TableRow);
            DrawRow(header, 0, header.LineCount, true);
            tags?.End();
            tags?.End();
        }
        tags?.Begin(PdfBlockLevelElementTag.TableBodyRowGroup);

        for (int rowIndex = 0; rowIndex < t.Rows.Count; rowIndex++)
        {
            var prepared = Prepare(t.Rows[rowIndex], false);
            if (keepTail > 0 && rowIndex == t.Rows.Count - 1)
            {
                // The last row goes with the image that follows when both fit in a fresh frame.
                double need = prepared.LineCount * lh + 2 * pad + size * 0.8 + keepTail;
                if (y + need > bottom && pageHasContent && y > frameTop + headerH + 0.5 && headerH + need <= bottom - top)
                {
                    NextFrame();
                    RepeatHeader();
                }
            }
            tags?.Begin(PdfBlockLevelElementTag.TableRow);
            cellElements = null;
            int done = 0;
            while (done < prepared.LineCount)
            {
                int remaining = prepared.LineCount - done;
                int fit = (int)Math.Floor((bottom - y - 2 * pad) / lh + 1e-6);
                // On a poster a row moves whole when a fresh frame holds it: a reader on the wall does not turn back.
                bool wholeRow = doc.Page.Fit is not null && done == 0 && headerH + prepared.LineCount * lh + 2 * pad <= bottom - top;
                if (fit < remaining && (fit < 2 || remaining < 4 || wholeRow))
                {
                    // Short rows move whole; long rows split, but never leave a single line behind.
                    if (pageHasContent && y > frameTop + headerH + 0.5)
                    {
                        NextFrame();
                        RepeatHeader();
                        continue;
                    }
                    fit = Math.Max(fit, 1);
                }
                int take = Math.Min(fit, remaining);
                DrawRow(prepared, done, take, false);
                done += take;
                if (done < prepared.LineCount)
                {
                    NextFrame();
                    RepeatHeader();
                }
            }
            tags?.End();
        }
        tags?.End();
        tags?.End();
        y += size * 0.8;

        void RepeatHeader()
        {
            if (header is null) return;
            tags?.BeginArtifact();
            DrawRow(header, 0, header.LineCount, true, repeated: true);
            tags?.End();
        }

        void DrawRow(PreparedRow r, int from, int count, bool isHeader, bool repeated = false)
        {
            double h = count * lh + 2 * pad, x = left;
            var pen = new XPen(XColors.Black, 0.5);
            var tagged = repeated ? null : tags;
            // The part of a row after a page break: its cells' text joins the cells begun on the page before.
            bool continuation = tagged is not null && !isHeader && cellElements is not null;
            if (tagged is not null && !isHeader && cellElements is null) cellElements = new PdfStructureElement[cols];
            for (int c = 0; c < cols; c++)
            {
                var rect = new XRect(x, y, widths[c], h);
                tagged?.BeginArtifact();
                if (isHeader) G.DrawRectangle(pen, HeaderFill, rect);
                else G.DrawRectangle(pen, rect);
                tagged?.End();
                if (tagged is not null)
                {
                    bool th = isHeader || (c == 0 && firstColumnHeads);
                    tagged.Begin(th ? PdfBlockLevelElementTag.TableHeaderCell : PdfBlockLevelElementTag.TableDataCell);
                    if (th) tagged.SetAttribute("/Table", "/Scope", isHeader ? "/Column" : "/Row");
                }
                var align = t.Align is { } a && c < a.Count ? a[c] switch
                {
                    ColumnAlign.Center => TextAlign.Center,
                    ColumnAlign.Right => TextAlign.Right,
                    _ => TextAlign.Left,
                } : TextAlign.Left;
                var lines = r.Cells[c];
                for (int k = from; k < Math.Min(lines.Count, from + count); k++)
                    DrawLine(lines[k], x + pad, y + pad + (k - from) * lh + size * 0.98, widths[c] - 2 * pad, align);
                if (tagged is not null)
                {
                    var element = tagged.Current;
                    tagged.End();
                    if (cellElements is not null && !isHeader)
                    {
                        if (continuation) Tagging.MergeInto(cellElements[c], element, pdf);
                        else cellElements[c] = element;
                    }
                }
                x += widths[c];
            }
            y += h;
            Drawn();
        }
    }

    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(230, 230, 230));

    private void DrawChart(Chart c)
    {
        double width = Math.Min(Width, 540);
        double fs = Math.Max(7, baseSize * 0.8);
        var drawing = ChartGeometry.Layout(c, width, fs);
        double scale = Math.Min(1, (bottom - frameTop) / drawing.Height);
        double h = drawing.Height * scale;
        EnsureSpace(h + (c.DataTable ? 0 : keepTail));
        double x0 = left + (Width - width * scale) / 2;
        var state = G.Save();
        G.TranslateTransform(x0, y);
        if (scale < 1) G.ScaleTransform(scale);
        if (tags is null) PdfChart.Draw(G, drawing, fs, Font);
        else
        {
            // The transform is written now (an empty save realizes it), not inside the first marked content.
            G.Restore(G.Save());
            // The title (the leading bold lines) is read as a paragraph, the rest is a figure whose alternative
            // text is the chart's description; its numbers follow as a table. Text first also keeps a chart that
            // starts a page from opening the page's first marked content, which PDFsharp opens inside a text object.
            int titleLines = drawing.Items.TakeWhile(i => i is PText { Bold: true }).Count();
            if (titleLines > 0)
            {
                tags.Begin(PdfBlockLevelElementTag.Paragraph);
                PdfChart.Draw(G, drawing with { Items = drawing.Items.Take(titleLines).ToList() }, fs, Font);
                tags.End();
            }
            tags.BeginFigure(ChartAlt(c, titleLines > 0), new XRect(x0, y, width * scale, h), pageH);
            PdfChart.Draw(G, drawing with { Items = drawing.Items.Skip(titleLines).ToList() }, fs, Font);
            // The marked content ends inside the saved graphics state it began in.
            tags.End();
        }
        G.Restore(state);
        y += h + baseSize * 0.5;
        Drawn();
        if (c.DataTable) DrawTable(ChartData.AsTable(c), true);
    }

    /// <summary>A chart's alternative text: its description, with the title ahead of it unless the title is read as text already.</summary>
    internal static string ChartAlt(Chart c, bool titleRead) =>
        string.IsNullOrWhiteSpace(c.Description) ? c.Title
        : titleRead ? c.Description
        : c.Title.TrimEnd('.', ' ') + ". " + c.Description;

    private void DrawImage(Image i)
    {
        XImage img;
        try
        {
            img = XImage.FromStream(new MemoryStream(i.Data, false));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or IOException)
        {
            DrawParagraph(new Paragraph("[" + i.AltText + "]"));
            return;
        }
        var (w, h, cap, capSize) = ImageBox(i, img.PixelWidth, img.PixelHeight);
        EnsureSpace(h + (cap is null ? 0 : Math.Min(cap.Count, 2) * LineHeight(capSize)));
        double x = i.Align switch
        {
            TextAlign.Center => left + (Width - w) / 2,
            TextAlign.Right => right - w,
            _ => left,
        };
        tags?.BeginFigure(i.AltText, new XRect(x, y, w, h), pageH);
        G.DrawImage(img, x, y, w, h);
        tags?.End();
        y += h + capSize * 0.3;
        Drawn();
        if (cap is not null)
        {
            tags?.Begin(PdfBlockLevelElementTag.Paragraph);
            DrawLines(cap, 0, Width, capSize, i.Align == TextAlign.Justify ? TextAlign.Left : i.Align);
            tags?.End();
        }
        y += baseSize * 0.5;
    }

    /// <summary>The size of an image in the current frame, and its caption's lines.</summary>
    private (double W, double H, List<TextLine>? Caption, double CaptionSize) ImageBox(Image i, int pixelWidth, int pixelHeight)
    {
        double w = Math.Min(Width, i.WidthMm * MmToPt);
        double h = pixelWidth == 0 ? w : w * pixelHeight / pixelWidth;
        if (h > bottom - frameTop) { w *= (bottom - frameTop) / h; h = bottom - frameTop; }
        double capSize = baseSize * 0.85;
        var cap = string.IsNullOrEmpty(i.Caption) ? null : text.Break([(i.Caption, Font(capSize))], Width);
        return (w, h, cap, capSize);
    }

    /// <summary>
    /// When an image (past any spacers) follows block <paramref name="b"/>: the height it needs with
    /// its caption and the spacers, which the end of block b keeps free below it, so that the image
    /// and its caption move to the next page or column together with the end of that block and
    /// never stand there alone. Otherwise 0.
    /// </summary>
    private double ImageAfter(int b)
    {
        double gap = 0;
        for (int k = b + 1; k < doc.Blocks.Count; k++)
        {
            switch (doc.Blocks[k])
            {
                case Spacer s:
                    gap += s.HeightMm * MmToPt;
                    break;
                case Image i:
                    var (pw, ph) = ImageInfo.Size(i.Data) ?? (0, 0);
                    var (_, h, cap, capSize) = ImageBox(i, pw, ph);
                    return gap + h + capSize * 0.3 + (cap is null ? 0 : cap.Count * LineHeight(capSize));
                default:
                    return 0;
            }
        }
        return 0;
    }

    private void DrawField(FieldToComplete f)
    {
        double size = baseSize, lh = LineHeight(size);
        var label = text.Break([(f.Label, Font(size, true))], Width);
        var pen = new XPen(XColors.Black, 0.6);
        if (!string.IsNullOrEmpty(f.Value))
        {
            var value = text.Break([(f.Value, Font(size))], Width);
            EnsureSpace((label.Count + Math.Min(value.Count, 2)) * lh);
            tags?.Begin(PdfBlockLevelElementTag.Paragraph);
            DrawLines(label, 0, Width, size, TextAlign.Left);
            tags?.End();
            tags?.Begin(PdfBlockLevelElementTag.Paragraph);
            DrawLines(value, 0, Width, size, TextAlign.Left);
            tags?.End();
            tags?.BeginArtifact();
            G.DrawLine(pen, left, y + 1, right, y + 1);
            tags?.End();
            y += size * 0.8;
            return;
        }
        double spacing = Math.Max(size * 2.1, 8 * MmToPt);
        EnsureSpace(label.Count * lh + spacing);
        tags?.Begin(PdfBlockLevelElementTag.Paragraph);
        DrawLines(label, 0, Width, size, TextAlign.Left);
        tags?.End();
        // The lines to write on are decoration: the label says what goes there.
        for (int k = 0; k < Math.Max(1, f.Lines); k++)
        {
            EnsureSpace(spacing);
            y += spacing;
            tags?.BeginArtifact();
            G.DrawLine(pen, left, y, right, y);
            tags?.End();
            Drawn();
        }
        y += size * 0.8;
    }

    private void DrawSignatures(SignatureLines s)
    {
        if (s.Labels.Count == 0) return;
        double size = baseSize * 0.85, gap = baseSize * 2;
        int n = s.Labels.Count;
        double colW = (Width - gap * (n - 1)) / n;
        var labels = s.Labels.Select(l => text.Break([(l, Font(size))], colW)).ToList();
        int maxLines = labels.Max(l => l.Count);
        double signSpace = Math.Max(baseSize * 3, 15 * MmToPt);
        EnsureSpace(signSpace + maxLines * LineHeight(size) + 4 + keepTail);
        y += signSpace;
        var pen = new XPen(XColors.Black, 0.6) { DashStyle = XDashStyle.Dot };
        for (int i = 0; i < n; i++)
        {
            double x = left + i * (colW + gap);
            tags?.BeginArtifact();
            G.DrawLine(pen, x, y, x + colW, y);
            tags?.End();
            double ly = y + 2;
            tags?.Begin(PdfBlockLevelElementTag.Paragraph);
            foreach (var line in labels[i])
            {
                DrawLine(line, x, ly + size * 0.98, colW, TextAlign.Center);
                ly += LineHeight(size);
            }
            tags?.End();
        }
        y += 2 + maxLines * LineHeight(size) + baseSize;
        Drawn();
    }

    internal static XStringFormat Format(Anchor a) => a switch
    {
        Anchor.Middle => BaseCenter,
        Anchor.End => BaseRight,
        _ => BaseLeft,
    };
}
