using GlosKlienta.Domain.Register;
using GlosKlienta.Web.Features.Register;

namespace GlosKlienta.Browser.Tests;

/// <summary>
/// The register's case page with every step open (classify, route, the call to clarify, the closing with the art. 239
/// findings and the reply's delivery) at a desktop and a phone width: no sideways scrolling, and a screenshot to look at.
/// </summary>
[Collection(AnalysisBrowserCollection.Name)]
public sealed class StaffRegisterLayoutTests(BrowserFixture app, ITestOutputHelper output)
{
    private const string Keeper = "rejestr-layout@lesko.pl";

    /// <summary>The register keeper, created once for the tests of this class that share the application.</summary>
    private async Task EnsureKeeperAsync()
    {
        if (!await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Users, u => u.Email == Keeper)))
            await StaffSignIn.CreateUserAsync(app, Keeper, Roles.ProwadzacyRejestr);
    }

    private async Task<int> SeedAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var registration = scope.ServiceProvider.GetRequiredService<CaseRegistration>();
        var today = GlosKlienta.Tests.Shared.OfficeDate.Today();
        var earlier = await registration.RegisterAsync(new NewCase(today.AddDays(-60), CaseChannel.Papier, null, "Jan Kowalski", "ul. Zielona 2, 38-600 Lesko", null,
            SenderKind.Obywatel, "Nieuprzejma obsługa w kasie", "Pracownik kasy odmówił przyjęcia wpłaty gotówką.", CaseKind.Skarga), [], null, CancellationToken.None);
        var repeat = await registration.RegisterAsync(new NewCase(today.AddDays(-10), CaseChannel.Papier, null, "Jan Kowalski", "ul. Zielona 2, 38-600 Lesko", null,
            SenderKind.Obywatel, "Nieuprzejma obsługa w kasie (ponownie)", "Powtarzam skargę w sprawie odmowy przyjęcia wpłaty.", CaseKind.Skarga,
            EarlierCaseId: earlier.Id), [], null, CancellationToken.None);
        return repeat.Id;
    }

    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task CasePage_WithEveryStepOpen_FitsTheWidth(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        await EnsureKeeperAsync();
        var id = await SeedAsync();
        await using var session = await StaffSignIn.OpenSignedInAsync(app, Keeper, width, 900);
        var page = session.Page;
        await page.GotoAsync(CaseModel.PathOf(id));
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

        Assert.True(await page.Locator("form[action*='handler=Clarify']").IsVisibleAsync());
        Assert.True(await page.Locator("#ponowiona-ta-sama").IsVisibleAsync());
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, $"staff-rejestr-sprawa-{width}")}");
        await page.Locator("form[action*='handler=Clarify']").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"staff-rejestr-wezwanie-{width}.png") });
        await page.Locator("#ponowiona-ta-sama").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"staff-rejestr-zamkniecie-{width}.png") });
        var widest = widths[0] <= widths[1] ? "" : await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth && !e.closest('.table-scroll, .gk-table-wrap'))" +
            ".slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : '') + ' right=' + Math.round(e.getBoundingClientRect().right)).join('; ')");
        Assert.True(widths[0] <= widths[1], $"the case page at {width}px scrolls sideways: {widths[0]} > {widths[1]}; {widest}");
    }

    /// <summary>The reception hours page with its substitutes section (art. 253 KPA), at both widths.</summary>
    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task ReceptionHoursPage_WithSubstitutes_FitsTheWidth(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        await EnsureKeeperAsync();
        await using var session = await StaffSignIn.OpenSignedInAsync(app, Keeper, width, 900);
        var page = session.Page;
        await page.GotoAsync("/personel/przyjecia");
        Assert.True(await page.Locator("#zastepcze").IsVisibleAsync());
        await page.Locator("#zastepcze").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"staff-przyjecia-zastepcze-{width}.png") });
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"the reception hours page at {width}px scrolls sideways: {widths[0]} > {widths[1]}");
    }

    /// <summary>A petition's case page with its publication section (art. 8 ust. 1 ustawy o petycjach), at both widths.</summary>
    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task PetitionCasePage_WithThePublicationSection_FitsTheWidth(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        await EnsureKeeperAsync();
        int id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<CaseRegistration>().RegisterAsync(new NewCase(GlosKlienta.Tests.Shared.OfficeDate.Today(), CaseChannel.Papier, null,
                "Stowarzyszenie Przyjaciół Leska", "ul. Parkowa 1, 38-600 Lesko", null, SenderKind.Obywatel, "Ławki w parku miejskim", "Wnosimy o ustawienie ławek.", CaseKind.Petycja),
                [], null, CancellationToken.None)).Id;
        }
        await using var session = await StaffSignIn.OpenSignedInAsync(app, Keeper, width, 900);
        var page = session.Page;
        await page.GotoAsync(CaseModel.PathOf(id));
        await page.Locator("#publikacja").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"staff-rejestr-publikacja-{width}.png") });
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"the petition's case page at {width}px scrolls sideways: {widths[0]} > {widths[1]}");
    }

    /// <summary>Joint handling of two petitions (art. 11 ustawy o petycjach) ordered through the case page's form, at both widths.</summary>
    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task PetitionCasePage_OrdersJointHandling_AndFitsTheWidth(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        await EnsureKeeperAsync();
        var today = GlosKlienta.Tests.Shared.OfficeDate.Today();
        int lead;
        string further;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var registration = scope.ServiceProvider.GetRequiredService<CaseRegistration>();
            NewCase Petition(string sender) => new(today, CaseChannel.Papier, null, sender, "ul. Parkowa 1, 38-600 Lesko", null, SenderKind.Obywatel,
                "Oświetlenie ścieżki rowerowej", "Wnosimy o oświetlenie ścieżki wzdłuż Sanu.", CaseKind.Petycja);
            lead = (await registration.RegisterAsync(Petition("Stowarzyszenie Rowerowe Lesko"), [], null, CancellationToken.None)).Id;
            further = (await registration.RegisterAsync(Petition("Rada Osiedla Posada"), [], null, CancellationToken.None)).RegisterNumber;
        }
        await using var session = await StaffSignIn.OpenSignedInAsync(app, Keeper, width, 900);
        var page = session.Page;
        await page.GotoAsync(CaseModel.PathOf(lead));
        await page.GetByText("Łączne rozpatrywanie petycji (petycja wielokrotna)").ClickAsync();
        await page.GetByLabel("Koniec okresu oczekiwania na dalsze petycje").FillAsync(today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Numer dalszej petycji w tej samej sprawie").FillAsync(further);
        await page.Locator("form[action*='handler=Joint'] button").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"staff-rejestr-wielokrotna-formularz-{width}.png") });
        await page.Locator("form[action*='handler=Joint'] button").ClickAsync();
        await page.WaitForURLAsync("**" + CaseModel.PathOf(lead));

        var data = await page.Locator(".case-data").TextContentAsync();
        Assert.Contains("Petycja wielokrotna (art. 11 ustawy o petycjach)", data, StringComparison.Ordinal);
        Assert.Contains(further, data, StringComparison.Ordinal);
        output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, $"staff-rejestr-wielokrotna-{width}")}");
        // Every step open, the forwarding of a part (art. 6 ust. 2) among them.
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        Assert.True(await page.Locator("form[action*='handler=ForwardPart']").IsVisibleAsync());
        await page.Locator("form[action*='handler=ForwardPart']").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"staff-rejestr-czesc-{width}.png") });
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"the joint petition's case page at {width}px scrolls sideways: {widths[0]} > {widths[1]}");
    }

    /// <summary>The staff intake form with the petition fields (art. 4 ustawy o petycjach), at both widths.</summary>
    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task IntakePage_WithThePetitionFields_FitsTheWidth(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        await EnsureKeeperAsync();
        await using var session = await StaffSignIn.OpenSignedInAsync(app, Keeper, width, 900);
        var page = session.Page;
        await page.GotoAsync("/personel/rejestr/nowa");
        await page.Locator("#osoba-trzecia-publikacja").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"staff-rejestr-nowa-petycja-{width}.png") });
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"the intake page at {width}px scrolls sideways: {widths[0]} > {widths[1]}");
    }
}
