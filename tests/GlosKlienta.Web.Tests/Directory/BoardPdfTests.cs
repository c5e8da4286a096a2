using GlosKlienta.Documents;
using GlosKlienta.Domain.Directory;
using UglyToad.PdfPig;
using PrintFormat = GlosKlienta.Documents.DocumentFormat;

namespace GlosKlienta.Web.Tests.Directory;

/// <summary>
/// The PDFs staff download from the boards page, read back as text: Polish letters, paper sizes, the QR code's
/// address; and how they fit their sheets (one sheet each for the Lesko seed, type large enough, no lone QR code).
/// </summary>
public sealed class BoardPdfTests : IAsyncLifetime
{
    private readonly AppFactory factory = new(TestDatabase.CreateSqlite(), new Dictionary<string, string?> { ["Office:PublicUrl"] = "https://bip.lesko.example" });
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        await StaffAccounts.CreateUserAsync(factory, "opiekun@lesko.pl", Roles.Pracownik);
        // The office's public address is https, so its cookies are Secure: the client speaks https, as behind the office's proxy.
        client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        });
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostSignInAsync(client, "opiekun@lesko.pl", StaffAccounts.Password)).StatusCode);
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
    public async Task BoardA_OfTheMainBuildingInA3_IsExactlyOneSheet_WithEveryRoomAndTheQrCode()
    {
        using var pdf = await DownloadAsync("a/parkowa", "A3");

        Assert.Equal(1, pdf.NumberOfPages);
        var text = Words(pdf);
        Assert.Contains("Parter", text);
        Assert.Contains("Piętro 2", text);
        Assert.Contains("Skarbnik Miasta i Gminy", text);
        Assert.Contains("windykacji", text);
        Assert.Contains("https://bip.lesko.example/informacje/kto-gdzie", text);
        Assert.Single(pdf.GetPage(1).GetImages());
        Assert.DoesNotContain("ciąg dalszy", text);
        // Scaled to fit, but not below the boards' floor (60% of the 22.6 pt the table is set in on A3).
        var tableLetters = pdf.GetPage(1).GetWords().Where(w => w.Text == "Stanowisko").SelectMany(w => w.Letters).ToList();
        Assert.InRange(tableLetters.Min(l => l.PointSize), 16 * 1.41 * 0.6 - 0.01, 16 * 1.41);
    }

    [Theory]
    [InlineData("c/parkowa", "A3")]
    [InlineData("c/parkowa", "A4")]
    [InlineData("c/ratusz", "A4")]
    public async Task BoardC_IsOneSheet_WithTheQrCodeBesideItsAddress(string key, string size)
    {
        using var pdf = await DownloadAsync(key, size);

        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Single(pdf.GetPage(1).GetImages());
        Assert.Contains("https://bip.lesko.example/informacje/godziny", Words(pdf));
        Assert.Contains("piątek", Words(pdf));
    }

    private async Task<(IReadOnlyList<PrintItem> Items, IReadOnlyList<DirectoryState.RoomView> Rooms)> PrintsAsync(PaperSize size)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var boards = scope.ServiceProvider.GetRequiredService<Boards>();
        var state = await scope.ServiceProvider.GetRequiredService<DirectoryStore>().CurrentAsync(default);
        return (boards.All(state, await boards.ContextAsync(default), size, withQr: true), state.OccupiedRooms());
    }

    [Theory]
    [InlineData(PaperSize.A3)]
    [InlineData(PaperSize.A4)]
    public async Task EveryBoard_FitsOneSheet_AndItsQrCodeNeverStandsAloneOnAPage(PaperSize size)
    {
        var (items, _) = await PrintsAsync(size);

        foreach (var item in items.Where(i => i.IsBoard))
        {
            using var pdf = PdfDocument.Open(Renderers.RenderToBytes(item.Document, PrintFormat.Pdf));
            Assert.True(pdf.NumberOfPages == 1, $"{item.Key} in {size}: {pdf.NumberOfPages} pages");
            foreach (var page in pdf.GetPages().Where(p => p.GetImages().Any()))
            {
                var others = page.GetWords().Select(w => w.Text).Where(w => !w.StartsWith("https://", StringComparison.Ordinal) && w is not ("Strona" or "z") && !w.All(char.IsAsciiDigit));
                Assert.True(others.Any(), $"{item.Key} in {size}: the QR code is alone on page {page.Number}");
            }
        }
    }

    [Fact]
    public async Task EveryDoorSign_IsOneA5Sheet_WithTheRoomNumberAtLeast60ptAndNamesAtLeast28pt()
    {
        var (_, rooms) = await PrintsAsync(PaperSize.A4);
        await using var scope = factory.Services.CreateAsyncScope();
        var boards = scope.ServiceProvider.GetRequiredService<Boards>();

        Assert.NotEmpty(rooms);
        foreach (var room in rooms)
        {
            using var pdf = PdfDocument.Open(Renderers.RenderToBytes(boards.DoorSign(room), PrintFormat.Pdf));
            var page = pdf.GetPage(1);
            Assert.Equal(1, pdf.NumberOfPages);
            Assert.Equal(595, page.Width, 0);
            Assert.Equal(420, page.Height, 0);
            var words = page.GetWords().ToList();
            var number = words.First(w => w.Text == room.Room.Number);
            Assert.True(number.Letters.Min(l => l.PointSize) >= 60, $"room {room.Room.Number}: number in {number.Letters.Min(l => l.PointSize)} pt");
            foreach (var person in room.Posts.SelectMany(p => p.People))
            {
                var name = words.First(w => w.Text.StartsWith(person.LastName, StringComparison.Ordinal));
                Assert.True(name.Letters.Min(l => l.PointSize) >= 28, $"room {room.Room.Number}: {person.FullName} in {name.Letters.Min(l => l.PointSize)} pt");
            }
            // Centred on the sheet: as much room above the text as below it.
            double above = page.Height - page.Letters.Max(l => l.BoundingBox.Top), below = page.Letters.Min(l => l.BoundingBox.Bottom);
            Assert.True(Math.Abs(above - below) < 30, $"room {room.Room.Number}: {above:0} pt above, {below:0} pt below");
        }
    }

    [Fact]
    public async Task UnknownItem_IsNotFound()
    {
        var response = await client.GetAsync("/personel/tablice?handler=pdf&klucz=a/nieznany");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
