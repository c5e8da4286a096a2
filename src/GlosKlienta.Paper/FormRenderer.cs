using GlosKlienta.Documents;
using GlosKlienta.Documents.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using QRCoder;

namespace GlosKlienta.Paper;

/// <summary>
/// Draws a <see cref="FormLayout"/> as a PDF, exactly where the layout puts everything (nothing is measured here):
/// one copy of the form per serial, each page with its QR code (<see cref="FormCode"/>). A blank form is one copy
/// without a serial. The PDF is tagged like the office's other public documents: the title and questions are
/// headings, the rest paragraphs, the QR code a figure with its text as alternative text, and the boxes, lines and
/// corner marks artifacts.
/// </summary>
public static class FormRenderer
{
    private const double MmToPt = 72 / 25.4;

    /// <summary>The form once per serial in <paramref name="serials"/> (a null serial: a blank form without one).</summary>
    public static byte[] Render(FormLayout layout, IReadOnlyList<int?> serials, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(serials);
        if (serials.Count == 0) throw new ArgumentException("Nothing to print.", nameof(serials));
        DocumentFontResolver.EnsureRegistered();
        using var pdf = new PdfDocument();
        pdf.Info.Title = FormLayout.Identifier + " " + layout.Title;
        pdf.Info.Author = layout.Header.OfficeName;
        pdf.Info.Subject = layout.IdentifierLine;
        pdf.Info.Creator = "Głos Klienta";
        pdf.Info.CreationDate = createdAt.UtcDateTime;
        pdf.Info.ModificationDate = createdAt.UtcDateTime;
        pdf.Options.CompressContentStreams = true;
        pdf.PageLayout = PdfPageLayout.SinglePage;

        XGraphics? gfx = null;
        var tags = new Tagging(pdf, layout.Language, () => gfx!);
        var fonts = new Dictionary<(double, LabelStyle), XFont>();
        var codes = new Dictionary<string, List<(int X, int Y, int Run)>>(StringComparer.Ordinal);

        foreach (var serial in serials)
        {
            foreach (var page in layout.Pages)
            {
                var pdfPage = pdf.AddPage();
                pdfPage.Width = XUnit.FromMillimeter(FormLayout.PageWidthMm);
                pdfPage.Height = XUnit.FromMillimeter(FormLayout.PageHeightMm);
                // Tab order follows the structure tree, as PDF/UA asks of a tagged page.
                pdfPage.Elements.SetName("/Tabs", "/S");
                gfx = XGraphics.FromPdfPage(pdfPage);
                // The page's own opening (its saved state and first text object) before any marked content, so that
                // every marked-content sequence nests inside it.
                gfx.Restore(gfx.Save());
                DrawPage(gfx, tags, layout, page, serial, fonts, codes);
                tags.EndOfPage();
                gfx.Dispose();
                gfx = null;
            }
        }
        using var ms = new MemoryStream();
        pdf.Save(ms, false);
        var bytes = ms.ToArray();
        // The metadata declares PDF/UA like every other public PDF, with an id drawn from what the sheets say.
        var id = new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            pdf.Info.Title + "|" + layout.IdentifierLine + "|" + string.Join(",", serials) + "|" + createdAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)))[..16]);
        Xmp.Rewrite(bytes, new XmpFacts(pdf.Info.Title, pdf.Info.Author, pdf.Info.Subject, layout.Language, createdAt), id);
        return bytes;
    }

    private static void DrawPage(XGraphics g, Tagging tags, FormLayout layout, LayoutPage page, int? serial,
        Dictionary<(double, LabelStyle), XFont> fonts, Dictionary<string, List<(int X, int Y, int Run)>> codes)
    {
        // The words first, in reading order, one structure element per heading or paragraph: a page's first marked content
        // is opened by PDFsharp inside its own text object, which nests only when that element draws text.
        var read = page.Labels.Where(l => l.Role != LabelRole.Furniture).ToList();
        for (int i = 0; i < read.Count;)
        {
            var first = read[i];
            tags.Begin(first.Role switch
            {
                LabelRole.Title => PdfBlockLevelElementTag.Heading1,
                LabelRole.Question => PdfBlockLevelElementTag.Heading2,
                _ => PdfBlockLevelElementTag.Paragraph,
            });
            for (; i < read.Count && read[i].Block == first.Block; i++) DrawLabel(g, read[i], fonts);
            tags.End();
        }

        // The code: a figure whose alternative text is what it holds.
        var code = new FormCode(layout.Header.OfficeCode, layout.Header.VersionNumber, page.Page, serial);
        tags.BeginFigure(layout.CodeAlt(code), Pt(page.Code), FormLayout.PageHeightMm * MmToPt);
        DrawCode(g, code.Text, page.Code, codes);
        tags.End();

        // Then what only guides the pen and the scanner: corner marks, boxes, lines, page furniture.
        tags.BeginArtifact();
        foreach (var f in page.Fiducials) g.DrawRectangle(XBrushes.Black, Pt(f));
        var boxPen = new XPen(XColors.Black, 0.35 * MmToPt);
        foreach (var b in page.Boxes) g.DrawRectangle(boxPen, Pt(b.Rect));
        var writing = new XPen(XColors.Black, 0.25 * MmToPt);
        var light = new XPen(XColor.FromArgb(160, 160, 160), 0.2 * MmToPt);
        foreach (var r in page.Rules)
        {
            var pen = r.Light ? light : writing;
            if (!r.Light && Math.Abs(pen.Width - r.WidthMm * MmToPt) > 0.01) pen = new XPen(XColors.Black, r.WidthMm * MmToPt);
            g.DrawLine(pen, r.X1 * MmToPt, r.Y1 * MmToPt, r.X2 * MmToPt, r.Y2 * MmToPt);
        }
        foreach (var l in page.Labels.Where(l => l.Role == LabelRole.Furniture)) DrawLabel(g, l, fonts);
        if (page.Page == 1) DrawGlyphParts(g, layout, fonts);
        if (serial is int s)
            DrawLabel(g, new LayoutLabel(layout.SerialText(s), page.SerialLabel, 10, LabelStyle.Bold, true, LabelRole.Furniture, 0), fonts);
        tags.End();
    }

    private static void DrawLabel(XGraphics g, LayoutLabel l, Dictionary<(double, LabelStyle), XFont> fonts)
    {
        if (!fonts.TryGetValue((l.SizePt, l.Style), out var font)) fonts[(l.SizePt, l.Style)] = font = Measure.Font(l.SizePt, l.Style);
        g.DrawString(l.Text, font, XBrushes.Black, Pt(l.Rect), l.Centered ? XStringFormats.TopCenter : XStringFormats.TopLeft);
    }

    /// <summary>The QR code as vector squares (level Q: a pen stroke across it still reads), quiet zone included in the square.</summary>
    private static void DrawCode(XGraphics g, string text, MmRect rect, Dictionary<string, List<(int X, int Y, int Run)>> codes)
    {
        if (!codes.TryGetValue(text, out var runs))
        {
            runs = [];
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
            var matrix = data.ModuleMatrix;
            for (int y = 0; y < matrix.Count; y++)
            {
                for (int x = 0; x < matrix[y].Length;)
                {
                    if (!matrix[y][x]) { x++; continue; }
                    int start = x;
                    while (x < matrix[y].Length && matrix[y][x]) x++;
                    runs.Add((start, y, x - start));
                }
            }
            runs.Insert(0, (matrix.Count, 0, 0));
            if (codes.Count < 4) codes[text] = runs;
        }
        int size = runs[0].X;
        double module = rect.W / size * MmToPt;
        foreach (var (x, y, run) in runs.Skip(1))
            g.DrawRectangle(XBrushes.Black, rect.X * MmToPt + x * module, rect.Y * MmToPt + y * module, run * module, module);
    }

    /// <summary>
    /// PDFsharp's font subset leaves out the parts of composite glyphs that are not drawn on their own: DejaVu Sans builds
    /// the Ukrainian "ї" and "Ї" from a dotless "ı" (or "I") and a diaeresis, so in a subset only the two dots print
    /// ("сімейнӧ"). Drawing those parts once, outside the page (nothing shows, text extraction keeps to the page), puts
    /// them in the subset. Embedding whole fonts instead would be set for the face process-wide in PDFsharp, and every
    /// other document would grow by 0.7 MB a face.
    /// </summary>
    private static void DrawGlyphParts(XGraphics g, FormLayout layout, Dictionary<(double, LabelStyle), XFont> fonts)
    {
        if (layout.Language != "uk") return;
        foreach (var style in new[] { LabelStyle.Regular, LabelStyle.Bold, LabelStyle.Italic })
        {
            if (!fonts.TryGetValue((11, style), out var font)) fonts[(11, style)] = font = Measure.Font(11, style);
            g.DrawString("ıI", font, XBrushes.White, -200, -200);
        }
    }

    private static XRect Pt(MmRect r) => new(r.X * MmToPt, r.Y * MmToPt, r.W * MmToPt, r.H * MmToPt);
}
