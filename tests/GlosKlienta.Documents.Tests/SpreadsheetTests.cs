using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace GlosKlienta.Documents.Tests;

public class SpreadsheetTests
{
    internal static Workbook Sample() => new([
        new Sheet("Rejestr: skargi/wnioski", [new SheetColumn("Nr", "numer kolejny"), new SheetColumn("Treść"), new SheetColumn("Kwota"), new SheetColumn("Wpłynęło"), new SheetColumn("Zarejestrowano"), new SheetColumn("Zasadna")],
        [
            [1, "Zażółć gęślą jaźń", 12.5, new DateOnly(2026, 3, 1), new DateTimeOffset(2026, 3, 1, 9, 15, 0, TimeSpan.FromHours(1)), true],
            [2L, "Tekst z przecinkiem, \"cudzysłowem\"\ni nową linią", 1000000m, null, null, false],
            [3, "=SUMA(A1:A2)", -0.25, new DateOnly(2026, 12, 31), null, null],
        ]),
        new Sheet("Drugi", [new SheetColumn("A")], [["x"]]),
    ]) { Title = "Rejestr", CreatedAt = Samples.Created };

    [Fact]
    public void Csv_HasBomCrlfQuotingAndInvariantValues()
    {
        var bytes = Renderers.WriteToBytes(Sample(), SpreadsheetFormat.Csv);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = new UTF8Encoding(false).GetString(bytes[3..]);
        var expected =
            "Nr,Treść,Kwota,Wpłynęło,Zarejestrowano,Zasadna\r\n" +
            "1,Zażółć gęślą jaźń,12.5,2026-03-01,2026-03-01T09:15:00+01:00,true\r\n" +
            "2,\"Tekst z przecinkiem, \"\"cudzysłowem\"\"\ni nową linią\",1000000,,,false\r\n" +
            "3,'=SUMA(A1:A2),-0.25,2026-12-31,,\r\n";
        Assert.Equal(expected, text);
        Assert.DoesNotContain("Drugi", text);
    }

    /// <summary>Issue 16: a sender named with a right-to-left override or control characters does not reach an export as such.</summary>
    [Theory]
    [InlineData(SpreadsheetFormat.Csv)]
    [InlineData(SpreadsheetFormat.Xlsx)]
    [InlineData(SpreadsheetFormat.Ods)]
    public void Cells_LoseDirectionOverridesAndControlCharacters(SpreadsheetFormat format)
    {
        var workbook = new Workbook([new Sheet("Rejestr", [new SheetColumn("Nadawca")],
            [["Jan\u202E\u2066Kowalski\u2069\u200F\u0085\u0007 z\nnową linią"]])]);

        var bytes = Renderers.WriteToBytes(workbook, format);
        string text;
        if (format == SpreadsheetFormat.Csv) text = Encoding.UTF8.GetString(bytes);
        else
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var entry = zip.Entries.Single(e => e.FullName is "xl/worksheets/sheet1.xml" or "content.xml");
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text = reader.ReadToEnd();
        }

