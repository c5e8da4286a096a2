namespace GlosKlienta.Browser.Tests;

/// <summary>The public pages on a small phone and on a desktop: no sideways scrolling, focus always visible.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture app, ITestOutputHelper output)
{
    [SkippableTheory]
    [InlineData("/", "strona-glowna", 320)]
    [InlineData("/", "strona-glowna", 1280)]
    [InlineData("/ankieta", "ankieta", 320)]
    [InlineData("/ankieta", "ankieta", 1280)]
    public async Task Page_FitsTheWidthWithoutSidewaysScrolling(string path, string name, int width)
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync(width, 800);
        var page = session.Page;
        await page.GotoAsync(path);
        var (scrollWidth, innerWidth) = await WidthsAsync(page);
        var shot = await Checks.ScreenshotAsync(page, $"{name}-{width}");
        output.WriteLine($"Screenshot: {shot}");
        Assert.True(scrollWidth <= innerWidth, $"{path} at {width}px scrolls sideways: scrollWidth {scrollWidth} > innerWidth {innerWidth}. Widest elements: {await WidestAsync(page)}");
    }

    [SkippableTheory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task ErrorStateAndThankYouPage_FitTheWidth(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync(width, 800);
        var page = session.Page;
        await page.GotoAsync("/ankieta");
        await page.Locator("#q-sprawa-inna").CheckAsync();
        await page.Locator("#q-trudnosci-brak").CheckAsync();
        await page.Locator("#q-trudnosci-inny-termin").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij ankietę" }).ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();
        var (scrollWidth, innerWidth) = await WidthsAsync(page);
        output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, $"ankieta-blad-{width}")}");
        Assert.True(scrollWidth <= innerWidth, $"The error state at {width}px scrolls sideways: {scrollWidth} > {innerWidth}. Widest: {await WidestAsync(page)}");

        await page.GotoAsync("/ankieta/dziekujemy");
        (scrollWidth, innerWidth) = await WidthsAsync(page);
        output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, $"dziekujemy-{width}")}");
        Assert.True(scrollWidth <= innerWidth, $"The thank-you page at {width}px scrolls sideways: {scrollWidth} > {innerWidth}. Widest: {await WidestAsync(page)}");
    }

    /// <summary>A file name with no place to break a line, as scanners and phones name files.</summary>
    private const string LongFileName = "Skan_pisma_w_sprawie_oswietlenia_przejscia_dla_pieszych_przy_ulicy_Kosciuszki_2026-03-02_strona_1.pdf";

    [SkippableTheory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(1366)]
    public async Task ComplaintFormWithErrors_FitsTheWidth_ItsLongErrorLinkAndFileInputIncluded(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync(width, 800);
        var page = session.Page;
        await page.GotoAsync("/skargi-i-wnioski/zloz");
        // An empty file is refused by name: the error-summary link then carries the whole unbroken name.
        await page.Locator("#zalaczniki").SetInputFilesAsync(new FilePayload { Name = LongFileName, MimeType = "application/pdf", Buffer = [] });
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij pismo" }).ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();
        Assert.Contains(LongFileName, await page.Locator(".error-summary").InnerTextAsync());

        var (scrollWidth, innerWidth) = await WidthsAsync(page);
        output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, $"skarga-blad-{width}")}");
        Assert.True(scrollWidth <= innerWidth, $"The complaint form with errors at {width}px scrolls sideways: {scrollWidth} > {innerWidth}. Widest: {await WidestAsync(page)}");
    }

    [SkippableTheory]
    [InlineData("#imie-nazwisko", "label[for=imie-nazwisko]")]
    [InlineData("#zalaczniki", "label[for=zalaczniki]")]
    [InlineData("#rodzaj-Skarga", "fieldset:has(#rodzaj-Skarga) > legend")]
    public async Task ErrorSummaryLink_ScrollsToItsField_LeavingTheLabelInView(string field, string label)
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync(390, 700);
        var page = session.Page;
        await page.GotoAsync("/skargi-i-wnioski/zloz");
        await page.Locator("#zalaczniki").SetInputFilesAsync(new FilePayload { Name = "pusty.pdf", MimeType = "application/pdf", Buffer = [] });
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij pismo" }).ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();

        await page.Locator($".error-summary a[href='{field}']").ClickAsync();
        await page.WaitForURLAsync("**/skargi-i-wnioski/zloz" + field);
        var fieldTop = await page.Locator(field).EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        var labelTop = await page.Locator(label).EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, "skarga-link-" + field.TrimStart('#'))}");
        Assert.True(fieldTop > 0 && fieldTop < 700, $"{field} is not on screen after its link: top {fieldTop}");
        Assert.True(labelTop >= 0, $"The label of {field} is scrolled off the top after its error link: top {labelTop}");
    }

    [SkippableFact]
    public async Task Focus_IsVisibleOnARadioAndOnTheSubmitButton()
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/ankieta");

        await Keys.TabToAsync(page, "q-plec-kobieta");
        Assert.True(await FocusIsVisibleAsync(page), "A radio with keyboard focus shows no outline or box-shadow: " + await FocusStyleAsync(page));
        output.WriteLine($"Screenshot: {await FocusShotAsync(page, "fokus-radio")}");

        await Keys.TabToAsync(page, "button:submit", maxPresses: 80);
        Assert.True(await FocusIsVisibleAsync(page), "The submit button with keyboard focus shows no outline or box-shadow: " + await FocusStyleAsync(page));
        output.WriteLine($"Screenshot: {await FocusShotAsync(page, "fokus-przycisk")}");
    }

    /// <summary>The focused element and its surroundings, to see the focus indicator.</summary>
    private static async Task<string> FocusShotAsync(IPage page, string name)
    {
        var box = await page.EvaluateAsync<float[]>(
            "() => { const r = document.activeElement.getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; }");
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = path,
            Clip = new Clip { X = Math.Max(0f, box[0] - 24), Y = Math.Max(0f, box[1] - 24), Width = Math.Min(box[2] + 320, 600f), Height = box[3] + 48 },
        });
        return path;
    }

    private static async Task<(int ScrollWidth, int InnerWidth)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }

    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>(
        "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth)" +
        ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') + ' right=' + Math.round(e.getBoundingClientRect().right)).join('; ')");

    /// <summary>An outline that is drawn (style not none, width above zero, colour not transparent) or any box-shadow.</summary>
    private static Task<bool> FocusIsVisibleAsync(IPage page) => page.EvaluateAsync<bool>(
        "() => { const s = getComputedStyle(document.activeElement); " +
        "const transparent = c => c === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(c); " +
        "const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor); " +
        "return outline || (s.boxShadow && s.boxShadow !== 'none'); }");

    private static Task<string> FocusStyleAsync(IPage page) => page.EvaluateAsync<string>(
        "() => { const s = getComputedStyle(document.activeElement); return `outline: ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}; box-shadow: ${s.boxShadow}`; }");
}
