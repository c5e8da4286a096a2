using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace GlosKlienta.Documents.Tests;

/// <summary>
/// Posters fit their sheet (<see cref="PageFit"/>): smaller type down to the floor, then two columns,
/// then further sheets marked "ciąg dalszy"; a QR code never stands alone on a page. Read back from the PDF.
/// </summary>
public class PosterFitTests
{
    private const double Base = 22, TitleSize = 40, Floor = 0.7;

    /// <summary>An A3 board: a title, then <paramref name="lines"/> one-line paragraphs at the base size.</summary>
    private static Document Board(int lines, string item = "Pokój {0}: stanowisko ds. spraw różnych", PageFit? fit = null) =>
        new("Tablica", [new Heading(1, "Tablica informacyjna") { SizePt = TitleSize, Align = TextAlign.Center },
            .. Enumerable.Range(1, lines).Select(i => new Paragraph(string.Format(CultureInfo.InvariantCulture, item, i)))])
        {
            Page = new PageSetup(PaperSize.A3, PageOrientation.Portrait, 20, Base) { Fit = fit ?? new PageFit { MinScale = Floor } },
            CreatedAt = Samples.Created,
        };

    private static PdfDocument Pdf(Document doc) => PdfDocument.Open(Renderers.RenderToBytes(doc, DocumentFormat.Pdf));

    /// <summary>Letters of the paragraphs (not the title, markers or page numbers).</summary>
    private static List<Letter> BodyLetters(Page page) =>
        page.Letters.Where(l => l.PointSize > 9 && l.PointSize < Base + 0.01).ToList();

    private static string Words(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    [Fact]
    public void DocumentThatFits_IsDrawnExactlyAsWithoutFit()
    {
        var fitted = Board(10);
        var plain = fitted with { Page = fitted.Page with { Fit = null } };

        using var a = Pdf(fitted);
        using var b = Pdf(plain);

        Assert.Equal(1, a.NumberOfPages);
        static IEnumerable<string> Drawn(Page p) => p.Letters.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Value} {l.Location.X:0.0} {l.Location.Y:0.0} {l.PointSize:0.0}"));
        Assert.Equal(Drawn(b.GetPage(1)), Drawn(a.GetPage(1)));
        Assert.Equal(TitleSize, a.GetPage(1).Letters.Max(l => l.PointSize), 0.01);
        Assert.Equal(Base, BodyLetters(a.GetPage(1)).Max(l => l.PointSize), 0.01);
    }

    [Fact]
    public void OverflowingDocument_ScalesTypeDownToOnePage_NotBelowTheFloor()
    {
        // 36 lines take about 1.2 pages at full size.
        Assert.True(Pdf(Board(36) with { Page = Board(36).Page with { Fit = null } }).NumberOfPages > 1);

        using var pdf = Pdf(Board(36));

        Assert.Equal(1, pdf.NumberOfPages);
        var body = BodyLetters(pdf.GetPage(1));
        var size = body.Select(l => l.PointSize).Distinct().Single();
        Assert.InRange(size, Base * Floor - 0.01, Base - 0.5);
        Assert.Equal(TitleSize * size / Base, pdf.GetPage(1).Letters.Max(l => l.PointSize), 0.2);
        Assert.Contains("Pokój 36:", Words(pdf.GetPage(1)));
        // One column: every line starts at the left margin.
        Assert.All(pdf.GetPage(1).GetWords().Where(w => w.Text == "Pokój"), w => Assert.Equal(20 * 72 / 25.4, w.BoundingBox.Left, 0));
    }

    [Fact]
    public void WhenTheFloorIsNotEnough_TheBodyFlowsInTwoColumnsUnderTheTitle()
    {
        // 70 short lines: too many for one column at the floor, few enough for two.
        using var pdf = Pdf(Board(70, "Pokój {0}"));

        Assert.Equal(1, pdf.NumberOfPages);
        var page = pdf.GetPage(1);
        double middle = page.Width / 2;
        var rooms = page.GetWords().Where(w => w.Text == "Pokój").ToList();
        Assert.Equal(70, rooms.Count);
        Assert.Contains(rooms, w => w.BoundingBox.Left < middle);
        Assert.Contains(rooms, w => w.BoundingBox.Left > middle);
        // The title spans the sheet: centred above both columns.
        var title = page.GetWords().First(w => w.Text == "Tablica");
        Assert.True(title.BoundingBox.Bottom > rooms.Max(w => w.BoundingBox.Top));
        Assert.InRange(BodyLetters(page).Min(l => l.PointSize), Base * Floor - 0.01, Base);
        // The second column starts level with the first.
        var firstRight = rooms.Where(w => w.BoundingBox.Left > middle).Max(w => w.BoundingBox.Top);
        Assert.Equal(rooms.Max(w => w.BoundingBox.Top), firstRight, 0);
    }

