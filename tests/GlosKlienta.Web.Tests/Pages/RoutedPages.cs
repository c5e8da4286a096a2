using GlosKlienta.Domain.Register;
using GlosKlienta.Web.Tests.Paper;
using GlosKlienta.Web.Tests.Press;
using Microsoft.AspNetCore.Routing;

namespace GlosKlienta.Web.Tests.Pages;

/// <summary>
/// Every page the application routes, as one person with every staff role reads them: a case, a press release and a
/// box opening are made first so that pages about one of them have something to show. Shared by the tests that read
/// every page (unresolved text, titles), so a new page is covered by all of them without being listed anywhere.
/// </summary>
public sealed class RoutedPages
{
    /// <summary>Routes that answer a file, a feed, a redirect or a one-time link, not a page to read.</summary>
    private static readonly HashSet<string> NotPages =
    [
        "konfiguracja/{token}", "konto/wyloguj", "personel/dokument.css", "prasa/kanal.atom", "prasa/zalacznik/{id:int}", "wyniki/kanal.atom", "wyniki/dane.csv",
        "personel/prasa/plik/{id:int}", "personel/rejestr/zalacznik/{id:int}", "petycje/skan/{caseId:int}", "blad/{code:int?}",
    ];

    private readonly Dictionary<string, string> samples;

    /// <summary>A white pixel: the stand-in for a scan's cropped image.</summary>
    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAWRoZ5QAAAABJRU5ErkJggg==";

    private RoutedPages(HttpClient client, Dictionary<string, string> samples)
    {
        Client = client;
        this.samples = samples;
    }

    /// <summary>Signed in with every role.</summary>
    public HttpClient Client { get; }

    /// <summary>Signs in a person with every role and makes the sample records the pages show.</summary>
    public static async Task<RoutedPages> PrepareAsync(AppFactory app)
    {
        await StaffAccounts.CreateAdministratorAsync(app, "wszystko@lesko.pl", [.. Roles.All.Where(r => r != Roles.Administrator)]);
        var admin = await StaffAccounts.SignInAsync(app, "wszystko@lesko.pl");
        var today = GlosKlienta.Tests.Shared.OfficeDate.Today();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var registration = scope.ServiceProvider.GetRequiredService<CaseRegistration>();
            await registration.RegisterAsync(new NewCase(today.AddDays(-3), CaseChannel.FormularzOnline, null, "Jan Kowalski", "ul. Zielona 2, 38-600 Lesko", "jan@example.pl",
                SenderKind.Obywatel, "Długie oczekiwanie w kasie", "Czekałem godzinę na przyjęcie wpłaty.", CaseKind.Skarga), [], null, CancellationToken.None);
        }
        await StaffAccounts.CreateUserAsync(app, "burmistrz-tekst@lesko.pl", Roles.Burmistrz);
        var mayor = await StaffAccounts.SignInAsync(app, "burmistrz-tekst@lesko.pl");
        var release = await PressApp.PublishAsync(admin, mayor, "Nowy chodnik na ulicy Parkowej", "Gmina zbudowała chodnik.", "drogi", DateTime.Now.AddMinutes(-1));
        var batch = await PaperSteps.RecordOpeningAsync(app, admin, forms: 3);
        // A scanner batch waiting in its verification queue, for the scan report and queue pages.
        var scan = await app.WithDbAsync(async db =>
        {
            var s = new GlosKlienta.Web.Features.Paper.ScanBatch
            {
                BoxOpeningId = batch, FileName = "skan.pdf", PageCount = 2, PagesRead = 2, Status = GlosKlienta.Web.Features.Paper.ScanBatchStatus.Queue,
                UploadedBy = "Anna Nowak", UploadedAt = DateTimeOffset.UtcNow,
                Problems = "[{\"page\":3,\"reason\":\"no-code\",\"serial\":null}]",
            };
            s.Forms.Add(new GlosKlienta.Web.Features.Paper.ScannedForm
            {
                Serial = 1, Pages = "1, 2", Choices = "plec=kobieta",
                Items = { new GlosKlienta.Web.Features.Paper.ScanQueueItem { Key = "wiek", Reason = "two-marks", Proposed = "2", Image = Convert.FromBase64String(OnePixelPng) } },
            });
            db.ScanBatches.Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });
        var samples = new Dictionary<string, string>
        {
            ["{id:int}"] = "1", ["{id:int?}"] = "1", ["{id}"] = "1", ["{code}"] = "parkowa", ["{slug}"] = "deklaracja-dostepnosci",
            ["{okres}"] = $"{today.Year}H{(today.Month <= 6 ? 1 : 2)}", ["{batch}"] = batch.ToString(CultureInfo.InvariantCulture),
            ["{form}"] = "1", ["{scan:int}"] = scan.ToString(CultureInfo.InvariantCulture), ["{caseId:int}"] = "1", ["prasa/{id:int}"] = "prasa/" + release.ToString(CultureInfo.InvariantCulture),
        };
        return new RoutedPages(admin, samples);
    }

    /// <summary>The address of every routed page, a sample value in place of each route parameter.</summary>
    public IReadOnlyList<string> Urls(AppFactory app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!)
            .Where(r => !r.StartsWith("css/", StringComparison.Ordinal) && !r.StartsWith("js/", StringComparison.Ordinal) && r != "{**path:file}" && !NotPages.Contains(r))
            .Distinct().Order()
            .Select(Url)
            .ToList();

    private string Url(string route)
    {
        var url = "/" + samples.Where(s => s.Key.Contains('/', StringComparison.Ordinal)).Aggregate(route, (u, s) => u.Replace(s.Key, s.Value, StringComparison.Ordinal));
        return samples.Where(s => !s.Key.Contains('/', StringComparison.Ordinal)).Aggregate(url, (u, s) => u.Replace(s.Key, s.Value, StringComparison.Ordinal));
    }

    /// <summary>Each page that answers 200 with HTML, parsed; files, redirects and refusals are left out.</summary>
    public async IAsyncEnumerable<(string Url, IHtmlDocument Page)> ReadAsync(AppFactory app)
    {
        foreach (var url in Urls(app))
        {
            var response = await Client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            yield return (url, await Html.ParseAsync(response));
        }
    }
}
