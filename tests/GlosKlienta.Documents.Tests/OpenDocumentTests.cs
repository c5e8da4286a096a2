using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace GlosKlienta.Documents.Tests;

public class OpenDocumentTests
{
    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static readonly XNamespace Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static readonly XNamespace Fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static readonly XNamespace Draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static readonly XNamespace Xlink = "http://www.w3.org/1999/xlink";

    internal static void AssertMimetypeFirstAndStored(byte[] zip, string mediaType)
    {
        // Local file header of the first entry: signature, method 0 (stored), name "mimetype", no extra field, then the type itself.
        Assert.Equal(0x04034b50, BitConverter.ToInt32(zip, 0));
        Assert.Equal(0, BitConverter.ToInt16(zip, 8));
        Assert.Equal(8, BitConverter.ToInt16(zip, 26));
        Assert.Equal(0, BitConverter.ToInt16(zip, 28));
        Assert.Equal("mimetype", Encoding.ASCII.GetString(zip, 30, 8));
        Assert.Equal(mediaType, Encoding.ASCII.GetString(zip, 38, mediaType.Length));
        using var archive = new ZipArchive(new MemoryStream(zip));
        Assert.Equal("mimetype", archive.Entries[0].FullName);
        var manifest = XDocument.Load(archive.GetEntry("META-INF/manifest.xml")!.Open());
        XNamespace m = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
        var paths = manifest.Descendants(m + "file-entry").Select(e => (string)e.Attribute(m + "full-path")!).ToList();
        Assert.Contains("/", paths);
        Assert.Contains("content.xml", paths);
        foreach (var e in archive.Entries.Where(e => e.FullName is not "mimetype" and not "META-INF/manifest.xml"))
            Assert.Contains(e.FullName, paths);
    }

    internal static XDocument Part(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        using var s = archive.GetEntry(name)!.Open();
        return XDocument.Load(s);
    }

    [Fact]
    public void Odt_IsAValidPackage_WithTextHeadingsTablesAndChartImage()
    {
        var bytes = Renderers.RenderToBytes(Samples.Full(), DocumentFormat.Odt);
        AssertMimetypeFirstAndStored(bytes, "application/vnd.oasis.opendocument.text");
        var content = Part(bytes, "content.xml");
        var body = content.Descendants(Office + "text").Single();
        Assert.Contains(Samples.Polish, body.Value);
        var headings = body.Descendants(Text + "h").Select(h => ((string)h.Attribute(Text + "outline-level")!, h.Value)).ToList();
        Assert.Contains(("1", "Protokół z badania zadowolenia Klienta"), headings);
        Assert.Contains(("2", "Wyniki & wnioski"), headings);
        Assert.Contains(("3", "Wykresy"), headings);
        Assert.Equal(2, body.Elements(Text + "list").Count());
        var table = body.Elements(Table + "table").First();
        Assert.Equal("Lp.KomórkaLiczba", table.Element(Table + "table-header-rows")!.Value);
        Assert.Contains("Wydział 5", table.Value);
        // line break inside a run
        Assert.NotEmpty(body.Descendants(Text + "line-break"));

        var frames = body.Descendants(Draw + "frame").ToList();
        // The chart is the bitmap drawn with the layout's own fonts (LibreOffice drew an SVG's labels
        // wider than measured, into the bars); its frame carries the title and description.
        var chartFrame = frames.First(f => ((string)f.Element(Draw + "image")!.Attribute(Xlink + "href")!).StartsWith("Pictures/chart", StringComparison.Ordinal));
        Assert.EndsWith(".png", (string)chartFrame.Element(Draw + "image")!.Attribute(Xlink + "href")!);
        XNamespace svgNs = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
        Assert.Equal("Ocena obsługi <wg pytań>", chartFrame.Element(svgNs + "title")!.Value);
        Assert.NotNull(chartFrame.Element(svgNs + "desc"));
        Assert.Contains("12,5%", body.Value); // data table after the chart

        var styles = Part(bytes, "styles.xml");
        var h1 = styles.Descendants(Style + "style").Single(s => (string?)s.Attribute(Style + "name") == "Heading_20_1");
        Assert.Equal("1", (string?)h1.Attribute(Style + "default-outline-level"));
        Assert.NotNull(styles.Descendants(Text + "page-number").SingleOrDefault());
        Assert.NotNull(styles.Descendants(Text + "page-count").SingleOrDefault());

        var meta = Part(bytes, "meta.xml");
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        Assert.Equal("Protokół z badania zadowolenia Klienta", meta.Descendants(dc + "title").Single().Value);
        Assert.Equal("pl", meta.Descendants(dc + "language").Single().Value);
    }

    [Theory]
    [InlineData(PaperSize.A3, PageOrientation.Landscape, "420mm", "297mm", "landscape")]
    [InlineData(PaperSize.A5, PageOrientation.Landscape, "210mm", "148mm", "landscape")]
    public void Odt_PageLayout_FollowsPageSetup(PaperSize size, PageOrientation o, string w, string h, string orientation)
    {
        var doc = new Document("Tablica", [new Heading(1, "Godziny pracy") { SizePt = 48 }]) { Page = new PageSetup(size, o, 15, 28) };
        var styles = Part(Renderers.RenderToBytes(doc, DocumentFormat.Odt), "styles.xml");
        var props = styles.Descendants(Style + "page-layout-properties").Single();
        Assert.Equal(w, (string?)props.Attribute(Fo + "page-width"));
        Assert.Equal(h, (string?)props.Attribute(Fo + "page-height"));
        Assert.Equal(orientation, (string?)props.Attribute(Style + "print-orientation"));
        Assert.Equal("15mm", (string?)props.Attribute(Fo + "margin-left"));
    }

    [Fact]
    public void Odt_SameDocument_GivesSameBytes()
    {
        Assert.Equal(Renderers.RenderToBytes(Samples.Full(), DocumentFormat.Odt), Renderers.RenderToBytes(Samples.Full(), DocumentFormat.Odt));
    }

    /// <summary>Runs only where LibreOffice is installed: converts ODT and DOCX to PDF and reads the text back.</summary>
    [SkippableTheory]
    [InlineData(DocumentFormat.Odt)]
    [InlineData(DocumentFormat.Docx)]
    public void LibreOffice_ConvertsToPdf_WithTheText(DocumentFormat format)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);
        Skip.If(soffice is null, "LibreOffice is not installed");
        var dir = Directory.CreateTempSubdirectory("gk-lo-");
        try
        {
            var input = Path.Combine(dir.FullName, "dokument" + FormatInfo.Extension(format));
            File.WriteAllBytes(input, Renderers.RenderToBytes(Samples.Full(), format));
            var psi = new ProcessStartInfo(soffice!, ["--headless", "-env:UserInstallation=file://" + dir.FullName + "/profile", "--convert-to", "pdf", "--outdir", dir.FullName, input]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(psi)!;
            Assert.True(p.WaitForExit(120_000));
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(dir.FullName, "dokument.pdf"));
            var text = string.Join(" ", pdf.GetPages().Select(pg => pg.Text));
            Assert.Contains("Zażółć", text);
            Assert.Contains("Wydział 5", text);
        }
        finally { dir.Delete(true); }
    }
}
