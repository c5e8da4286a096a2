using System.Globalization;

namespace GlosKlienta.Documents.Tests;

/// <summary>Every kind of document the PDF renderer draws comes out tagged (PDF/UA), read back by <see cref="TaggedPdf"/>.</summary>
public class TaggedPdfTests
{
    private static byte[] Pdf(Document d) => Renderers.RenderToBytes(d, DocumentFormat.Pdf);

    /// <summary>A board: a title spanning the sheet, many paragraphs in two columns over several sheets, a QR code.</summary>
    internal static Document Board(int lines) =>
        new("Tablica informacyjna", [new Heading(1, "Tablica informacyjna") { SizePt = 40, Align = TextAlign.Center },
            .. Enumerable.Range(1, lines).Select(i => (Block)new Paragraph(string.Format(CultureInfo.InvariantCulture, "Pokój {0}: stanowisko ds. spraw różnych", i))),
            new Spacer(6), new Image(Samples.Png, "image/png", "Kod QR prowadzący do ankiety", 56) { Caption = "https://example.org/ankieta", Align = TextAlign.Center }])
        { Page = new PageSetup(PaperSize.A3, PageOrientation.Portrait, 20, 22) { Fit = new PageFit { MinScale = 0.7 } }, CreatedAt = Samples.Created };

    internal static Document DoorSign() =>
        new("Pokój 12", [new Heading(1, "Pokój 12") { SizePt = 72, Align = TextAlign.Center }, new Paragraph("Jan Kowalski") { SizePt = 30, Align = TextAlign.Center }])
        { Page = new PageSetup(PaperSize.A5, PageOrientation.Landscape, 10, 18, PageNumbers: false) { Fit = new PageFit { CenterVertically = true } } };

    /// <summary>A table whose long row runs over a page break; the long cell comes first, so the page shows the first part of every cell before the rest of it.</summary>
    internal static Document SplitRow()
    {
        var rows = Enumerable.Range(1, 14).Select(i => (IReadOnlyList<string>)["Krótka treść " + i, $"Wiersz {i}"]).ToList();
        rows.Add([string.Join(' ', Enumerable.Range(1, 400).Select(i => "słowo" + i.ToString(CultureInfo.InvariantCulture))), "Wiersz długi"]);
        rows.Add(["Koniec", "Wiersz ostatni"]);
        return new Document("Tabela z długim wierszem", [new Heading(1, "Tabela z długim wierszem"), new Paragraph("Wstęp."), new Table(["Nagłówek pierwszy", "Nagłówek drugi"], rows) { RelativeWidths = [4, 1] }]);
    }

    public static TheoryData<string> Kinds => ["full", "letter", "board", "door", "split-row", "long-table"];

