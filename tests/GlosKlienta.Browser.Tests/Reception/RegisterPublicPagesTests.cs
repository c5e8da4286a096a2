using GlosKlienta.Domain.Register;
using GlosKlienta.Web.Features.Register;
using static GlosKlienta.Browser.Tests.Infrastructure.Keys;

namespace GlosKlienta.Browser.Tests.Reception;

/// <summary>The public pages of the register: how to file (with the art. 253 hours), petitions and their yearly summary.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class RegisterPublicPagesTests(BrowserFixture app)
{
    private async Task EnsurePetitionAsync()
    {
        await app.WithDbAsync(async db =>
        {
            if (await db.RegisterCases.AnyAsync(c => c.RegisterNumber == "900/2025")) return 0;
            db.RegisterCases.Add(new RegisterCase
            {
                Year = 2025, Number = 900, RegisterNumber = "900/2025", ReceivedOn = new DateOnly(2025, 3, 3), Channel = CaseChannel.FormularzOnline,
                RegisteredAt = DateTimeOffset.UtcNow, RegisteredBy = "test", SenderName = "Koło Gospodyń Wiejskich", SenderAddress = "Lesko",
                Subject = "Ławki przy fontannie", Summary = "Wnosimy o ustawienie ławek.", Kind = CaseKind.Petycja, CompetentBody = CompetentBody.RadaGminy,
                TermKind = TermKind.Petycja, DueOn = new DateOnly(2025, 6, 3), PetitionNameConsent = true, Outcome = CaseOutcome.PetycjaUwzgledniona,
                ClosedOn = new DateOnly(2025, 5, 5), ReplyOn = new DateOnly(2025, 5, 5), ReplyContent = "Ławki ustawiono.", Version = Guid.NewGuid(),
                PetitionForThirdParty = true, PetitionThirdPartyConsent = true, PetitionThirdPartyName = "Szkoła Podstawowa nr 1 w Lesku", PetitionThirdPartyNameConsent = true,
            });
            await db.SaveChangesAsync();
            // The petition's published copy (art. 8 ust. 1 ustawy o petycjach), so the page shows its link.
            var id = await db.RegisterCases.Where(c => c.RegisterNumber == "900/2025").Select(c => c.Id).SingleAsync();
            db.PetitionScans.Add(new GlosKlienta.Web.Features.Petitions.PetitionScan
            {
                RegisterCaseId = id, FileName = "petycja-900-2025.pdf", MediaType = "application/pdf", Bytes = "%PDF-1.4\n%%EOF\n"u8.ToArray(), Sha256 = "",
                UploadedAt = DateTimeOffset.UtcNow, UploadedBy = "test", PublishedAt = DateTimeOffset.UtcNow, PublishedBy = "test",
            });
            return await db.SaveChangesAsync();
        });
    }

    [SkippableTheory]
    [InlineData("/skargi-i-wnioski", "how to file a skarga, wniosek or petycja")]
    [InlineData("/petycje", "the petitions page")]
    [InlineData("/petycje/informacja-roczna?rok=2025", "the yearly petition summary")]
    public async Task Page_HasNoWcagViolationsAndNoSidewaysScrollAt320Px(string path, string state)
    {
        BrowserFixture.SkipIfNoChromium();
        await EnsurePetitionAsync();
        await using var session = await app.OpenAsync(320, 800);
        await session.Page.GotoAsync(path);
        await Checks.AssertNoAxeViolationsAsync(session.Page, state);
        var widths = await session.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{path} scrolls sideways at 320 px: {widths[0]} > {widths[1]}");
    }

    /// <summary>The petitions page with a published copy and a third party's name, at a desktop and a phone width.</summary>
    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task PetitionsPage_WithAPublishedCopy_FitsTheWidth(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        await EnsurePetitionAsync();
        await using var session = await app.OpenAsync(width, 900);
        var page = session.Page;
        await page.GotoAsync("/petycje");
        var article = page.Locator("article.petition", new() { HasText = "Ławki przy fontannie" });
        await article.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"public-petycje-{width}.png") });
        Assert.Contains("Szkoła Podstawowa nr 1 w Lesku", await article.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await article.Locator("a[href^='/petycje/skan/']").CountAsync());
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"/petycje at {width}px scrolls sideways: {widths[0]} > {widths[1]}");
    }

    [SkippableFact]
    public async Task OnlineFormLink_IsReachedAndFollowedWithTheKeyboard()
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/skargi-i-wnioski");
        Assert.Contains("po godzinach pracy", await page.Locator("#przyjecia + *, section[aria-labelledby=przyjecia]").First.InnerTextAsync(), StringComparison.Ordinal);

        await TabToAsync(page, "zloz-online", maxPresses: 30);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/skargi-i-wnioski/zloz");
    }

    [SkippableFact]
    public async Task SummaryYear_IsChosenAndShownWithTheKeyboard()
    {
        BrowserFixture.SkipIfNoChromium();
        await EnsurePetitionAsync();
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/petycje/informacja-roczna?rok=2026");

        await TabToAsync(page, "rok", maxPresses: 20);
        // Years are listed newest first: one down from 2026 is 2025.
        await page.Keyboard.PressAsync("ArrowDown");
        await TabToAsync(page, "pokaz-rok", maxPresses: 2);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**rok=2025**");
        Assert.Contains("Ławki przy fontannie", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }
}