    [Fact]
    public void WhenTwoColumnsAreNotEnough_FurtherSheetsSayCiagDalszyAtTheTop()
    {
        using var pdf = Pdf(Board(200, "Pokój {0}"));

        Assert.InRange(pdf.NumberOfPages, 2, 3);
        for (int n = 1; n <= pdf.NumberOfPages; n++)
        {
            var page = pdf.GetPage(n);
            var lines = page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Top)).OrderByDescending(g => g.Key).ToList();
            string topLine = string.Join(" ", lines[0].OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
            if (n == 1) Assert.Equal("Tablica informacyjna", topLine);
            else Assert.Equal("ciąg dalszy", topLine);
            if (n < pdf.NumberOfPages) Assert.Contains("ciąg dalszy na następnym arkuszu", Words(page));
            else Assert.DoesNotContain("na następnym arkuszu", Words(page));
            Assert.All(BodyLetters(page), l => Assert.True(l.PointSize >= Base * Floor - 0.01, "below the floor: " + l.PointSize));
            Assert.Contains($"Strona {n} z {pdf.NumberOfPages}", page.Text);
        }
        // Every line once, in reading order: sheet by sheet, column by column, top down.
        var numbers = pdf.GetPages().SelectMany(p => p.GetWords()
                .Where(w => w.Text.All(char.IsAsciiDigit) && w.Letters[0].PointSize > 9)
                .OrderBy(w => w.BoundingBox.Left < p.Width / 2 ? 0 : 1).ThenByDescending(w => w.BoundingBox.Top)
                .Select(w => int.Parse(w.Text, CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(Enumerable.Range(1, 200), numbers);
    }

    [Fact]
    public void FurtherSheets_TakeTheLargestTypeThatStillNeedsNoMoreSheets()
    {
        // At the floor in two columns this needs two sheets; the type then grows as far as two sheets allow.
        using var pdf = Pdf(Board(100, "Pokój {0}"));

        Assert.Equal(2, pdf.NumberOfPages);
        var size = BodyLetters(pdf.GetPage(1)).Max(l => l.PointSize);
        Assert.True(size > Base * Floor + 0.01, "type stayed at the floor: " + size);
    }

    [Fact]
    public void CentredPoster_SitsInTheMiddleOfTheSheet()
    {
        var doc = new Document("Pokój 12", [new Heading(1, "Pokój 12") { SizePt = 72, Align = TextAlign.Center }, new Paragraph("Jan Kowalski") { SizePt = 30, Align = TextAlign.Center }])
        {
            Page = new PageSetup(PaperSize.A5, PageOrientation.Landscape, 10, 18, PageNumbers: false) { Fit = new PageFit { CenterVertically = true } },
        };

        using var pdf = Pdf(doc);

        var page = pdf.GetPage(1);
        double above = page.Height - page.Letters.Max(l => l.BoundingBox.Top), below = page.Letters.Min(l => l.BoundingBox.Bottom);
        Assert.True(Math.Abs(above - below) < 25, $"above {above:0}, below {below:0}");
        Assert.True(above > 80, "not moved down: " + above);
    }

    [Fact]
    public void ParagraphsKeptWithTheNext_NeverPartAtAPageEnd()
    {
        for (int filler = 20; filler < 40; filler++)
        {
            var blocks = new List<Block>();
            blocks.AddRange(Enumerable.Range(1, filler).Select(i => new Paragraph("Wiersz " + i.ToString(CultureInfo.InvariantCulture))));
            blocks.Add(new Paragraph("Stanowisko ds. kadr") { KeepWithNext = true });
            blocks.Add(new Paragraph("Jan Kowalski") { KeepWithNext = true });
            blocks.Add(new Paragraph("Referat Organizacyjny"));
            using var pdf = Pdf(new Document("Test", blocks));
            var page = pdf.GetPages().Single(p => p.Text.Contains("Stanowisko ds. kadr", StringComparison.Ordinal));
            Assert.Contains("Jan Kowalski", page.Text);
            Assert.Contains("Referat Organizacyjny", page.Text);
        }
    }

    /// <summary>The pages that show an image and nothing else but its caption, the page number and the continuation markers.</summary>
    private static List<int> LoneImagePages(PdfDocument pdf, string caption) =>
        pdf.GetPages().Where(p => p.GetImages().Any())
            .Where(p => !Regex.Replace(Words(p), @"Strona \d+ z \d+|ciąg dalszy na następnym arkuszu|ciąg dalszy|" + Regex.Escape(caption), "").Any(char.IsLetterOrDigit))
            .Select(p => p.Number).ToList();

    [Fact]
    public void QrCode_NeverStandsAloneOnAPage_ItTakesTheEndOfThePrecedingBlockAlong()
    {
        const string url = "https://bip.example.pl/informacje/kto-gdzie";
        for (int lines = 25; lines < 45; lines++)
        {
            foreach (var table in new[] { false, true })
            {
                var blocks = new List<Block> { new Heading(1, "Tablica") };
                if (table) blocks.Add(new Table(["Pokój", "Stanowisko"], Enumerable.Range(1, lines).Select(i => (IReadOnlyList<string>)[i.ToString(CultureInfo.InvariantCulture), "Stanowisko ds. kadr"]).ToList()));
                else blocks.AddRange(Enumerable.Range(1, lines).Select(i => new Paragraph("Wiersz " + i.ToString(CultureInfo.InvariantCulture))));
                blocks.Add(new Spacer(6));
                blocks.Add(new Image(Samples.Png, "image/png", "Kod QR", 40) { Caption = url, Align = TextAlign.Center });
                using var pdf = Pdf(new Document("Tablica", blocks));

                Assert.True(LoneImagePages(pdf, url).Count == 0, $"{lines} {(table ? "rows" : "lines")}: the QR code stands alone");
                var qrPage = pdf.GetPages().Single(p => p.GetImages().Any());
                Assert.Contains(url, Words(qrPage));
            }
        }
    }

    [Fact]
    public void QrCode_OnAPosterThatRunsOn_GoesWithTheLastLines()
    {
        const string url = "https://bip.example.pl/informacje/godziny";
        for (int lines = 180; lines < 200; lines += 3)
        {
            var doc = Board(lines, "Pokój {0}");
            doc = doc with { Blocks = [.. doc.Blocks, new Spacer(6), new Image(Samples.Png, "image/png", "Kod QR", 56) { Caption = url, Align = TextAlign.Center }] };
            using var pdf = Pdf(doc);
            Assert.True(pdf.NumberOfPages > 1);
            Assert.Empty(LoneImagePages(pdf, url));
        }
    }

    [Fact]
    public void SamePoster_GivesSameBytes()
    {
        Assert.Equal(Renderers.RenderToBytes(Board(200, "Pokój {0}"), DocumentFormat.Pdf), Renderers.RenderToBytes(Board(200, "Pokój {0}"), DocumentFormat.Pdf));
    }

    private static string Part(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public void OdtAndDocx_TakeTheTypeSizeThePdfChose()
    {
        var doc = Board(36);
        using var pdf = Pdf(doc);
        double chosen = BodyLetters(pdf.GetPage(1)).Max(l => l.PointSize);
        Assert.True(chosen < Base);

        var odt = Part(Renderers.RenderToBytes(doc, DocumentFormat.Odt), "styles.xml");
        var odtBase = double.Parse(Regex.Match(odt, "fo:font-size=\"([0-9.]+)pt\"").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(chosen, odtBase, 0.1);
        var docx = Part(Renderers.RenderToBytes(doc, DocumentFormat.Docx), "word/styles.xml");
        var halfPoints = int.Parse(Regex.Match(docx, "<w:docDefaults>.*?<w:sz w:val=\"([0-9]+)\"", RegexOptions.Singleline).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(chosen, halfPoints / 2.0, 0.3);

        // A document that fits keeps its sizes in every format.
        Assert.Contains("fo:font-size=\"22pt\"", Part(Renderers.RenderToBytes(Board(5), DocumentFormat.Odt), "styles.xml"));
    }
}
