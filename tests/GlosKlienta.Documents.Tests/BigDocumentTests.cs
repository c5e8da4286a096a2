using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace GlosKlienta.Documents.Tests;

/// <summary>
/// A synthetic half-year protocol (25 charts, 40 tables, a 2,000-row table) rendered in every format.
/// It asserts what was rendered; the timings are printed for the record, not asserted.
/// </summary>
public class BigDocumentTests(ITestOutputHelper output)
{
    internal static Document F2Like(int bigRows = 2000)
    {
        var blocks = new List<Block> { new Heading(1, "Protokół z badania zadowolenia Klienta – I półrocze 2026") };
        string[] months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"];
        for (int s = 1; s <= 25; s++)
        {
            blocks.Add(new Heading(2, $"{s}. Pytanie {s}: ocena obsługi"));
            blocks.Add(new Paragraph(string.Join(' ', Enumerable.Repeat($"Omówienie wyników pytania {s} w podziale na komórki organizacyjne i miesiące badania.", 5))) { Align = TextAlign.Justify });
            blocks.Add(s % 3 == 0
                ? new Chart(ChartKind.Lines, $"Karta p – pytanie {s}", "Odsetek ocen negatywnych w miesiącach.", months,
                    [new ChartSeries("Odsetek", months.Select((_, i) => (double?)(0.02 + 0.01 * ((i + s) % 4))).ToList(), SeriesStyle.Line),
                     new ChartSeries("Linia centralna", months.Select(_ => (double?)0.035).ToList(), SeriesStyle.Dashed),
                     new ChartSeries("GGK", months.Select((_, i) => (double?)(0.08 + 0.005 * (i % 2))).ToList(), SeriesStyle.Dashed)]) { Percent = true }
                : new Chart(s % 2 == 0 ? ChartKind.HorizontalBars : ChartKind.Bars, $"Rozkład ocen – pytanie {s}", "Odsetek odpowiedzi w skali 1-5.",
                    ["bardzo źle", "źle", "średnio", "dobrze", "bardzo dobrze"],
                    [new ChartSeries("I kwartał", [0.05, 0.1, 0.2, 0.4, 0.25]), new ChartSeries("II kwartał", [0.04, 0.08, 0.18, 0.42, 0.28])]) { Percent = true });
            blocks.Add(new Table(["Komórka", "Ankiet", "Średnia", "Odsetek pozytywnych"],
                Enumerable.Range(1, 12).Select(i => (IReadOnlyList<string>)[$"Wydział {i} – sprawy obywatelskie", (i * 7).ToString(CultureInfo.InvariantCulture), (3.5 + i / 10.0).ToString("0.00", CultureInfo.GetCultureInfo("pl-PL")), $"{60 + i}%"]).ToList())
            { Caption = $"Tabela {s}a", Align = [ColumnAlign.Left, ColumnAlign.Right, ColumnAlign.Right, ColumnAlign.Right], RelativeWidths = [4, 1, 1, 2] });
            if (s <= 15)
                blocks.Add(new Table([], [["Pytanie", $"{s}"], ["Odpowiedzi", "120"], ["Braki", "3"]]) { ShowHeader = false, Caption = $"Tabela {s}b" });
        }
        blocks.Add(new Heading(2, "Załącznik: wszystkie odpowiedzi"));
        blocks.Add(new Table(["Lp.", "Data", "Komórka", "Uwagi"],
            Enumerable.Range(1, bigRows).Select(i => (IReadOnlyList<string>)[i.ToString(CultureInfo.InvariantCulture), "2026-03-01", $"Wydział {i % 12}", i % 10 == 0 ? "Długa uwaga klienta, która zawija się w komórce tabeli na kilka wierszy tekstu, żeby sprawdzić łamanie." : "brak"]).ToList())
        { RelativeWidths = [1, 2, 3, 6] });
        blocks.Add(new SignatureLines(["Pełnomocnik ds. SZJ", "Burmistrz"]));
        return new Document("Protokół F2", blocks) { CreatedAt = Samples.Created, Footer = "P/7/5 F2" };
    }

    [Fact]
    public void F2SizedDocument_RendersInEveryFormat()
    {
        var doc = F2Like();
        foreach (var format in Enum.GetValues<DocumentFormat>())
        {
            Renderers.RenderToBytes(Samples.Full(), format); // first use: JIT, fonts, schemas
            var sw = Stopwatch.StartNew();
            var bytes = Renderers.RenderToBytes(doc, format);
            sw.Stop();
            output.WriteLine($"{format}: {sw.ElapsedMilliseconds} ms, {bytes.Length / 1024} KiB");
            Assert.True(bytes.Length > 10_000);
            if (format == DocumentFormat.Pdf)
            {
                using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
                output.WriteLine($"PDF pages: {pdf.NumberOfPages}");
                Assert.True(pdf.NumberOfPages > 30);
                Assert.Contains("Pełnomocnik ds. SZJ", pdf.GetPage(pdf.NumberOfPages).Text);
                Assert.Contains("Lp.", pdf.GetPage(pdf.NumberOfPages - 1).Text);
            }
        }
    }

    [Fact]
    public void LongTable_RenderTimeGrowsLinearly()
    {
        var small = new Document("t", [new Table(["A", "B"], Enumerable.Range(0, 1000).Select(i => (IReadOnlyList<string>)[i.ToString(CultureInfo.InvariantCulture), "wiersz " + i]).ToList())]);
        var big = new Document("t", [new Table(["A", "B"], Enumerable.Range(0, 4000).Select(i => (IReadOnlyList<string>)[i.ToString(CultureInfo.InvariantCulture), "wiersz " + i]).ToList())]);
        Renderers.RenderToBytes(small, DocumentFormat.Pdf);
        var sw = Stopwatch.StartNew();
        var a = Renderers.RenderToBytes(small, DocumentFormat.Pdf);
        long t1 = sw.ElapsedMilliseconds;
        sw.Restart();
        var b = Renderers.RenderToBytes(big, DocumentFormat.Pdf);
        long t4 = sw.ElapsedMilliseconds;
        output.WriteLine($"1000 rows: {t1} ms, 4000 rows: {t4} ms");
        using var pa = UglyToad.PdfPig.PdfDocument.Open(a);
        using var pb = UglyToad.PdfPig.PdfDocument.Open(b);
        output.WriteLine($"pages: {pa.NumberOfPages}, {pb.NumberOfPages}");
        Assert.InRange(pb.NumberOfPages, pa.NumberOfPages * 3.5, pa.NumberOfPages * 4.5);
        Assert.Contains("wiersz 3999", pb.GetPage(pb.NumberOfPages).Text);
    }
}
