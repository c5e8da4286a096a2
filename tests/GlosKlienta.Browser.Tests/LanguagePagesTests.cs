namespace GlosKlienta.Browser.Tests;

/// <summary>
/// Issue 17: the public pages in Ukrainian and English, on a phone and a desktop: axe finds nothing, nothing scrolls
/// sideways (the translations are longer than the Polish in places), and the language switch works from the keyboard.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguagePagesTests(BrowserFixture app, ITestOutputHelper output)
{
    private static readonly string[] Pages =
    [
        "/", "/ankieta", "/ankieta/dziekujemy", "/skargi-i-wnioski", "/skargi-i-wnioski/zloz", "/informacje/kto-gdzie",
        "/informacje/godziny", "/informacje/tekst-latwy-do-czytania", "/informacje/deklaracja-dostepnosci", "/wyniki", "/petycje",
    ];

    // Each language at one of the two widths: all four were looked at (screenshots), and CI's browser suite is its longest.
    [SkippableTheory]
    [InlineData("uk", 390)]
    [InlineData("en", 1366)]
    public async Task PublicPages_InTheLanguage_PassAxe_AndFitTheWidth(string language, int width)
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync(width, 800);
        var page = session.Page;
        foreach (var path in Pages)
        {
            await page.GotoAsync("/" + language + path);
            Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
            await Checks.AssertNoAxeViolationsAsync(page, $"{language}{path} at {width}px");
            await AssertFitsAsync(page, $"{language}{path}", width);
        }

        // The survey and the complaint form sent empty: their error states in the language.
        foreach (var path in new[] { "/ankieta", "/skargi-i-wnioski/zloz" })
        {
            await page.GotoAsync("/" + language + path);
            await page.Locator("main form[method=post]").EvaluateAsync("f => f.requestSubmit()");
            await page.Locator(".error-summary").WaitForAsync();
            Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
            await Checks.AssertNoAxeViolationsAsync(page, $"{language}{path} sent empty at {width}px");
            await AssertFitsAsync(page, $"{language}{path}-bledy", width);
        }
    }

    [SkippableFact]
    public async Task LanguageSwitch_WorksFromTheKeyboard_AndKeepsThePage()
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync(1366, 800);
        var page = session.Page;
        await page.GotoAsync("/informacje/godziny");

        for (var i = 0; i < 8 && await page.EvaluateAsync<string>("() => document.activeElement?.textContent ?? ''") != "Українська"; i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Українська", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/uk/informacje/godziny");

        Assert.Equal("uk", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("true", await page.Locator("nav.language-switch a[lang=uk]").GetAttributeAsync("aria-current"));
    }

    private async Task AssertFitsAsync(IPage page, string name, int width)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, $"jezyk-{name.Replace('/', '-')}-{width}")}");
        Assert.True(widths[0] <= widths[1], $"{name} at {width}px scrolls sideways: {widths[0]} > {widths[1]}");
    }
}
