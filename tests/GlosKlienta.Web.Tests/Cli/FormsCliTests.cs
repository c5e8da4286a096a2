using System.Text.Json;
using GlosKlienta.Cli;
using UglyToad.PdfPig;

namespace GlosKlienta.Web.Tests.Cli;

public sealed class FormsCliTests : IAsyncLifetime
{
    private readonly TestDatabase database = TestDatabase.CreateEmptySqlite();
    private readonly string dir = System.IO.Directory.CreateTempSubdirectory("glosklienta-forms-").FullName;

    private Dictionary<string, string?> Settings => new()
    {
        ["Database:Provider"] = database.Provider,
        ["ConnectionStrings:GlosKlienta"] = database.ConnectionString,
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

    [Fact]
    public async Task FormsLayout_WritesTheContract_WithExactlyItsPropertyNames()
    {
        var file = Path.Combine(dir, "layout.json");
        var (code, output, error) = await RunAsync("forms", "layout", "--version", "1", "--language", "uk", "--out", file);

        Assert.True(code == 0, error);
        Assert.Contains("język uk", output);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        var root = json.RootElement;
        Assert.Equal(["pageWidthMm", "pageHeightMm", "pages"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(210, root.GetProperty("pageWidthMm").GetDouble());
        Assert.Equal(297, root.GetProperty("pageHeightMm").GetDouble());
        var pages = root.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal([1, 2], pages.Select(p => p.GetProperty("page").GetInt32()));
        foreach (var page in pages)
        {
            Assert.Equal(["page", "boxes", "texts"], page.EnumerateObject().Select(p => p.Name));
            foreach (var area in page.GetProperty("boxes").EnumerateArray().Concat(page.GetProperty("texts").EnumerateArray()))
                Assert.Equal(["key", "xMm", "yMm", "wMm", "hMm"], area.EnumerateObject().Select(p => p.Name));
        }
        var keys = pages.SelectMany(p => p.GetProperty("boxes").EnumerateArray()).Select(b => b.GetProperty("key").GetString()).ToList();
        Assert.Contains("plec=kobieta", keys);
        Assert.Contains("oceny.uprzejmosc=5", keys);
        Assert.Contains("informacje.prasa=pozytywnie", keys);
        Assert.Contains("uwagi.tekst", pages.SelectMany(p => p.GetProperty("texts").EnumerateArray()).Select(b => b.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task FormsPrint_WritesThePdf_AndRecordsTheRunWithItsSerials_AndABlankFormRecordsNothing()
    {
        var file = Path.Combine(dir, "forms.pdf");
        var (code, output, error) = await RunAsync("forms", "print", "--version", "1", "--count", "3", "--box", "ratusz", "--out", file);
        Assert.True(code == 0, error);
        Assert.Contains("numerach 1–3", output);
        using (var pdf = PdfDocument.Open(await File.ReadAllBytesAsync(file)))
            Assert.Equal(6, pdf.NumberOfPages);

        var (again, _, _) = await RunAsync("forms", "print", "--version", "1", "--count", "2", "--out", file);
        Assert.Equal(0, again);
        var blank = Path.Combine(dir, "blank.pdf");
        var (blankCode, blankOutput, _) = await RunAsync("forms", "print", "--version", "1", "--count", "0", "--out", blank);
        Assert.Equal(0, blankCode);
        Assert.Contains("bez numeru", blankOutput);

        await using var services = CliApp.BuildServices(Settings);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var runs = await db.PrintRuns.Include(r => r.SurveyBox).OrderBy(r => r.FirstSerial).ToListAsync();
        Assert.Equal([(1, 3, "ratusz"), (4, 2, null)], runs.Select(r => (r.FirstSerial, r.Count, r.SurveyBox?.Code)));
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == "paper.print-run"));
    }

    [Fact]
    public async Task FormsPrint_WithAnUnknownVersionOrBox_SaysWhyInPolish()
    {
        var file = Path.Combine(dir, "x.pdf");
        var (code, _, error) = await RunAsync("forms", "print", "--version", "9", "--count", "3", "--out", file);
        Assert.Equal(1, code);
        Assert.Contains("Nie ma zatwierdzonej wersji ankiety nr 9", error);
        (code, _, error) = await RunAsync("forms", "print", "--version", "1", "--count", "3", "--box", "nigdzie", "--out", file);
        Assert.Equal(1, code);
        Assert.Contains("Nie ma skrzynki „nigdzie”", error);
        Assert.False(File.Exists(file));
    }
}
