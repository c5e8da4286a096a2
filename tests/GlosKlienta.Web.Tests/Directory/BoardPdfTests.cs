using UglyToad.PdfPig;

namespace GlosKlienta.Web.Tests.Directory;

/// <summary>The PDFs staff download from the boards page, read back as text: Polish letters, paper sizes, the QR code's address.</summary>
public sealed class BoardPdfTests : IAsyncLifetime
{
    private readonly AppFactory factory = new(TestDatabase.CreateSqlite(), new Dictionary<string, string?> { ["Office:PublicUrl"] = "https://bip.lesko.example" });
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        await StaffAccounts.CreateUserAsync(factory, "opiekun@lesko.pl", Roles.Pracownik);
        client = await StaffAccounts.SignInAsync(factory, "opiekun@lesko.pl");
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private async Task<PdfDocument> DownloadAsync(string key, string? format = null)
    {
        var response = await client.GetAsync($"/personel/tablice?handler=pdf&klucz={Uri.EscapeDataString(key)}" + (format is null ? "" : "&format=" + format));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
    }

    private static string Words(PdfDocument pdf) => string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

    [Fact]
    public async Task BoardA_InA3_IsA3AndListsRoomsPostsAndUnitsInPolish()
    {
        using var pdf = await DownloadAsync("a/parkowa", "A3");

        var page = pdf.GetPage(1);
        Assert.Equal(842, page.Width, 0);
        Assert.Equal(1191, page.Height, 0);
        var text = Words(pdf);
        Assert.Contains("Urząd Miasta i Gminy Lesko", text);
        Assert.Contains("Piętro 1", text);
        Assert.Contains("Stanowisko ds. kadr i płac", text);
        Assert.Contains("Referat Finansowy", text);
        // A long unit name wraps inside its table cell; its words are there, with Polish letters.
        Assert.Contains("Nieruchomościami", text);
        Assert.Contains("Środowiska", text);
        Assert.Contains("https://bip.lesko.example/informacje/kto-gdzie", text);
    }

    [Fact]
    public async Task BoardA_InA4_IsA4()
    {
        using var pdf = await DownloadAsync("a/ratusz", "A4");

        Assert.Equal(595, pdf.GetPage(1).Width, 0);
        Assert.Equal(842, pdf.GetPage(1).Height, 0);
        Assert.Contains("Kierownik Urzędu Stanu Cywilnego", Words(pdf));
    }

    [Fact]
    public async Task BoardB_SaysHowToComplainWhereTheSurveyIsAndWhoToAskAboutAccessibility()
    {
        using var pdf = await DownloadAsync("b/parkowa", "A4");

        var text = Words(pdf);
        Assert.Contains("Skargi i wnioski", text);
        Assert.Contains("https://bip.lesko.example/ankieta", text);
        Assert.Contains("skrzynka na ankiety w Ratuszu przy ul. Rynek 21", text);
        Assert.Contains("Stanowisko ds. informatyki i dostępności", text);
        Assert.Contains("Kasa", text);
        // Issue 18: the ways to file rest on § 5 of the 2002 rozporządzenie (art. 63 KPA is about podania), petitions on art. 4 ust. 1.
        Assert.Contains("§ 5 rozporządzenia Rady Ministrów", text);
        Assert.Contains("Petycję – na piśmie lub elektronicznie (art. 4 ust. 1", text);
        Assert.DoesNotContain("art. 63", text);
    }

    [Fact]
    public async Task DoorSign_IsA5Landscape_WithPostsAndNamesOfTheSharedRoom()
    {
        var room = await factory.WithDbAsync(db => Task.FromResult(db.Rooms.Single(r => r.Number == "11" && r.Building!.Code == "parkowa").Id));

        using var pdf = await DownloadAsync($"drzwi/{room}");

        var page = pdf.GetPage(1);
        Assert.Equal(595, page.Width, 0);
        Assert.Equal(420, page.Height, 0);
        Assert.Equal(1, pdf.NumberOfPages);
        var text = Words(pdf);
        Assert.Contains("Pokój 11", text);
        Assert.Contains("Stanowisko ds. kadr i płac", text);
        Assert.Contains("Stanowisko ds. obsługi Rady Miejskiej", text);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(text, "Tomasz Żukowski"));
    }

    [Fact]
    public async Task UnknownItem_IsNotFound()
    {
        var response = await client.GetAsync("/personel/tablice?handler=pdf&klucz=a/nieznany");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
