using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig;

namespace GlosKlienta.Web.Tests.Register;

public sealed class RegisterExportTests() : RegisterTestBase(DatabaseKind.Sqlite)
{

    private static Task<HttpResponseMessage> ExportAsync(HttpClient client, string format, params KeyValuePair<string, string>[] filters) =>
        StaffAccounts.PostFormAsync(client, "/personel/rejestr", "main form.filters", [.. filters, new("Format", format)]);

    private async Task<HttpClient> TwoCasesAsync()
    {
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        await RegisterAsync(keeper, Staff(received: Today.AddDays(-70)));
        var petition = Staff(kind: "Petycja");
        petition["Subject"] = "Budowa chodnika przy ul. Słowackiego";
        await RegisterAsync(keeper, petition);
        return keeper;
    }

    [Fact]
    public async Task Xlsx_HoldsTheInspectorsColumnsAndEveryVisibleCase()
    {
        var keeper = await TwoCasesAsync();

        var response = await ExportAsync(keeper, "xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var part = doc.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single();
        var rows = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        string Text(Cell c) => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "";
        var header = rows[0].Elements<Cell>().Select(Text).ToList();
        Assert.Equal(["Nr", "Znak sprawy", "Data wpływu", "Wnoszący", "Adres", "Przedmiot", "Rodzaj", "Sposób wniesienia", "Organ właściwy", "Przydzielono", "Data przydziału", "Termin", "Sposób załatwienia", "Data załatwienia", "Zawiadomienie o zwłoce", "Nowy termin", "Uwagi", "Po terminie"], header);
        Assert.Equal(3, rows.Count);
        var newest = rows[1].Elements<Cell>().Select(Text).ToList();
        Assert.Equal($"2/{Today.Year}", newest[0]);
        // The case mark of the instrukcja kancelaryjna: unit, JRWA class, number in the class and year, year.
        Assert.Equal($"OR.1510.2.{Today.Year}", newest[1]);
        Assert.Equal("Budowa chodnika przy ul. Słowackiego", newest[5]);
        Assert.Equal("Petycja", newest[6]);
        // Empty cells are not written: find cells by their column letter.
        string At(Row row, string column) => row.Elements<Cell>().Where(c => c.CellReference?.Value == column + row.RowIndex!.Value).Select(Text).SingleOrDefault() ?? "";
        Assert.Equal("Po terminie.", At(rows[2], "R"));
        // The register names the body as the office's data does (issue 18), not a generic "Burmistrz" or "Rada Gminy".
        Assert.Equal("Burmistrz Miasta i Gminy Lesko", At(rows[1], "I"));
        Assert.Equal("", At(rows[1], "R"));
        Assert.Equal(Today.AddDays(-70).ToDateTime(TimeOnly.MinValue), DateTime.FromOADate(double.Parse(At(rows[2], "C"), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Single(await AuditAsync(RegisterActions.Exported));
    }

    [Fact]
    public async Task Csv_FollowsTheFilters()
    {
        var keeper = await TwoCasesAsync();

        var response = await ExportAsync(keeper, "csv", new KeyValuePair<string, string>("Kind", "Petycja"));

        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Nr,Znak sprawy,Data wpływu,Wnoszący,Adres,Przedmiot,Rodzaj", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"2/{Today.Year},", lines[1]);
        Assert.Contains("Budowa chodnika", lines[1]);
    }

    [Fact]
    public async Task Pdf_And_Ods_AreRealDocuments()
    {
        var keeper = await TwoCasesAsync();

        var pdf = await ExportAsync(keeper, "pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var words = string.Join(" ", document.GetPages().Select(p => p.Text));
            Assert.Contains("Rejestr skarg, wniosków i petycji", words);
            Assert.Contains($"2/{Today.Year}", words);
        }

        var ods = await ExportAsync(keeper, "ods");
        Assert.Equal("application/vnd.oasis.opendocument.spreadsheet", ods.Content.Headers.ContentType?.MediaType);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await ods.Content.ReadAsByteArrayAsync()));
        using var content = new StreamReader(zip.GetEntry("content.xml")!.Open());
        Assert.Contains("Budowa chodnika przy ul. Słowackiego", await content.ReadToEndAsync());
    }

    [Fact]
    public async Task Export_OfAHandler_HoldsOnlyTheirCases()
    {
        await TwoCasesAsync();
        var handler = await SignInAsync("pracownik@lesko.pl", Roles.Pracownik);

        var text = Encoding.UTF8.GetString(await (await ExportAsync(handler, "csv")).Content.ReadAsByteArrayAsync());

        Assert.Single(text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }
}
