using System.Text.Json;
using GlosKlienta.Cli;
using GlosKlienta.Paper;
using GlosKlienta.Paper.Tests.Scanning;
using GlosKlienta.Web.Features.Paper;

namespace GlosKlienta.Web.Tests.Cli;

/// <summary><c>scan --opening YEAR/N --file F [--dry-run] [--json out.json]</c> (issue 14): the JSON contract page by page, a dry run that records nothing, a real one that does.</summary>
public sealed class ScanCliTests : IAsyncLifetime
{
    private readonly TestDatabase database = TestDatabase.CreateEmptySqlite();
    private readonly string dir = System.IO.Directory.CreateTempSubdirectory("glosklienta-scan-cli-").FullName;

    private Dictionary<string, string?> Settings => new()
    {
        ["Database:Provider"] = database.Provider,
        ["ConnectionStrings:GlosKlienta"] = database.ConnectionString,
        ["Paper:Scans:SpoolDirectory"] = Path.Combine(dir, "spool"),
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        System.IO.Directory.Delete(dir, recursive: true);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new StringReader(""), output, error, inputRedirected: true, Settings);
        return (code, output.ToString(), error.ToString());
    }

    [SkippableFact]
    public async Task Scan_WritesThePagesAsJson_ADryRunRecordsNothing_AndARealRunStoresACleanBatch()
    {
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var (printed, _, printError) = await RunAsync("forms", "print", "--version", "1", "--count", "2", "--out", Path.Combine(dir, "f.pdf"));
        Assert.True(printed == 0, printError);
        FormLayout layout;
        int year;
        await using (var services = CliApp.BuildServices(Settings))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var versionId = await db.SurveyVersions.Where(v => v.Number == 1).Select(v => v.Id).SingleAsync();
            year = GlosKlienta.Tests.Shared.OfficeDate.Today().Year;
            db.BoxOpenings.Add(new BoxOpening
            {
                Year = year, Number = 1, SurveyBoxId = await db.SurveyBoxes.Select(b => b.Id).FirstAsync(), OpenedOn = GlosKlienta.Tests.Shared.OfficeDate.Today(),
                OpenedBy = "Maria Kowalska", RecordedAt = DateTimeOffset.UtcNow, FormCount = 2, SurveyVersionId = versionId,
            });
            await db.SaveChangesAsync();
            layout = (await scope.ServiceProvider.GetRequiredService<PrintedForms>().LayoutAsync(versionId, "pl", CancellationToken.None))!;
        }
        var options = new ScanOptions(Dpi: 150, RotationDeg: 1.5, Seed: 3);
        var form = ScanSimulator.Fill(layout, 2, new Dictionary<string, MarkStyle> { ["plec=kobieta"] = MarkStyle.Cross, ["oceny.sprawnosc=4"] = MarkStyle.Tick, ["informacje.prasa=pozytywnie"] = MarkStyle.Filled },
            new Dictionary<string, string>(), options);
        var scan = Path.Combine(dir, "skan.pdf");
        await File.WriteAllBytesAsync(scan, ScanSimulator.WritePdf([form[1], form[0], form[0]], ScanEncoding.Jpeg));
        var json = Path.Combine(dir, "odczyt.json");

        var (code, output, error) = await RunAsync("scan", "--opening", $"{year}/1", "--file", scan, "--dry-run", "--json", json);

        Assert.True(code == 0, error);
        Assert.Contains("Strony: 3. Formularze: 1. Strony nieumieszczone: 1.", output);
        Assert.Contains("nic nie zapisano", output);
        using (var read = JsonDocument.Parse(await File.ReadAllTextAsync(json)))
        {
            var pages = read.RootElement.GetProperty("pages").EnumerateArray().ToList();
            Assert.Equal(["pages"], read.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.All(pages, p => Assert.Equal(["page", "serial", "version", "formPage", "answers", "queued", "error"], p.EnumerateObject().Select(x => x.Name)));
            Assert.Equal([(1, 2, 1, 2), (2, 2, 1, 1), (3, 2, 1, 1)],
                pages.Select(p => (p.GetProperty("page").GetInt32(), p.GetProperty("serial").GetInt32(), p.GetProperty("version").GetInt32(), p.GetProperty("formPage").GetInt32())));
            Assert.Equal("oceny.sprawnosc=4;informacje.prasa=pozytywnie", pages[0].GetProperty("answers").GetString());
            Assert.Equal("plec=kobieta", pages[1].GetProperty("answers").GetString());
            Assert.Empty(pages[1].GetProperty("queued").EnumerateArray());
            Assert.Equal(JsonValueKind.Null, pages[1].GetProperty("error").ValueKind);
            Assert.Equal("scanned-twice", pages[2].GetProperty("error").GetString());
        }
        await using (var services = CliApp.BuildServices(Settings))
        {
            await using var scope = services.CreateAsyncScope();
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<AppDbContext>().ScanBatches.ToListAsync());
        }

        var (stored, storedOutput, storedError) = await RunAsync("scan", "--opening", $"{year}/1", "--file", scan);
        Assert.True(stored == 0, storedError);
        Assert.Contains($"Zapisano formularze w otwarciu {year}/1.", storedOutput);
        await using (var services = CliApp.BuildServices(Settings))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var response = await db.SurveyResponses.SingleAsync(r => r.BoxOpeningId != null);
            Assert.Equal((1, "plec=kobieta;oceny.sprawnosc=4;informacje.prasa=pozytywnie"), (response.FormNumber!.Value, response.Choices));
        }

        var (unknown, _, unknownError) = await RunAsync("scan", "--opening", "1999/9", "--file", scan);
        Assert.Equal((1, true), (unknown, unknownError.Contains("Nie ma otwarcia skrzynki 1999/9.", StringComparison.Ordinal)));
    }
}
