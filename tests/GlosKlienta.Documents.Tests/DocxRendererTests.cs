using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GlosKlienta.Documents.Tests;

public class DocxRendererTests
{
    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    [Fact]
    public void FullDocument_PassesOpenXmlValidator()
    {
        using var doc = Open(Renderers.RenderToBytes(Samples.Full(), DocumentFormat.Docx));
        var errors = new OpenXmlValidator().Validate(doc).Select(e => e.Description + " @ " + e.Path?.XPath + " in " + e.Part?.Uri).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void DoorSign_KeptParagraphsAndCentredPage_PassOpenXmlValidator()
    {
        var sign = new Document("Pokój 12", [
            new Heading(1, "Pokój 12") { SizePt = 72, Align = TextAlign.Center },
            new Paragraph([new Run("Stanowisko ds. kadr", Bold: true)]) { KeepWithNext = true, Align = TextAlign.Center },
            new Paragraph("Jan Kowalski") { SizePt = 30, Align = TextAlign.Center }])
        {
            Page = new PageSetup(PaperSize.A5, PageOrientation.Landscape, 10, 18, PageNumbers: false) { Fit = new PageFit { CenterVertically = true } },
        };
        using var doc = Open(Renderers.RenderToBytes(sign, DocumentFormat.Docx));
        var errors = new OpenXmlValidator().Validate(doc).Select(e => e.Description + " @ " + e.Path?.XPath + " in " + e.Part?.Uri).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var body = doc.MainDocumentPart!.Document.Body!;
        Assert.Single(body.Descendants<W.KeepNext>());
        Assert.Equal(W.VerticalJustificationValues.Center,
            body.Descendants<W.VerticalTextAlignmentOnPage>().Single().Val!.Value);
    }

    [Fact]
    public void Text_HeadingsListsAndTables_ReadBack()
    {
        using var doc = Open(Renderers.RenderToBytes(Samples.Full(), DocumentFormat.Docx));
        var body = doc.MainDocumentPart!.Document.Body!;
        Assert.Contains(Samples.Polish, body.InnerText);
        Assert.Contains("Wyniki & wnioski", body.InnerText);
        var headings = body.Elements<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading") == true)
            .Select(p => (p.ParagraphProperties!.ParagraphStyleId!.Val!.Value, p.InnerText)).ToList();
        Assert.Contains(("Heading1", "Protokół z badania zadowolenia Klienta"), headings);
        Assert.Contains(("Heading2", "Wyniki & wnioski"), headings);
        Assert.Contains(("Heading3", "Wykresy"), headings);
        var styles = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToList();
        var h2 = styles.Single(s => s.StyleId == "Heading2");
        Assert.Equal("heading 2", h2.StyleName!.Val!.Value);
        Assert.Equal(1, h2.StyleParagraphProperties!.OutlineLevel!.Val!.Value);

        var listItems = body.Elements<W.Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties != null).ToList();
        Assert.Equal(4, listItems.Count);
        Assert.NotNull(doc.MainDocumentPart.NumberingDefinitionsPart);

        var table = body.Elements<W.Table>().First();
        var header = table.Elements<W.TableRow>().First();
        Assert.NotNull(header.TableRowProperties!.GetFirstChild<W.TableHeader>());
        Assert.Equal(["Lp.", "Komórka", "Liczba"], header.Elements<W.TableCell>().Select(c => c.InnerText));
        Assert.Equal("TableGrid", table.GetFirstChild<W.TableProperties>()!.TableStyle!.Val!.Value);
        Assert.Contains("Wydział 5", table.InnerText);
        // chart as its numbers
        Assert.Contains("12,5%", body.InnerText);
        Assert.Contains("Kod QR do ankiety", body.Descendants<global::DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Select(d => d.Description?.Value));
        // the QR image and one PNG per chart, each chart with its title and description as alt text
        Assert.Equal(4, doc.MainDocumentPart.ImageParts.Count(p => p.ContentType == "image/png"));
        Assert.Contains("Ocena obsługi <wg pytań>. Odsetek ocen dobrych i bardzo dobrych w pytaniach 1-3.",
            body.Descendants<global::DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Select(d => d.Description?.Value));
    }

    [Fact]
    public void PageSetup_FooterAndCoreProperties()
    {
        var full = Samples.Full() with { Page = new PageSetup(PaperSize.A5, PageOrientation.Landscape, 12) };
        using var doc = Open(Renderers.RenderToBytes(full, DocumentFormat.Docx));
        var sect = doc.MainDocumentPart!.Document.Body!.GetFirstChild<W.SectionProperties>()!;
        var size = sect.GetFirstChild<W.PageSize>()!;
        Assert.Equal(11906U, size.Width!.Value);
        Assert.Equal(8391U, size.Height!.Value);
        Assert.Equal(W.PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.Equal(680, sect.GetFirstChild<W.PageMargin>()!.Top!.Value);
        var footer = doc.MainDocumentPart.FooterParts.Single().Footer!;
        var fields = footer.Descendants<W.SimpleField>().Select(f => f.Instruction!.Value!.Trim()).ToList();
        Assert.Equal(["PAGE", "NUMPAGES"], fields);
        Assert.Contains("P/7/5 F2, wersja 3", footer.InnerText);
        Assert.Contains("Strona", footer.InnerText);
        Assert.Equal("Protokół z badania zadowolenia Klienta", doc.PackageProperties.Title);
        Assert.Equal("Pełnomocnik ds. SZJ", doc.PackageProperties.Creator);
        Assert.Equal(Samples.Created.UtcDateTime, doc.PackageProperties.Created!.Value.ToUniversalTime());
    }

    [Fact]
    public void SameDocument_GivesSameBytes()
    {
        Assert.Equal(Renderers.RenderToBytes(Samples.Full(), DocumentFormat.Docx), Renderers.RenderToBytes(Samples.Full(), DocumentFormat.Docx));
    }
}
