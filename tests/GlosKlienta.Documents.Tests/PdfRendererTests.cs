using UglyToad.PdfPig;

namespace GlosKlienta.Documents.Tests;

public class PdfRendererTests
{
    private static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf);

    private static string AllText(PdfDocument pdf) => string.Join("\n", pdf.GetPages().Select(p => p.Text));

    [Fact]
    public void PolishLetters_RoundTripAsText()
    {
        var bytes = Renderers.RenderToBytes(new Document("Test", [new Paragraph(Samples.Polish), new Paragraph("ZAŻÓŁĆ GĘŚLĄ JAŹŃ", bold: true)]), DocumentFormat.Pdf);
        using var pdf = Open(bytes);
        var text = pdf.GetPage(1).Text;
        Assert.Contains(Samples.Polish, text);
        Assert.Contains("ZAŻÓŁĆ GĘŚLĄ JAŹŃ", text);
    }

    [Fact]
    public void FullDocument_RendersEveryBlock_WithMetadataAndPageNumbers()
    {
        var bytes = Renderers.RenderToBytes(Samples.Full(), DocumentFormat.Pdf);
        using var pdf = Open(bytes);
        Assert.Equal("Protokół z badania zadowolenia Klienta", pdf.Information.Title);
        Assert.Equal("Pełnomocnik ds. SZJ", pdf.Information.Author);
        Assert.Equal("F2", pdf.Information.Subject);
        Assert.StartsWith("D:20260703", pdf.Information.CreationDate);
        var text = AllText(pdf);
        Assert.Contains("Wyniki & wnioski", text);
        Assert.Contains("I półrocze 2026", text);
        Assert.Contains("Wydział 3", text);
        Assert.Contains("Dane wykresu: Ocena obsługi <wg pytań>", text);
        Assert.Contains("12,5%", text);
        Assert.Contains("Długi czas oczekiwania", text);
        Assert.Contains("podpis przyjmującego", text);
        Assert.Contains("Jan Kowalski", text);
        Assert.Contains("https://example.org/ankieta", text);
        Assert.Contains("Ostatnia strona.", pdf.GetPage(pdf.NumberOfPages).Text);
        Assert.Contains($"Strona 1 z {pdf.NumberOfPages}", pdf.GetPage(1).Text);
        Assert.Contains("P/7/5 F2, wersja 3", pdf.GetPage(pdf.NumberOfPages).Text);
        Assert.NotEmpty(pdf.GetPages().SelectMany(p => p.GetImages()));
        Assert.Contains("/Lang", System.Text.Encoding.Latin1.GetString(bytes));
    }

    [Fact]
    public void LongTable_ContinuesOnNextPage_WithHeaderRepeated()
    {
        var rows = Enumerable.Range(1, 120).Select(i => (IReadOnlyList<string>)[$"Wiersz {i}", "Treść " + i]).ToList();
        var doc = new Document("Tabela", [new Table(["Nagłówek pierwszy", "Nagłówek drugi"], rows)]);
        using var pdf = Open(Renderers.RenderToBytes(doc, DocumentFormat.Pdf));
        Assert.True(pdf.NumberOfPages >= 3);
        var page2 = pdf.GetPage(2).Text;
        Assert.Contains("Nagłówek pierwszy", page2);
        Assert.Contains("Nagłówek drugi", page2);
        Assert.DoesNotContain("Wiersz 1 ", pdf.GetPage(2).Text + " ");
        Assert.Contains("Wiersz 120", AllText(pdf));
        // every row appears exactly once
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Equal(120, System.Text.RegularExpressions.Regex.Count(words, @"Wiersz \d+"));
    }

    [Fact]
    public void TallRow_IsSplitAcrossPages()
    {
        var tall = string.Join("\n", Enumerable.Range(1, 90).Select(i => "linia" + i));
        var doc = new Document("Tabela", [new Table(["Kolumna A", "Kolumna B"], [["a", tall]])]);
        using var pdf = Open(Renderers.RenderToBytes(doc, DocumentFormat.Pdf));
        Assert.True(pdf.NumberOfPages >= 2);
        Assert.Contains("linia1", pdf.GetPage(1).Text);
        Assert.Contains("linia90", pdf.GetPage(pdf.NumberOfPages).Text);
        Assert.Contains("Kolumna A", pdf.GetPage(2).Text);
    }

    [Theory]
    [InlineData(PaperSize.A3, PageOrientation.Portrait, 842, 1191)]
    [InlineData(PaperSize.A3, PageOrientation.Landscape, 1191, 842)]
    [InlineData(PaperSize.A5, PageOrientation.Landscape, 595, 420)]
    [InlineData(PaperSize.A4, PageOrientation.Portrait, 595, 842)]
    public void PageSize_FollowsPageSetup(PaperSize size, PageOrientation orientation, double w, double h)
    {
        var doc = new Document("Drzwi", [new Heading(1, "Pokój 12") { SizePt = 72 }, new Paragraph("Wydział Finansowy") { SizePt = 40 }])
        { Page = new PageSetup(size, orientation, 10, 28) };
        using var pdf = Open(Renderers.RenderToBytes(doc, DocumentFormat.Pdf));
        var page = pdf.GetPage(1);
        Assert.Equal(w, page.Width, 0);
        Assert.Equal(h, page.Height, 0);
        Assert.Contains("Pokój 12", page.Text);
        var big = page.Letters.First(l => l.Value == "P");
        Assert.True(big.PointSize > 60, "large type: " + big.PointSize);
    }

    [Fact]
    public void SameDocument_GivesSameBytes()
    {
        var a = Renderers.RenderToBytes(Samples.Full(), DocumentFormat.Pdf);
        var b = Renderers.RenderToBytes(Samples.Full(), DocumentFormat.Pdf);
        Assert.Equal(a, b);
        var other = Renderers.RenderToBytes(Samples.Full() with { Title = "Inny" }, DocumentFormat.Pdf);
        Assert.NotEqual(a, other);
    }
}
