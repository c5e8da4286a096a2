using System.Globalization;

namespace GlosKlienta.Documents.Tests;

/// <summary>Documents the tests render: every block kind, Polish letters, a long table, large type.</summary>
internal static class Samples
{
    public const string Polish = "Zażółć gęślą jaźń";
    public static readonly DateTimeOffset Created = new(2026, 7, 3, 9, 30, 0, TimeSpan.FromHours(2));

    // A 1x1 white PNG.
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC");

    public static Chart BarChart(bool percent = true) => new(ChartKind.Bars, "Ocena obsługi <wg pytań>", "Odsetek ocen dobrych i bardzo dobrych w pytaniach 1-3.",
        ["Uprzejmość", "Kompetencje", "Czas załatwienia sprawy"],
        [new ChartSeries("I półrocze", [0.125, 0.5, 0.875]), new ChartSeries("II półrocze", [0.25, null, 0.9])])
    { Percent = percent, ValueAxisLabel = "% odpowiedzi" };

    public static Chart PChart() => new(ChartKind.Lines, "Karta p: odsetek skarg", "Odsetek skarg w miesiącach z linią centralną i granicami kontrolnymi.",
        ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"],
        [
            new ChartSeries("Odsetek", [0.02, 0.03, null, 0.05, 0.01, 0.02], SeriesStyle.Line),
            new ChartSeries("Linia centralna", [0.025, 0.025, 0.025, 0.025, 0.025, 0.025], SeriesStyle.Dashed),
            new ChartSeries("GGK", [0.06, 0.07, 0.065, 0.06, 0.08, 0.06], SeriesStyle.Dashed),
        ])
    { Percent = true };

    public static Chart HorizontalChart() => new(ChartKind.HorizontalBars, "Trudności zgłaszane przez klientów", "Liczba wskazań trudności.",
        ["Długi czas oczekiwania w kolejce do stanowiska", "Niejasne formularze", "Brak informacji"],
        [new ChartSeries("Wskazania", [12, 7, 3])])
    { ValueFormat = "0" };

    public static Document Full(int tableRows = 5) => new("Protokół z badania zadowolenia Klienta", new Block[]
    {
        new Heading(1, "Protokół z badania zadowolenia Klienta"),
        new Paragraph([new Run("Okres: "), new Run("I półrocze 2026", Bold: true), new Run(" – dane "), new Run("wstępne", Italic: true), new Run(".\nDruga linia.")]),
        new Paragraph(Polish),
        new Paragraph(string.Join(' ', Enumerable.Repeat("Tekst wyjustowany, który zawija się w kilku wierszach strony.", 8))) { Align = TextAlign.Justify },
        new Heading(2, "Wyniki & wnioski"),
        new BulletList(["Pierwszy punkt", "Drugi punkt <b>nie pogrubiony</b>"]),
        new BulletList(["Krok pierwszy", "Krok drugi"], Numbered: true),
        new Table(["Lp.", "Komórka", "Liczba"], Enumerable.Range(1, tableRows).Select(i => (IReadOnlyList<string>)[i.ToString(CultureInfo.InvariantCulture), "Wydział " + i, (i * 3).ToString(CultureInfo.InvariantCulture)]).ToList())
        { Caption = "Liczba ankiet", Align = [ColumnAlign.Right, ColumnAlign.Left, ColumnAlign.Right], RelativeWidths = [1, 4, 2] },
        new Table([], [["Okres", "I półrocze 2026"], ["Ankiet", "120"]]) { ShowHeader = false },
        new Heading(3, "Wykresy"),
        BarChart(),
        PChart(),
        HorizontalChart(),
        new Image(Png, "image/png", "Kod QR do ankiety", 30) { Caption = "https://example.org/ankieta", Align = TextAlign.Center },
        new FieldToComplete("Uwagi", null, 2),
        new FieldToComplete("Wypełnił", "Jan Kowalski"),
        new Spacer(10),
        new SignatureLines(["podpis przyjmującego", "podpis klienta"]),
        new PageBreak(),
        new Paragraph("Ostatnia strona."),
    })
    {
        Author = "Pełnomocnik ds. SZJ",
        Subject = "F2",
        Footer = "P/7/5 F2, wersja 3",
        CreatedAt = Created,
    };
}
