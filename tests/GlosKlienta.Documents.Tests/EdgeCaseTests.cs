using System.IO.Compression;
using System.Xml.Linq;

namespace GlosKlienta.Documents.Tests;

/// <summary>Awkward but legal input renders in every format, and every format is repeatable.</summary>
public class EdgeCaseTests
{
    private static Document Awkward() => new("Dziwne <dane> & \"cudzysłowy\"", new Block[]
    {
        new Heading(4, "Poziom spoza zakresu"),
        new Paragraph([]),
        new Paragraph("Znak sterujący \u0001 i tabulator\tw tekście oraz   wiele spacji."),
        new Paragraph("Emoji 😀, znaki 漢字 i samotny surogat \ud800 z formularza."),
        new Paragraph(new string('x', 400)) { Align = TextAlign.Justify },
        new BulletList([]),
        new Table(["A", "B"], []),
        new Table([], []),
        new Table(["Jedna kolumna"], [["Bardzodługiesłowobezspacjiktóreniemieścisięwkomórceanizmieścićsięnie chce", "nadmiarowa komórka"]]) { RelativeWidths = [1, 2, 3] },
        new Chart(ChartKind.Bars, "Pusty", "Brak danych.", [], []),
        new Chart(ChartKind.Lines, "Same braki", "Wszystkie wartości puste.", ["a", "b"], [new ChartSeries("s", [null, null], SeriesStyle.Line)]),
        new Chart(ChartKind.HorizontalBars, "Ujemne", "Wartości ujemne i dodatnie.", ["spadek", "wzrost"], [new ChartSeries("zmiana", [-3.5, 2])]) { Min = -5, Max = 5 },
        new Chart(ChartKind.Bars, "Bez tabeli", "Bez danych pod wykresem.", ["x"], [new ChartSeries("s", [1])]) { DataTable = false },
        new FieldToComplete("Pole", null, 0),
        new SignatureLines([]),
        new Spacer(500),
        new PageBreak(),
        new PageBreak(),
        new Image([1, 2, 3], "image/png", "Uszkodzony obraz", 20),
    })
    { CreatedAt = new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero), Page = new PageSetup(PaperSize.A5, PageOrientation.Landscape, 5, 8, PageNumbers: false) };

    [Theory]
    [InlineData(DocumentFormat.Html)]
    [InlineData(DocumentFormat.Pdf)]
    [InlineData(DocumentFormat.Odt)]
    [InlineData(DocumentFormat.Docx)]
    public void AwkwardDocument_Renders_Repeatably(DocumentFormat format)
    {
        var a = Renderers.RenderToBytes(Awkward(), format);
        var b = Renderers.RenderToBytes(Awkward(), format);
        Assert.Equal(a, b);
        switch (format)
        {
            case DocumentFormat.Pdf:
                using (var pdf = UglyToad.PdfPig.PdfDocument.Open(a))
                    Assert.Contains("Poziom spoza zakresu", pdf.GetPage(1).Text);
                break;
            case DocumentFormat.Odt:
                using (var zip = new ZipArchive(new MemoryStream(a)))
                    Assert.Contains("Poziom spoza zakresu", XDocument.Load(zip.GetEntry("content.xml")!.Open()).Root!.Value);
                break;
            case DocumentFormat.Docx:
                using (var doc = global::DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(a), false))
                {
                    Assert.Contains("Poziom spoza zakresu", doc.MainDocumentPart!.Document.Body!.InnerText);
                    Assert.Empty(new global::DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc));
                }
                break;
            default:
                Assert.Contains("Poziom spoza zakresu", System.Text.Encoding.UTF8.GetString(a));
                break;
        }
    }

    [Theory]
    [InlineData(DocumentFormat.Html)]
    [InlineData(DocumentFormat.Pdf)]
    [InlineData(DocumentFormat.Odt)]
    [InlineData(DocumentFormat.Docx)]
    public void EmptyDocument_Renders(DocumentFormat format)
    {
        Assert.NotEmpty(Renderers.RenderToBytes(new Document("Pusty", []), format));
    }

    [Theory]
    [InlineData(SpreadsheetFormat.Csv)]
    [InlineData(SpreadsheetFormat.Xlsx)]
    [InlineData(SpreadsheetFormat.Ods)]
    public void AwkwardText_Writes(SpreadsheetFormat format)
    {
        var wb = new Workbook([new Sheet("Arkusz", [new SheetColumn("tekst")], [["surogat \ud800 i emoji 😀 i \u0007"], [new string('a', 40_000)], [double.NaN]])]);
        Assert.Equal(Renderers.WriteToBytes(wb, format), Renderers.WriteToBytes(wb, format));
    }

    [Fact]
    public void EmptyWorkbook_Writes()
    {
        var wb = new Workbook([new Sheet("", [], [])]);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, Renderers.WriteToBytes(wb, SpreadsheetFormat.Csv)); // only the BOM
        Assert.NotEmpty(Renderers.WriteToBytes(wb, SpreadsheetFormat.Xlsx));
        Assert.NotEmpty(Renderers.WriteToBytes(wb, SpreadsheetFormat.Ods));
        Assert.NotEmpty(Renderers.WriteToBytes(new Workbook([]), SpreadsheetFormat.Xlsx));
    }
}

public class AsyncOutputTests
{
    /// <summary>Like Kestrel's response body: synchronous writes throw.</summary>
    private sealed class AsyncOnly(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.WriteAsync(buffer, offset, count, cancellationToken);
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => inner.WriteAsync(buffer, cancellationToken);
    }

    [Theory]
    [InlineData(SpreadsheetFormat.Csv)]
    [InlineData(SpreadsheetFormat.Xlsx)]
    [InlineData(SpreadsheetFormat.Ods)]
    public async Task WriteAsync_ToAResponseLikeStream_GivesTheSameBytes(SpreadsheetFormat format)
    {
        using var ms = new MemoryStream();
        await Renderers.WriteAsync(SpreadsheetTests.Sample(), format, new AsyncOnly(ms));
        Assert.Equal(Renderers.WriteToBytes(SpreadsheetTests.Sample(), format), ms.ToArray());
    }

    [Theory]
    [InlineData(DocumentFormat.Html)]
    [InlineData(DocumentFormat.Pdf)]
    [InlineData(DocumentFormat.Odt)]
    [InlineData(DocumentFormat.Docx)]
    public async Task RenderAsync_ToAResponseLikeStream_GivesTheSameBytes(DocumentFormat format)
    {
        using var ms = new MemoryStream();
        await Renderers.RenderAsync(Samples.Full(), format, new AsyncOnly(ms));
        Assert.Equal(Renderers.RenderToBytes(Samples.Full(), format), ms.ToArray());
    }
}
