using GlosKlienta.Domain.RawData;
using GlosKlienta.Domain.Survey;

namespace GlosKlienta.Domain.Tests.RawData;

public sealed class RawDataLayoutTests
{
    private static readonly Dictionary<string, string> NoTexts = new();

    [Fact]
    public void Columns_AreTheUnionOfTheVersions_InTheNewestOrder_WithTheVersionsThatAskThem()
    {
        var layout = RawDataSample.Layout();

        Assert.Equal(
            ["id", "wersja", "kanal", "data_wplywu", "otwarcie_skrzynki", "nr_formularza", "nieczytelne", "kiosk",
             "plec", "wiek", "trudnosci_brak", "trudnosci_brak_informacji", "trudnosci_kolejka", "trudnosci_inne", "trudnosci_tekst",
             "oceny_uprzejmosc", "oceny_sprawnosc", "oceny_tekst", "wyposazenie", "informacje_prasa", "uwagi_tekst", "kontakt"],
            layout.Columns.Select(c => c.Name));
        Assert.Equal([1, 2], layout.Columns.Single(c => c.Name == "plec").Versions);
        Assert.Equal([1], layout.Columns.Single(c => c.Name == "wyposazenie").Versions);
        Assert.Equal([2], layout.Columns.Single(c => c.Name == "trudnosci_kolejka").Versions);
        Assert.Equal("8. Jak ocenia Pani/Pan jakość usługi? – uprzejmość", layout.Columns.Single(c => c.Name == "oceny_uprzejmosc").Label);
        Assert.Equal(["1", "2", "3", "4", "5"], layout.Columns.Single(c => c.Name == "oceny_uprzejmosc").Codes.Select(c => c.Code));
    }

    [Fact]
    public void Encode_MarksNotAskedBlankAndUnreadableDifferently()
    {
        var layout = RawDataSample.Layout();
        var response = new RawResponse(17, 1, Channel.Paper, new DateOnly(2026, 3, 2), "2026/4", 12,
            "plec=kobieta;trudnosci=brak-informacji,inne;oceny.uprzejmosc=5", "wiek,oceny.sprawnosc,uwagi.tekst",
            new Dictionary<string, string> { ["trudnosci"] = "kolejka, długa" });

        var row = layout.Encode(response);
        object? Cell(string name) => row[layout.Columns.ToList().FindIndex(c => c.Name == name)];

        Assert.Equal(17L, Cell("id"));
        Assert.Equal("papier", Cell("kanal"));
        Assert.Equal(new DateOnly(2026, 3, 2), Cell("data_wplywu"));
        Assert.Equal("2026/4", Cell("otwarcie_skrzynki"));
        Assert.Equal("kobieta", Cell("plec"));
        Assert.Equal(-8, Cell("wiek"));
        Assert.Equal(0, Cell("trudnosci_brak"));
        Assert.Equal(1, Cell("trudnosci_brak_informacji"));
        Assert.Equal(-9, Cell("trudnosci_kolejka"));
        Assert.Equal(1, Cell("trudnosci_inne"));
        Assert.Equal("kolejka, długa", Cell("trudnosci_tekst"));
        Assert.Equal(5, Cell("oceny_uprzejmosc"));
        Assert.Equal(-8, Cell("oceny_sprawnosc"));
        Assert.Null(Cell("wyposazenie"));
        Assert.Null(Cell("informacje_prasa"));
        Assert.Null(Cell("uwagi_tekst"));
        Assert.Equal(-9, Cell("kontakt"));
    }

    [Fact]
    public void Decode_OfAnEncodedRow_GivesTheSameResponse()
    {
        var layout = RawDataSample.Layout();
        var response = new RawResponse(5, 2, Channel.Online, new DateOnly(2026, 5, 1), null, null,
            "plec=mezczyzna;trudnosci=kolejka,inne;oceny.sprawnosc=2;informacje.prasa=negatywnie;kontakt=telefon", null,
            new Dictionary<string, string> { ["trudnosci"] = "\"cytat\"\r\nnowa linia", ["uwagi"] = "-9" });
        var positions = layout.Columns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i);

        var (decoded, errors) = layout.Decode(layout.Encode(response).Select(RawDataLayout.Format).ToList(), positions);

