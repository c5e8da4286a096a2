using System.Globalization;

namespace GlosKlienta.Documents.Tests;

/// <summary>Tables keep every word whole: columns get at least their longest word (documents guide: no table splits a word).</summary>
public sealed class ColumnWidthsTests
{
    [Fact]
    public void Fit_GivesEachColumnItsLongestWord_AndSharesTheRestByRelativeWidth()
    {
        var widths = ColumnWidths.Fit([10, 50, 10], [4, 1, 1], 120)!;

        Assert.Equal(50, widths[1], 6);
        Assert.Equal(120, widths.Sum(), 6);
        Assert.Equal(4.0, widths[0] / widths[2], 6); // the rest keeps its proportions
    }

    [Fact]
    public void Fit_WhenEveryShareIsAboveItsMinimum_IsThePlainProportion()
    {
        var widths = ColumnWidths.Fit([1, 1], [3, 1], 100)!;

        Assert.Equal([75.0, 25.0], widths);
    }

    [Fact]
    public void Fit_WhenTheWordsCannotFit_SaysSo() =>
        Assert.Null(ColumnWidths.Fit([60, 60], [1, 1], 100));

    [Fact]
    public void PdfTable_WithNarrowColumnsAskedFor_KeepsEveryWordWhole()
    {
        // The F2's box table asked for columns too narrow for "Otwarcia" and "Formularze"; they came out as "Otwarci a".
        string[] header = ["Skrzynka", "Miejsce", "Otwarcia", "Formularze", "W tym otwarcia z podwójnym wprowadzaniem"];
        var doc = new Document("Tabela", [new Table(header,
            [["Skrzynka przy ul. Parkowej 1", "skrzynka na ankiety w budynku Urzędu Miasta i Gminy przy ul. Parkowej 1", "26", "68 103", "0"]])
        {
            RelativeWidths = [1.5, 4, 1, 1, 2],
        }]);

        var bytes = Renderers.RenderToBytes(doc, DocumentFormat.Pdf);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var word in header.SelectMany(h => h.Split(' ')).Concat(["Skrzynka", "Parkowej", "wprowadzaniem"]))
            Assert.True(words.Contains(word), string.Create(CultureInfo.InvariantCulture, $"'{word}' is not whole in: {string.Join(" | ", words)}"));
    }
}
