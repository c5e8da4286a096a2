using GlosKlienta.Documents;
using GlosKlienta.Documents.Tests;
using GlosKlienta.Web.Features.Directory;
using GlosKlienta.Web.Tests.Analysis;

namespace GlosKlienta.Web.Tests.Documents;

/// <summary>
/// The PDFs the site serves for the public, fetched as a browser would and read back by <see cref="TaggedPdf"/>:
/// a structure tree of standard roles, language and title, figures with alternative text, tables with header
/// cells, and (with poppler) structure order equal to reading order. The accessibility statement says PDFs are tagged.
/// </summary>
public sealed class TaggedPdfTests : IAsyncLifetime
{
    private readonly AppFactory factory = new(TestDatabase.CreateSqlite(), new Dictionary<string, string?> { ["Office:PublicUrl"] = "https://bip.lesko.example" });
    private HttpClient staff = null!;

    public async Task InitializeAsync()
    {
        await StaffAccounts.CreateUserAsync(factory, "opiekun@lesko.pl", Roles.Pracownik);
        // The office's public address is https, so its cookies are Secure: the client speaks https, as behind the office's proxy.
        staff = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostSignInAsync(staff, "opiekun@lesko.pl", StaffAccounts.Password)).StatusCode);
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    internal static async Task<byte[]> PdfAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    internal static void AssertTagged(byte[] pdf, string what)
    {
        var report = TaggedPdf.Check(pdf);
        Assert.Equal("pl", report.Language);
        Assert.Contains(report.Roles, r => r is "H1" or "H2");
        if (TaggedPdf.PopplerMissing is null) TaggedPdf.AssertReadingOrder(pdf);
        Assert.True(report.Roles.Count > 1, what + " has an empty structure tree.");
    }

    [Fact]
    public async Task EveryBoardAndDoorSign_AsServed_IsTagged_WithItsQrCodeDescribed()
    {
        List<(string Key, bool IsBoard)> items;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var boards = scope.ServiceProvider.GetRequiredService<Boards>();
            var state = await scope.ServiceProvider.GetRequiredService<DirectoryStore>().CurrentAsync(default);
            items = boards.All(state, await boards.ContextAsync(default), PaperSize.A4, withQr: true).Select(i => (i.Key, i.IsBoard)).ToList();
        }
        Assert.Contains(items, i => i.IsBoard);
        Assert.Contains(items, i => !i.IsBoard);
        int figures = 0;
        foreach (var (key, isBoard) in items)
        {
            var pdf = await PdfAsync(await staff.GetAsync($"/personel/tablice?handler=pdf&klucz={Uri.EscapeDataString(key)}" + (isBoard ? "&format=A3" : "")));
            AssertTagged(pdf, key);
            var alts = TaggedPdf.Check(pdf).Root.Descendants().Where(n => n.Role == "Figure").Select(n => n.Alt!).ToList();
            Assert.All(alts, a => Assert.StartsWith("Kod QR: ", a, StringComparison.Ordinal));
            figures += alts.Count;
        }
        Assert.True(figures > 0, "No board has a QR code to describe.");
    }

    [Theory]
    [InlineData("", "pl")]
    [InlineData("/uk", "uk")]
    public async Task BlankPaperForm_AsServed_IsTagged_InItsLanguage(string prefix, string language)
    {
        var pdf = await PdfAsync(await factory.CreateClient().GetAsync(prefix + "/ankieta/formularz"));
        var report = TaggedPdf.Check(pdf);
        Assert.Equal(language, report.Language);
        Assert.Contains(report.Roles, r => r is "H1" or "H2");
        if (TaggedPdf.PopplerMissing is null) TaggedPdf.AssertReadingOrder(pdf);
        var alts = report.Root.Descendants().Where(n => n.Role == "Figure").Select(n => n.Alt!).ToList();
        Assert.NotEmpty(alts);
    }

    [Fact]
    public async Task YearlyPetitionSummary_IsTagged()
    {
        var year = DateTime.UtcNow.Year - 1;
        var pdf = await PdfAsync(await factory.CreateClient().GetAsync($"/petycje/informacja-roczna?handler=Document&rok={year}&format=pdf"));
        AssertTagged(pdf, "petition summary");
    }
}

/// <summary>The F2 protocol: the document the Pełnomocnik signs and the office may publish, with its charts as figures.</summary>
public sealed class TaggedF2ProtocolTests : IAsyncLifetime
{
    private readonly AnalysisApp app = new(TestDatabase.CreateEmptySqlite());

    public Task InitializeAsync() => app.SeedHalfYearAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task F2Protocol_IsTagged_WithChartsAsFiguresAndTheirDataAsTables()
    {
        var client = await app.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        var pdf = await TaggedPdfTests.PdfAsync(await client.GetAsync("/personel/analiza/protokol/2026H1?handler=File&format=pdf"));
        TaggedPdfTests.AssertTagged(pdf, "F2 protocol");
        var report = TaggedPdf.Check(pdf);
        Assert.Equal("H1", report.Roles.First(r => r.StartsWith('H') && r.Length == 2));
        Assert.Contains("TH", report.Roles);
        Assert.All(report.Root.Descendants().Where(n => n.Role == "Figure"), f => Assert.True(f.Alt!.Length > 20, "A chart's alternative text says too little: " + f.Alt));
    }
}