        Assert.Contains("JanKowalski z", text, StringComparison.Ordinal);
        foreach (var c in "\u202E\u2066\u2069\u200F\u0085\u0007") Assert.DoesNotContain(c.ToString(), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_IsValid_AndKeepsTypes()
    {
        var bytes = Renderers.WriteToBytes(Sample(), SpreadsheetFormat.Xlsx);
        using var ms = new MemoryStream(bytes);
        using var doc = SpreadsheetDocument.Open(ms, false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => e.Description + " @ " + e.Path?.XPath).ToList();
        Assert.Empty(errors);
        var wbPart = doc.WorkbookPart!;
        var sheets = wbPart.Workbook.Sheets!.Elements<global::DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        Assert.Equal(["Rejestr skargiwnioski", "Drugi"], sheets.Select(s => s.Name!.Value));
        var ws = ((WorksheetPart)wbPart.GetPartById(sheets[0].Id!)).Worksheet;
        var rows = ws.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(4, rows.Count);
        var header = rows[0].Elements<Cell>().ToList();
        Assert.Equal("Treść", header[1].InlineString!.InnerText);
        Assert.Equal(1U, header[0].StyleIndex!.Value);
        var stylesheet = wbPart.WorkbookStylesPart!.Stylesheet;
        var boldFont = stylesheet.Fonts!.Elements<Font>().ElementAt((int)stylesheet.CellFormats!.Elements<CellFormat>().ElementAt(1).FontId!.Value);
        Assert.NotNull(boldFont.Bold);
        var pane = ws.GetFirstChild<SheetViews>()!.GetFirstChild<SheetView>()!.GetFirstChild<Pane>()!;
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1D, pane.VerticalSplit!.Value);

        var r1 = rows[1].Elements<Cell>().ToList();
        Assert.Null(r1[0].DataType); // a number stays a number
        Assert.Equal("1", r1[0].CellValue!.Text);
        Assert.Equal("Zażółć gęślą jaźń", r1[1].InlineString!.InnerText);
        Assert.Equal(12.5, double.Parse(r1[2].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateTime(2026, 3, 1), DateTime.FromOADate(double.Parse(r1[3].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        var dateFormat = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)r1[3].StyleIndex!.Value);
        Assert.Equal(164U, dateFormat.NumberFormatId!.Value);
        Assert.Equal(new DateTime(2026, 3, 1, 9, 15, 0), DateTime.FromOADate(double.Parse(r1[4].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(CellValues.Boolean, r1[5].DataType!.Value);
        var r3 = rows[3].Elements<Cell>().ToList();
        Assert.Equal("=SUMA(A1:A2)", r3[1].InlineString!.InnerText); // text, never a formula
        Assert.Null(r3[1].CellFormula);
    }

    [Fact]
    public void Xlsx_BigSheet_StreamsWithFlatMemory()
    {
        const int n = 200_000;
        var rows = new LazyRows(n);
        var wb = new Workbook([new Sheet("Dane", [new SheetColumn("id"), new SheetColumn("tekst"), new SheetColumn("ocena"), new SheetColumn("data")], rows)]);
        var path = Path.GetTempFileName();
        try
        {
            long before = GC.GetTotalAllocatedBytes(true);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            using (var fs = File.Create(path)) Renderers.Write(wb, SpreadsheetFormat.Xlsx, fs);
            sw.Stop();
            long peak = GC.GetGCMemoryInfo().HeapSizeBytes;
            Console.WriteLine($"XLSX {n} rows: {sw.ElapsedMilliseconds} ms, {new FileInfo(path).Length / 1024} KiB, heap {peak / 1024 / 1024} MiB");
            using var doc = SpreadsheetDocument.Open(path, false);
            var ws = doc.WorkbookPart!.WorksheetParts.Single();
            using var reader = global::DocumentFormat.OpenXml.OpenXmlReader.Create(ws);
            int count = 0;
            while (reader.Read()) if (reader.ElementType == typeof(Row) && reader.IsStartElement) count++;
            Assert.Equal(n + 1, count);
        }
        finally { File.Delete(path); }
    }

    /// <summary>Rows made on demand, so the test measures the writer and not a list of rows.</summary>
    private sealed class LazyRows(int count) : IReadOnlyList<IReadOnlyList<object?>>
    {
        public IReadOnlyList<object?> this[int index] => [index, "odpowiedź " + index, index % 5 + 1, new DateOnly(2026, 1, 1).AddDays(index % 180)];
        public int Count => count;
        public IEnumerator<IReadOnlyList<object?>> GetEnumerator() { for (int i = 0; i < count; i++) yield return this[i]; }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Theory]
    [InlineData(SpreadsheetFormat.Csv)]
    [InlineData(SpreadsheetFormat.Xlsx)]
    public void SameWorkbook_GivesSameBytes(SpreadsheetFormat format)
    {
        Assert.Equal(Renderers.WriteToBytes(Sample(), format), Renderers.WriteToBytes(Sample(), format));
    }

    [Fact]
    public void Xlsx_ToNonSeekableStream_IsTheSame()
    {
        var expected = Renderers.WriteToBytes(Sample(), SpreadsheetFormat.Xlsx);
        using var ms = new MemoryStream();
        using (var forward = new ForwardOnly(ms)) Renderers.Write(Sample(), SpreadsheetFormat.Xlsx, forward);
        Assert.Equal(expected, ms.ToArray());
    }

    internal sealed class ForwardOnly(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}

public class OdsWriterTests
{
    private static readonly System.Xml.Linq.XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly System.Xml.Linq.XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    [Fact]
    public void Ods_IsAValidPackage_WithTypedCells()
    {
        var bytes = Renderers.WriteToBytes(SpreadsheetTests.Sample(), SpreadsheetFormat.Ods);
        OpenDocumentTests.AssertMimetypeFirstAndStored(bytes, "application/vnd.oasis.opendocument.spreadsheet");
        var content = OpenDocumentTests.Part(bytes, "content.xml");
        var tables = content.Descendants(Table + "table").ToList();
        Assert.Equal(["Rejestr skargiwnioski", "Drugi"], tables.Select(t => (string)t.Attribute(Table + "name")!));
        var header = tables[0].Element(Table + "table-header-rows")!.Element(Table + "table-row")!.Elements(Table + "table-cell").ToList();
        Assert.Equal("Treść", header[1].Value);
        var rows = tables[0].Elements(Table + "table-row").ToList();
        Assert.Equal(3, rows.Count);
        var cells = rows[0].Elements(Table + "table-cell").ToList();
        Assert.Equal("float", (string?)cells[0].Attribute(Office + "value-type"));
        Assert.Equal("1", (string?)cells[0].Attribute(Office + "value"));
        Assert.Equal("string", (string?)cells[1].Attribute(Office + "value-type"));
        Assert.Equal("Zażółć gęślą jaźń", cells[1].Value);
        Assert.Equal("12.5", (string?)cells[2].Attribute(Office + "value"));
        Assert.Equal("date", (string?)cells[3].Attribute(Office + "value-type"));
        Assert.Equal("2026-03-01", (string?)cells[3].Attribute(Office + "date-value"));
        Assert.Equal("2026-03-01T09:15:00", (string?)cells[4].Attribute(Office + "date-value"));
        Assert.Equal("boolean", (string?)cells[5].Attribute(Office + "value-type"));
        var second = rows[1].Elements(Table + "table-cell").ToList();
        Assert.Equal("1000000", (string?)second[2].Attribute(Office + "value"));
        Assert.Null(second[3].Attribute(Office + "value-type"));
        Assert.Equal("=SUMA(A1:A2)", rows[2].Elements(Table + "table-cell").ElementAt(1).Value);
    }

    [Fact]
    public void Ods_SameWorkbook_GivesSameBytes()
    {
        Assert.Equal(Renderers.WriteToBytes(SpreadsheetTests.Sample(), SpreadsheetFormat.Ods), Renderers.WriteToBytes(SpreadsheetTests.Sample(), SpreadsheetFormat.Ods));
    }
}
