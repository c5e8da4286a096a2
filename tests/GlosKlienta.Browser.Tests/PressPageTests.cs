using System.Text;
using GlosKlienta.Domain.Press;
using GlosKlienta.Web.Features.Press;
using static GlosKlienta.Browser.Tests.Infrastructure.Keys;

namespace GlosKlienta.Browser.Tests;

/// <summary>
/// The public press and information pages in Chromium: axe (WCAG 2.0/2.1 A and AA) on every page
/// and state, and each page used with the keyboard alone.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class PressPageTests(BrowserFixture app)
{
    private const string Title = "Remont ulicy Bieszczadzkiej w Lesku";

    /// <summary>A published release with a correction and an attachment, written straight to the fixture's database once.</summary>
    private async Task<int> ReleaseAsync()
    {
        return await app.WithDbAsync(async db =>
        {
            var existing = await db.PressReleases.Where(r => r.Title == Title).Select(r => (int?)r.Id).FirstOrDefaultAsync();
            if (existing is not null) return existing.Value;
            var now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            var content = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");
            var release = new PressRelease
            {
                Key = Guid.NewGuid(), Status = PressReleaseStatus.Approved, Title = Title, Topics = "drogi, inwestycje",
                Body = "Od poniedziałku trwa remont.\n\n## Objazdy\n- ulica Parkowa\n- ulica Piłsudskiego", PublishAt = now.AddHours(-1),
                CreatedById = "seed", CreatedBy = "Referat Promocji", CreatedAt = now.AddDays(-2),
                Files = [new PressFile { FileName = "mapa objazdow.pdf", ContentType = "application/pdf", Length = content.Length, Sha256 = FrozenRelease.Sha256Hex(content), Content = content, UploadedAt = now.AddDays(-2), UploadedBy = "seed", FrozenAt = now.AddDays(-1) }],
            };
            db.PressReleases.Add(release);
            await db.SaveChangesAsync();
            var manifest = release.Files.Select(f => new FrozenAttachment(f.Id, f.FileName, f.Length, f.Sha256)).ToList();
            for (var n = 1; n <= 2; n++)
            {
                var v = new PressReleaseVersion
                {
                    PressReleaseId = release.Id, Number = n, Title = n == 1 ? "Remont ulicy Bieszczadzkiej" : Title, Body = release.Body, Topics = release.Topics,
                    PublishAt = now.AddHours(n == 1 ? -3 : -1), CorrectionNote = n == 1 ? null : "Uzupełniono nazwę miejscowości w tytule.",
                    Author = "Referat Promocji", ApprovedBy = "Burmistrz", ApprovedById = "seed", ApprovedAt = now.AddHours(-3), Attachments = PressRules.ManifestJson(manifest),
                };
                v.ContentHash = PressRules.Record(release.Key, v).Hash();
                db.PressReleaseVersions.Add(v);
            }
            await db.SaveChangesAsync();
            return release.Id;
        });
    }

    [SkippableTheory]
    [InlineData("/prasa", "the press archive")]
    [InlineData("/prasa?szukaj=nic-takiego&rok=", "the archive with no results")]
    [InlineData("/prasa?temat=drogi", "the archive searched by topic")]
    [InlineData("/informacje/tekst-latwy-do-czytania", "the easy-to-read page")]
    [InlineData("/informacje/deklaracja-dostepnosci", "the accessibility statement")]
    public async Task Page_HasNoWcagViolations(string path, string state)
    {
        BrowserFixture.SkipIfNoChromium();
        await ReleaseAsync();
        await using var session = await app.OpenAsync();
        await session.Page.GotoAsync(path);
        await Checks.AssertNoAxeViolationsAsync(session.Page, state);
    }

    [SkippableFact]
    public async Task ReleasePages_HaveNoWcagViolationsAtAnyWidth()
    {
        BrowserFixture.SkipIfNoChromium();
        var id = await ReleaseAsync();
        foreach (var width in new[] { 320, 1280 })
        {
            await using var session = await app.OpenAsync(width);
            await session.Page.GotoAsync($"/prasa/{id}");
            await Checks.AssertNoAxeViolationsAsync(session.Page, $"the release page at {width} px");
            var scrollsSideways = await session.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
            Assert.False(scrollsSideways, $"the release page scrolls sideways at {width} px");
            await session.Page.GotoAsync($"/prasa/{id}?wersja=1");
            await Checks.AssertNoAxeViolationsAsync(session.Page, $"an earlier version at {width} px");
        }
    }

    [SkippableFact]
    public async Task Archive_IsSearchedAndAReleaseOpenedWithTheKeyboardAlone()
    {
        BrowserFixture.SkipIfNoChromium();
        var id = await ReleaseAsync();
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/prasa");

        await TypeIntoAsync(page, "szukaj", "remont objazdy");
        var year = GlosKlienta.Tests.Shared.OfficeDate.Today().Year;
        await TabToAsync(page, "rok-wszystkie");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await Checks.IsCheckedAsync(page, $"rok-{year}"));
        // A closed list picks an option by its first letter, as a sighted keyboard user does.
        await TabToAsync(page, "temat");
        await page.Keyboard.PressAsync("d");
        Assert.Equal("drogi", await Checks.ValueAsync(page, "temat"));
        await TabToAsync(page, "button:submit");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("szukaj=remont", StringComparison.Ordinal));
        Assert.Contains($"rok={year}", page.Url);
        Assert.Contains("temat=drogi", page.Url);

        await TabToAsync(page, "a", maxPresses: 40);
        var link = page.Locator($"main a[href='/prasa/{id}']");
        // The archive lists every release the shared application holds: walk as far as it takes, and say so if the link is never reached.
        for (var i = 0; i < 200 && !await link.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.True(await link.EvaluateAsync<bool>("e => e === document.activeElement"), "the release's link in the archive was not reached with Tab");
        await page.Keyboard.PressAsync("Enter");
        // The page's own HTML is what the test reads: waiting for every resource's "load" timed out once on a loaded CI machine.
        await page.WaitForURLAsync($"**/prasa/{id}", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
        Assert.Equal(Title, await page.Locator("h1").InnerTextAsync());

        // The earlier version is reached by keyboard too.
        var older = page.Locator($"a[href='/prasa/{id}?wersja=1']");
        for (var i = 0; i < 200 && !await older.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.True(await older.EvaluateAsync<bool>("e => e === document.activeElement"), "the earlier version's link was not reached with Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/prasa/{id}?wersja=1", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
        Assert.Equal("Remont ulicy Bieszczadzkiej", await page.Locator("h1").InnerTextAsync());
    }

    [SkippableTheory]
    [InlineData("/informacje/tekst-latwy-do-czytania", "Informacja o urzędzie w tekście łatwym do czytania")]
    [InlineData("/informacje/deklaracja-dostepnosci", "Deklaracja dostępności")]
    public async Task InformationPages_AreReachedFromTheFooterWithTheKeyboardAndSkipToContent(string path, string heading)
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        var footerLink = page.Locator($"footer a[href='{path}']");
        for (var i = 0; i < 60 && !await footerLink.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.True(await footerLink.EvaluateAsync<bool>("e => e === document.activeElement"), "the footer link was not reached with Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**" + path);
        Assert.Equal(heading, await page.Locator("h1").InnerTextAsync());

        // The first Tab offers the skip link; Enter moves focus into the content.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("a", await FocusedAsync(page));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("tresc", await FocusedAsync(page));
    }
}
