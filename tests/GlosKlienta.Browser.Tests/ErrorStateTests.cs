namespace GlosKlienta.Browser.Tests;

/// <summary>A form sent with mistakes comes back explained, linked and with every answer kept.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ErrorStateTests(BrowserFixture app)
{
    [SkippableFact]
    public async Task FieldError_IsSummarisedLinkedMarkedAndAnswersAreKept()
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/ankieta");
        await page.Locator("#q-plec-mezczyzna").CheckAsync();
        await page.Locator("#q-sprawa-inna").CheckAsync();
        await page.Locator("#q-trudnosci-brak-informacji").CheckAsync();
        await page.Locator("#q-oceny-sprawnosc-4").CheckAsync();
        await page.Locator("#t-oceny").FillAsync("Komentarz do ocen");
        await page.Locator("#t-uwagi").FillAsync("Uwaga przed błędem");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Wyślij ankietę" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/ankieta", StringComparison.Ordinal));
        Assert.Equal(422, response.Status);
        await page.WaitForLoadStateAsync();

        Assert.StartsWith("Błąd:", await page.TitleAsync(), StringComparison.Ordinal);

        var summary = page.Locator(".error-summary");
        Assert.Equal(1, await summary.CountAsync());
        Assert.Equal("alert", await summary.GetAttributeAsync("role"));
        var hrefs = await summary.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(hrefs);
        foreach (var href in hrefs)
        {
            Assert.StartsWith("#", href, StringComparison.Ordinal);
            Assert.True(await page.EvaluateAsync<bool>("id => document.getElementById(id) !== null", href[1..]), $"The error link {href} points to nothing on the page.");
        }
        Assert.Contains("#t-sprawa", hrefs);

        // The summary takes focus, so a screen reader reads it first.
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.classList.contains('error-summary')");

        var field = page.Locator("#t-sprawa");
        Assert.Equal("true", await field.GetAttributeAsync("aria-invalid"));
        var describedBy = (await field.GetAttributeAsync("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("blad-t-sprawa", describedBy);
        foreach (var id in describedBy)
            Assert.Equal(1, await page.Locator($"[id='{id}']").CountAsync());
        Assert.Contains("Wpisz, jakiej innej sprawy dotyczyła wizyta", await page.Locator("#blad-t-sprawa").InnerTextAsync());

        // Following the link puts the cursor in the field.
        await summary.Locator("a[href='#t-sprawa']").ClickAsync();
        Assert.Equal("t-sprawa", await Keys.FocusedAsync(page));

        Assert.True(await Checks.IsCheckedAsync(page, "q-plec-mezczyzna"));
        Assert.True(await Checks.IsCheckedAsync(page, "q-sprawa-inna"));
        Assert.True(await Checks.IsCheckedAsync(page, "q-trudnosci-brak-informacji"));
        Assert.True(await Checks.IsCheckedAsync(page, "q-oceny-sprawnosc-4"));
        Assert.Equal("Komentarz do ocen", await Checks.ValueAsync(page, "t-oceny"));
        Assert.Equal("Uwaga przed błędem", await Checks.ValueAsync(page, "t-uwagi"));
        Assert.Equal(["q-plec-mezczyzna"], await Checks.CheckedIdsAsync(page, "q.plec"));
    }

    [SkippableFact]
    public async Task EmptyForm_IsSummarisedWithALinkToTheFirstQuestion()
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/ankieta");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij ankietę" }).ClickAsync();
        var summary = page.Locator(".error-summary[role=alert]");
        await summary.WaitForAsync();
        Assert.StartsWith("Błąd:", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("#q-plec-kobieta", await summary.Locator("a").GetAttributeAsync("href"));
        Assert.Equal(1, await page.Locator("#q-plec-kobieta").CountAsync());
    }
}
