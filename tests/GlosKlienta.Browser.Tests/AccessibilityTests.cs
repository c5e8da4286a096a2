namespace GlosKlienta.Browser.Tests;

/// <summary>axe (WCAG 2.0/2.1, levels A and AA) on every public page and state.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture app)
{
    [SkippableTheory]
    [InlineData("/", "the home page")]
    [InlineData("/ankieta", "the empty survey")]
    [InlineData("/ankieta/dziekujemy", "the thank-you page")]
    [InlineData("/informacje/kto-gdzie", "the whole directory")]
    [InlineData("/informacje/kto-gdzie?szukaj=podatki", "directory search results")]
    [InlineData("/informacje/kto-gdzie?szukaj=nieistniejace-slowo", "a directory search that finds nothing")]
    [InlineData("/informacje/godziny", "office, cash-desk and reception hours")]
    [InlineData("/wyniki", "the public results")]
    public async Task Page_HasNoWcagViolations(string path, string state)
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync();
        await session.Page.GotoAsync(path);
        await Checks.AssertNoAxeViolationsAsync(session.Page, state);
    }

    [SkippableFact]
    public async Task SurveySentEmpty_HasNoWcagViolations()
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/ankieta");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Wyślij ankietę" }).ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();
        await Checks.AssertNoAxeViolationsAsync(page, "the survey sent empty");
    }

    [SkippableFact]
    public async Task SurveyWithAFieldError_HasNoWcagViolations()
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/ankieta");
        await page.Locator("#q-sprawa-inna").CheckAsync();
        await page.Locator("#q-trudnosci-brak").CheckAsync();
        await page.Locator("#q-trudnosci-inny-termin").CheckAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Wyślij ankietę" }).ClickAsync();
        await page.Locator("#blad-t-sprawa").WaitForAsync();
        await Checks.AssertNoAxeViolationsAsync(page, "the survey with field errors");
    }
}