    private static Document Make(string kind) => kind switch
    {
        "full" => Samples.Full(40),
        "letter" => new Document("Zawiadomienie o sposobie załatwienia skargi", [
            new Paragraph("Lesko, 3 lipca 2026 r.") { Align = TextAlign.Right },
            new Paragraph("Pan Jan Kowalski\nul. Parkowa 1\n38-600 Lesko"),
            new Heading(1, "Zawiadomienie"),
            new Paragraph("Uprzejmie zawiadamiam, że skarga została rozpatrzona.") { Align = TextAlign.Justify },
            new SignatureLines(["Burmistrz"]),
        ]) { CreatedAt = Samples.Created },
        "board" => Board(150),
        "door" => DoorSign(),
        "split-row" => SplitRow(),
        "long-table" => new Document("Tabela", [new Table(["Lp.", "Treść"], Enumerable.Range(1, 120).Select(i => (IReadOnlyList<string>)[i.ToString(CultureInfo.InvariantCulture), "Treść " + i]).ToList())]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryKindOfDocument_IsTagged_WithTitleLanguageAndStandardRoles(string kind)
    {
        var doc = Make(kind);
        var report = TaggedPdf.Check(Pdf(doc));
        Assert.Equal(doc.Language, report.Language);
        Assert.Equal(doc.Title, report.Title);
        // The headings are tagged at their levels, in the model's order.
        var headings = doc.Blocks.OfType<Heading>().Select(h => "H" + h.Level.ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(headings, report.Roles.Where(r => r.Length == 2 && r[0] == 'H' && char.IsDigit(r[1])));
        // One figure per chart and image, one table per table and per chart's data.
        Assert.Equal(doc.Blocks.Count(b => b is Chart or Image), report.Roles.Count(r => r == "Figure"));
        Assert.Equal(doc.Blocks.Count(b => b is Table or Chart { DataTable: true }), report.Roles.Count(r => r == "Table"));
        Assert.Equal(doc.Blocks.OfType<BulletList>().Count(), report.Roles.Count(r => r == "L"));
    }

    [SkippableTheory]
    [MemberData(nameof(Kinds))]
    public void TextInStructureOrder_IsTheExtractedReadingOrder(string kind)
    {
        Skip.If(TaggedPdf.PopplerMissing is not null, TaggedPdf.PopplerMissing);
        var doc = Make(kind);
        var pdf = Pdf(doc);
        TaggedPdf.AssertReadingOrder(pdf);
        // The structure holds the model's text, in the model's order (page furniture is not in it).
        var structure = TaggedPdf.StructureText(pdf);
        var texts = string.Concat(structure.Select(s => s.Text)).Replace(" ", "", StringComparison.Ordinal);
        int at = 0;
        foreach (var block in doc.Blocks)
        {
            string? first = block switch
            {
                Heading h => h.Text,
                Paragraph p => p.Runs[0].Text.Split('\n')[0],
                Table { Rows.Count: > 0 } t => t.Rows[^1][0],
                _ => null,
            };
            if (first is null) continue;
            int found = texts.IndexOf(first.Replace(" ", "", StringComparison.Ordinal), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{first}\" is not in the structure after position {at}.");
            at = found;
        }
        Assert.DoesNotContain(structure, s => s.Text.StartsWith("Strona ", StringComparison.Ordinal));
    }

    [Fact]
    public void Figures_CarryTheModelsAlternativeText()
    {
        var report = TaggedPdf.Check(Pdf(Samples.Full()));
        var alts = report.Root.Descendants().Where(n => n.Role == "Figure").Select(n => n.Alt).ToList();
        Assert.Contains("Kod QR do ankiety", alts);
        Assert.Contains("Odsetek ocen dobrych i bardzo dobrych w pytaniach 1-3.", alts);
        // The chart's title is read as text, just before its figure.
        var kids = report.Root.Kids;
        int figure = kids.FindIndex(k => k.Alt == "Odsetek ocen dobrych i bardzo dobrych w pytaniach 1-3.");
        Assert.Equal("P", kids[figure - 1].Role);
    }

    [SkippableFact]
    public void ChartStartingAPage_IsTaggedWithItsTitleFirst()
    {
        Skip.If(TaggedPdf.PopplerMissing is not null, TaggedPdf.PopplerMissing);
        // A table fills the first page so that the chart after it starts the second.
        var rows = Enumerable.Range(1, 200).Select(i => (IReadOnlyList<string>)[i.ToString(CultureInfo.InvariantCulture), "Treść " + i]).ToList();
        var doc = new Document("Wykres na nowej stronie", [new Table(["Lp.", "Treść"], rows.Take(36).ToList()), Samples.BarChart()]);
        var pdf = Pdf(doc);
        var structure = TaggedPdf.StructureText(pdf);
        Assert.Contains(structure, s => s.Text == "Ocena obsługi <wg pytań>");
        using (var read = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            Assert.Equal(2, read.NumberOfPages);
            Assert.DoesNotContain("Ocena obsługi", read.GetPage(1).Text);
            Assert.StartsWith("Ocena obsługi", read.GetPage(2).Text);
        }
        TaggedPdf.Check(pdf);
        TaggedPdf.AssertReadingOrder(pdf);
    }

    [Fact]
    public void RowOverAPageBreak_StaysOneRowOfCells()
    {
        var pdf = Pdf(SplitRow());
        using (var read = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            // The long row did run over: its last word is on the second page.
            Assert.True(read.NumberOfPages >= 2);
            Assert.Contains("słowo400", read.GetPage(2).Text);
            Assert.DoesNotContain("słowo1 ", read.GetPage(2).Text);
        }
        var report = TaggedPdf.Check(pdf);
        var rows = report.Root.Descendants().Where(n => n.Role == "TR").ToList();
        Assert.Equal(1 + 16, rows.Count);
        var longCell = rows.Single(r => r.Kids.Count == 2 && r.Kids[0].Content.Select(c => c.Page).Distinct().Count() == 2).Kids[0];
        Assert.Equal([0, 1], longCell.Content.Select(c => c.Page).Distinct().Order());
    }

    [Fact]
    public void Metadata_DeclaresPdfUa_AndKeepsATitleWithMarkupCharacters()
    {
        const string title = "Skargi & wnioski <2026> \"Rynek\" – Łąka";
        var doc = new Document(title, [new Heading(1, title), new Paragraph("Treść.")]) { Author = "Biuro & Sekretariat", Subject = "P/7/5 <F2>" };
        var bytes = Pdf(doc);
        var report = TaggedPdf.Check(bytes);
        Assert.Equal(title, report.Title);
        // Rendering stays repeatable with the rewritten packet.
        Assert.Equal(bytes, Pdf(doc));
    }

    [Fact]
    public void RepeatedHeader_IsNotReadAgain()
    {
        var doc = Make("long-table");
        var report = TaggedPdf.Check(Pdf(doc));
        Assert.Equal(2, report.Root.Descendants().Count(n => n.Role == "TH"));
        Assert.Equal(120, report.Root.Descendants().Count(n => n.Role == "TR") - 1);
    }
}
