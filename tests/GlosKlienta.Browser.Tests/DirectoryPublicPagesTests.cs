using static GlosKlienta.Browser.Tests.Infrastructure.Keys;

namespace GlosKlienta.Browser.Tests;

/// <summary>The public pages of the directory ("kto gdzie pracuje" with its search, hours) with the keyboard alone; axe checks them with every public page (<see cref="AccessibilityTests"/>).</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class DirectoryPublicPagesTests(BrowserFixture app)
{
    [SkippableFact]
    public async Task Search_IsDoneWithTheKeyboardAlone()
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/informacje/kto-gdzie");

        await TabToAsync(page, "szukaj");
        await page.Keyboard.TypeAsync("ewidencja ludnosci");
        await TabToAsync(page, "button:submit", maxPresses: 1);
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#wyniki").WaitForAsync();

        Assert.Contains("szukaj=ewidencja", page.Url);
        Assert.Contains("Znalezione stanowiska: 1", await page.Locator("#wyniki").InnerTextAsync());
        Assert.Contains("pokój 5", await page.Locator("main").InnerTextAsync());
        // From the results on to the hours page, still by keyboard.
        await TabToAsync(page, "link-godziny", maxPresses: 20);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/informacje/godziny");
        Assert.Equal("Godziny pracy, kasa i przyjęcia w sprawach skarg i wniosków", await page.Locator("h1").InnerTextAsync());
    }

    [SkippableFact]
    public async Task HoursPage_LeadsToTheDirectoryWithTheKeyboardAlone()
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/informacje/godziny");

        await TabToAsync(page, "link-kto-gdzie", maxPresses: 20);
        await page.Keyboard.PressAsync("Enter");
        // The page's own HTML is what the test reads; a busy CI machine (web and browser suites side by side) once took
        // over 30 s to reach the full "load" of the next page.
        await page.WaitForURLAsync("**/informacje/kto-gdzie", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });

        await TabToAsync(page, "szukaj");
        Assert.Equal("Kto gdzie pracuje", await page.Locator("h1").InnerTextAsync());
    }
}
