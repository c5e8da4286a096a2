using GlosKlienta.Cli;
using GlosKlienta.Domain.Analysis;
using UglyToad.PdfPig;

namespace GlosKlienta.Web.Tests.Analysis;

/// <summary>The F2 document read back from the PDF (text extracted with PdfPig), and the report CLI verb.</summary>
public sealed class F2DocumentTests : IAsyncLifetime
{
    private readonly AnalysisApp app = new(TestDatabase.CreateEmptySqlite());

    public Task InitializeAsync() => app.SeedHalfYearAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public async Task DraftPdf_HasThePolishHeadingsAndTheFigures()
    {
        var client = await app.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        var response = await client.GetAsync("/personel/analiza/protokol/2026H1?handler=File&format=pdf");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Protokół z badania zadowolenia Klienta", text);
        Assert.Contains("Sposób przetworzenia danych", text);
        Assert.Contains("Próba i jej ograniczenia", text);
        Assert.Contains("Obszary zagrożone", text);
        Assert.Contains("Wnioski Pełnomocnika ds. SZJ", text);
        Assert.Contains("PROJEKT", text);
        // A figure: speed rated 4-5 by 35 of 50.
        Assert.Contains("70,0%", text);
    }

    [Fact]
    public async Task ReportCli_WritesJsonAndADraftPdf_AndTheAnnualAnalysis()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:GlosKlienta"] = app.Factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["ConnectionStrings:GlosKlienta"],
        };
        var folder = System.IO.Directory.CreateTempSubdirectory("f2-cli").FullName;
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var json = Path.Combine(folder, "f2.json");
            Assert.Equal(0, await CliApp.RunAsync(["report", "f2", "--period", "2026H1", "--format", "json", "--out", json], TextReader.Null, output, error, true, settings));
            var figures = F2Figures.FromJson(await File.ReadAllTextAsync(json));
            Assert.Equal(50, figures.Responses);
            Assert.Equal(100, figures.YearEarlier!.BaselineResponses);
            Assert.Contains("PROJEKT", output.ToString());

            var pdf = Path.Combine(folder, "f2.pdf");
            Assert.Equal(0, await CliApp.RunAsync(["report", "f2", "--period", "2026", "--format", "pdf", "--out", pdf], TextReader.Null, output, error, true, settings));
            var text = PdfText(await File.ReadAllBytesAsync(pdf));
            Assert.Contains("Analiza roczna badania zadowolenia Klienta", text);
            Assert.Contains("II półrocze wobec I półrocza", text);

            Assert.Equal(1, await CliApp.RunAsync(["report", "f2", "--period", "2026H3", "--format", "pdf", "--out", pdf], TextReader.Null, output, error, true, settings));
            Assert.Contains("Niepoprawny okres", error.ToString());
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}