        Assert.Empty(errors);
        Assert.NotNull(decoded);
        Assert.Equal(response.Choices, decoded.Choices);
        Assert.True(response.SameContentAs(decoded));
    }

    [Fact]
    public void Decode_RefusesValuesThatDoNotFitTheVersion_NamingTheColumn()
    {
        var layout = RawDataSample.Layout();
        var cells = layout.Encode(new RawResponse(9, 1, Channel.Kiosk, new DateOnly(2026, 2, 1), null, null, "plec=kobieta", null, NoTexts))
            .Select(RawDataLayout.Format).ToList();
        var positions = layout.Columns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i);
        cells[positions["plec"]] = "inna";
        cells[positions["kontakt"]] = "telefon";
        cells[positions["trudnosci_brak"]] = "1";
        cells[positions["trudnosci_inne"]] = "";

        var (decoded, errors) = layout.Decode(cells, positions);

        Assert.Null(decoded);
        Assert.Contains(errors, e => e.ColumnName == "plec" && e.Column == positions["plec"] + 1 && e.Message.Contains("„inna”"));
        Assert.Contains(errors, e => e.ColumnName == "kontakt" && e.Message.Contains("-9"));
        Assert.Contains(errors, e => e.ColumnName == "trudnosci_brak_informacji" || e.ColumnName == "trudnosci_inne");
    }

    [Fact]
    public void AKioskAnswer_CarriesItsKiosk_ThereAndBack_AndOnlyAKioskAnswerMay()
    {
        var layout = RawDataSample.Layout();
        var positions = layout.Columns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i);
        var kiosk = new RawResponse(7, 1, Channel.Kiosk, new DateOnly(2026, 2, 1), null, null, "plec=kobieta", null, NoTexts, KioskId: 3);
        var cells = layout.Encode(kiosk).Select(RawDataLayout.Format).ToList();
        Assert.Equal("3", cells[positions["kiosk"]]);

        var (decoded, errors) = layout.Decode(cells, positions);
        Assert.Empty(errors);
        Assert.Equal(3, decoded!.KioskId);
        Assert.True(decoded.SameContentAs(kiosk));
        Assert.False(decoded.SameContentAs(kiosk with { KioskId = 4 }));

        var online = layout.Encode(kiosk with { Channel = Channel.Online, KioskId = null }).Select(RawDataLayout.Format).ToList();
        Assert.Equal("", online[positions["kiosk"]]);
        online[positions["kiosk"]] = "3";
        Assert.Contains(layout.Decode(online, positions).Errors, e => e.ColumnName == "kiosk" && e.Message.Contains("tylko dla odpowiedzi z kanału kiosk"));

        // A file from before the kiosks has no kiosk column and still reads.
        var header = layout.Columns.Select(c => c.Name).Where(n => n != "kiosk").ToList();
        Assert.Empty(layout.ReadHeader(header).Errors);
    }

    [Fact]
    public void Decode_OfAMinusEightWithoutItsUnreadableKey_IsAnError()
    {
        var layout = RawDataSample.Layout();
        var cells = layout.Encode(new RawResponse(9, 1, Channel.Paper, new DateOnly(2026, 2, 1), "2026/1", 3, "plec=kobieta", "wiek", NoTexts))
            .Select(RawDataLayout.Format).ToList();
        var positions = layout.Columns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i);
        cells[positions["nieczytelne"]] = "";

        var (_, errors) = layout.Decode(cells, positions);

        Assert.Contains(errors, e => e.ColumnName == "nieczytelne" && e.Message.Contains("„wiek”"));
    }

    [Theory]
    [InlineData("=SUMA(A1)", "=SUMA(A1)")]
    [InlineData("-9", "-9")]
    [InlineData("'=x", "''=x")]
    [InlineData("''-x", "'''-x")]
    [InlineData("'zwykły", "'zwykły")]
    [InlineData("zwykły", "zwykły")]
    [InlineData("a\r\nb\\c\\n", @"a\r\nb\\c\\n")]
    [InlineData("-\nx", @"-\nx")]
    public void CsvProtection_UndoesTheWritersFormulaApostrophe_Exactly(string original, string protectedText)
    {
        Assert.Equal(protectedText, RawDataLayout.ProtectForCsv(original));
        // What the shared CSV writer does to text that starts like a formula.
        var written = protectedText.Length > 0 && protectedText[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + protectedText : protectedText;
        Assert.Equal(original, RawDataLayout.UnprotectFromCsv(written));
    }

    [Theory]
    [InlineData("2026H1", "2026-01-01", "2026-06-30")]
    [InlineData("2025h2", "2025-07-01", "2025-12-31")]
    public void HalfYear_CoversItsSixMonths(string text, string from, string to)
    {
        var period = RawDataPeriod.ParseHalfYear(text)!;

        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
        Assert.Equal(text.ToUpperInvariant(), period.Slug);
    }

    [Theory]
    [InlineData("2026H3")]
    [InlineData("26H1")]
    [InlineData("")]
    public void HalfYear_RefusesOtherText(string text) => Assert.Null(RawDataPeriod.ParseHalfYear(text));

    [Fact]
    public void Csv_ReadsRfc4180_WithTheLineEachRecordStartsOn()
    {
        var text = "a,\"b,c\",\"d\"\"e\"\r\n\"x\r\ny\",,z\r\nlast,,\r\n";

        var records = RawCsv.Read(new StringReader(text)).ToList();

        Assert.Equal([1, 2, 4], records.Select(r => r.Line));
        Assert.Equal(["a", "b,c", "d\"e"], records[0].Fields);
        Assert.Equal(["x\r\ny", "", "z"], records[1].Fields);
        Assert.Equal(["last", "", ""], records[2].Fields);
    }

    [Fact]
    public void Csv_WithAnUnclosedQuote_SaysWhichLine()
    {
        var ex = Assert.Throws<FormatException>(() => RawCsv.Read(new StringReader("a,b\r\n\"open,c\r\n")).ToList());
        Assert.Contains("wiersz 2", ex.Message);
    }
}
