using static GlosKlienta.Browser.Tests.Infrastructure.Keys;

namespace GlosKlienta.Browser.Tests;

/// <summary>"Wyczyść odpowiedź" in Chromium the page has no script: a radio answer taken back, everything else kept, nothing stored.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class SurveyClearAnswerTests(BrowserFixture app, ITestOutputHelper output)
{
    private const string Remarks = "Proszę o ławkę przy wejściu.";

    private Task<int> StoredAsync() => app.WithDbAsync(db => db.SurveyResponses.CountAsync());

    [SkippableTheory]
    [InlineData(390)]
    [InlineData(1366)]
    public async Task ClearButton_EmptiesThatQuestionOnly_ByKeyboard_AndLandsOnIt(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync(width, 800);
        var page = session.Page;
        var before = await StoredAsync();
        await page.GotoAsync("/ankieta");

        await ChooseRadioAsync(page, "q-plec-kobieta", 0);
        await ChooseRadioAsync(page, "q-wiek-18-25", 2);
        await TabToAsync(page, "t-uwagi", maxPresses: 80);
        await page.Keyboard.TypeAsync(Remarks);
        // Back to the first question's clear button and press it, as a keyboard user does.
        await TabToAsync(page, "wyczysc-q-plec", backwards: true, maxPresses: 80);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/ankieta#pytanie-q-plec");

        Assert.Empty(await Checks.CheckedIdsAsync(page, "q.plec"));
        Assert.Equal(["q-wiek-36-45"], await Checks.CheckedIdsAsync(page, "q.wiek"));
        Assert.Equal(Remarks, await Checks.ValueAsync(page, "t-uwagi"));
        Assert.Equal(before, await StoredAsync());
        // The page comes back at the cleared question with its legend in view, and the next Tab goes into it.
        var legendTop = await page.Locator("#pytanie-q-plec > legend").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.InRange(legendTop, 0, 400);
        await TabToAsync(page, "q-plec-kobieta", maxPresses: 3);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, $"ankieta-wyczyszczona-{width}")}");
        Assert.True(widths[0] <= widths[1], $"scrolls sideways at {width}px: {widths[0]} > {widths[1]}");
        await Checks.AssertNoAxeViolationsAsync(page, "the survey after clearing an answer");
    }

    [SkippableFact]
    public async Task EnterInATextField_SendsTheSurvey_NotAClearButton()
    {
        BrowserFixture.SkipIfNoChromium();
        await using var session = await app.OpenAsync();
        var page = session.Page;
        var before = await StoredAsync();
        await page.GotoAsync("/ankieta");

        await ChooseRadioAsync(page, "q-plec-kobieta", 0);
        await ChooseRadioAsync(page, "q-sprawa-decyzja", 4);
        await TypeIntoAsync(page, "t-sprawa", "Zgłoszenie dziury w jezdni");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/ankieta/dziekujemy");
        Assert.Equal(before + 1, await StoredAsync());
        var newest = await app.WithDbAsync(db => db.SurveyResponses.OrderByDescending(r => r.Id).Select(r => r.Choices).FirstAsync());
        Assert.Equal("plec=kobieta;sprawa=inna", newest);
    }
}
