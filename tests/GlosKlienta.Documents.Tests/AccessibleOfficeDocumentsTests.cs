using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace GlosKlienta.Documents.Tests;

/// <summary>
/// ODT and DOCX read back as packages, for every kind of document: headings are real heading styles with
/// outline levels in the model's order, tables with a header have exactly one repeating header row, a
/// chart's data table and a key/value table have a header column (ODT), every picture has alternative
/// text, and the language and title are set.
/// </summary>
public class AccessibleOfficeDocumentsTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly XNamespace Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static readonly XNamespace Draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static readonly XNamespace Svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static TheoryData<string> Kinds => ["full", "board", "door", "split-row"];

    private static Document Make(string kind) => kind switch
    {
        "full" => Samples.Full(),
        "board" => TaggedPdfTests.Board(60),
        "door" => TaggedPdfTests.DoorSign(),
        "split-row" => TaggedPdfTests.SplitRow(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static XDocument Part(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        using var s = archive.GetEntry(name)!.Open();
        return XDocument.Load(s);
    }

    /// <summary>The tables the formats write, in order: the model's, each chart's data, and signature places (a layout table with no header).</summary>
    private static IEnumerable<Table> Tables(Document doc) =>
        doc.Blocks.SelectMany(b => b switch
        {
            Table t => [t],
            Chart { DataTable: true } c => [Charts.ChartData.AsTable(c)],
            SignatureLines { Labels.Count: > 0 } s => [new Table([], [s.Labels]) { ShowHeader = false }],
            _ => Array.Empty<Table>(),
        });

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Docx_HasHeadingStyles_HeaderRows_AltTexts_LanguageAndTitle(string kind)
    {
        var doc = Make(kind);
        var bytes = Renderers.RenderToBytes(doc, DocumentFormat.Docx);
        var body = Part(bytes, "word/document.xml").Root!;
        var styles = Part(bytes, "word/styles.xml").Root!;

        // Headings: paragraphs in HeadingN styles whose outline level is N-1, in the model's order.
        var headingStyles = body.Descendants(W + "p")
            .Select(p => (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val"))
            .Where(s => s is not null && s.StartsWith("Heading", StringComparison.Ordinal)).ToList();
        Assert.Equal(doc.Blocks.OfType<Heading>().Select(h => "Heading" + Math.Clamp(h.Level, 1, 3).ToString(CultureInfo.InvariantCulture)), headingStyles);
        foreach (var id in headingStyles.Distinct())
        {
            var style = styles.Elements(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == id);
            Assert.Equal((int.Parse(id!["Heading".Length..], CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture),
                (string?)style.Descendants(W + "outlineLvl").Single().Attribute(W + "val"));
        }

        // Tables: one header row marked to repeat (w:tblHeader) for each table with a header, none otherwise.
        var tables = body.Descendants(W + "tbl").ToList();
        var model = Tables(doc).ToList();
        Assert.Equal(model.Count, tables.Count);
        for (int i = 0; i < model.Count; i++)
        {
            var headerRows = tables[i].Elements(W + "tr").Select((r, k) => (k, r.Element(W + "trPr")?.Element(W + "tblHeader") is not null)).Where(x => x.Item2).Select(x => x.k).ToList();
            Assert.Equal(model[i].ShowHeader ? [0] : Array.Empty<int>(), headerRows);
        }

        // Pictures (charts and images) all have a description.
        var pictures = body.Descendants(WP + "docPr").ToList();
        Assert.Equal(doc.Blocks.Count(b => b is Chart or Image), pictures.Count);
        Assert.All(pictures, p => Assert.False(string.IsNullOrWhiteSpace((string?)p.Attribute("descr"))));

        Assert.StartsWith(doc.Language, (string?)styles.Descendants(W + "lang").First().Attribute(W + "val"), StringComparison.Ordinal);
        using var package = global::DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Equal(doc.Title, package.PackageProperties.Title);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Odt_HasHeadingStyles_HeaderRowsAndColumns_AltTexts_LanguageAndTitle(string kind)
    {
        var doc = Make(kind);
        var bytes = Renderers.RenderToBytes(doc, DocumentFormat.Odt);
        var content = Part(bytes, "content.xml").Root!;
        var styles = Part(bytes, "styles.xml").Root!;

        // Headings: text:h with the outline level, in a paragraph style derived from "Heading N".
        var headings = content.Descendants(Text + "h").ToList();
        Assert.Equal(doc.Blocks.OfType<Heading>().Select(h => Math.Clamp(h.Level, 1, 3).ToString(CultureInfo.InvariantCulture)),
            headings.Select(h => (string?)h.Attribute(Text + "outline-level")));
        var automatic = content.Descendants(Style + "style").ToDictionary(s => (string)s.Attribute(Style + "name")!, s => (string?)s.Attribute(Style + "parent-style-name"));
        foreach (var h in headings)
        {
            var name = (string)h.Attribute(Text + "style-name")!;
            var named = automatic.TryGetValue(name, out var parent) ? parent! : name;
            Assert.Equal("Heading_20_" + (string?)h.Attribute(Text + "outline-level"), named);
            Assert.Contains(styles.Descendants(Style + "style"), s => (string?)s.Attribute(Style + "name") == named);
        }

        var tables = content.Descendants(Table + "table").ToList();
        var model = Tables(doc).ToList();
        Assert.Equal(model.Count, tables.Count);
        for (int i = 0; i < model.Count; i++)
        {
            var headerRows = tables[i].Elements(Table + "table-header-rows").ToList();
            Assert.Equal(model[i].ShowHeader ? 1 : 0, headerRows.Count);
            if (model[i].ShowHeader) Assert.Single(headerRows[0].Elements(Table + "table-row"));
        }
        // The first column heads the rows of a key/value table and of a chart's data table.
        int headerColumns = doc.Blocks.Count(b => b is Table { ShowHeader: false } or Chart { DataTable: true });
        Assert.Equal(headerColumns, tables.Count(t => t.Element(Table + "table-header-columns") is { } hc && hc.Elements(Table + "table-column").Count() == 1));

        // Every picture has a title; a chart also its description.
        var frames = content.Descendants(Draw + "frame").ToList();
        Assert.Equal(doc.Blocks.Count(b => b is Chart or Image), frames.Count);
        Assert.All(frames, f => Assert.False(string.IsNullOrWhiteSpace(f.Element(Svg + "title")?.Value)));
        Assert.Equal(doc.Blocks.Count(b => b is Chart), frames.Count(f => !string.IsNullOrWhiteSpace(f.Element(Svg + "desc")?.Value)));

        var meta = Part(bytes, "meta.xml").Root!;
        Assert.Equal(doc.Title, meta.Descendants(Dc + "title").Single().Value);
        Assert.StartsWith(doc.Language, meta.Descendants(Dc + "language").Single().Value, StringComparison.Ordinal);
    }
}
