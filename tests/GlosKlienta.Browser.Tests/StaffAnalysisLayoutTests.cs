using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Browser.Tests;

/// <inheritdoc cref="BrowserCollection"/>
[CollectionDefinition(Name)]
public sealed class AnalysisBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser-analysis";
}

/// <summary>
/// The analysis pages the Pełnomocnik works in (dashboard, protocol, reading remarks) at a desktop
/// and a phone width, on a half-year with data: no sideways scrolling of the page (wide tables
/// scroll in their own box), the filter labels over their fields, and a screenshot of each to look at.
/// </summary>
[Collection(AnalysisBrowserCollection.Name)]
public sealed class StaffAnalysisLayoutTests(BrowserFixture app, ITestOutputHelper output)
{
    private const string Pelnomocnik = "pelnomocnik-layout@lesko.pl";

    private async Task SeedAsync()
    {
        if (await app.WithDbAsync(db => db.SurveyResponses.AnyAsync())) return;
        await StaffSignIn.CreateUserAsync(app, Pelnomocnik, Roles.PelnomocnikSzj);
        await app.WithDbAsync(async db =>
        {
            var version = await db.SurveyVersions.OrderBy(v => v.Number).Select(v => v.Id).FirstAsync();
            string[] units = ["usc", "finansowy", "ewidencja-ludnosci"];
            for (int i = 0; i < 150; i++)
            {
                var choices = $"plec={(i % 2 == 0 ? "kobieta" : "mezczyzna")};komorka={units[i % 3]};termin={(i % 7 == 0 ? "nie" : i % 5 == 0 ? "w-toku" : "tak")};"
                    + $"oceny.uprzejmosc={3 + i % 3};oceny.sprawnosc={(i % 3 == 0 ? 2 : 4)};oceny.kompetencja=5";
                var response = new SurveyResponse { SurveyVersionId = version, Channel = (Channel)(1 + i % 3), ReceivedOn = new DateOnly(2026, 1 + i % 6, 1 + i % 27), Choices = choices };
                if (i % 50 == 0) response.Texts.Add(new SurveyResponseText { QuestionCode = "uwagi", Text = "Długa kolejka w poniedziałek rano, a numerków brakuje już o dziewiątej." });
                db.SurveyResponses.Add(response);
            }
            return await db.SaveChangesAsync();
        });
    }

    [SkippableTheory]
    [InlineData("/personel/analiza", "analiza", 1366)]
    [InlineData("/personel/analiza", "analiza", 390)]
    [InlineData("/personel/analiza/protokol/2026H1", "protokol", 1366)]
    [InlineData("/personel/analiza/protokol/2026H1", "protokol", 390)]
    [InlineData("/personel/analiza/uwagi/2026H1", "uwagi", 1366)]
    [InlineData("/personel/analiza/uwagi/2026H1", "uwagi", 390)]
    public async Task AnalysisPage_FitsTheWidth(string path, string name, int width)
    {
        BrowserFixture.SkipIfNoChromium();
        await SeedAsync();
        await using var session = await StaffSignIn.OpenSignedInAsync(app, Pelnomocnik, width, 900);
        var page = session.Page;
        await page.GotoAsync(path);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, $"staff-{name}-{width}")}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"staff-{name}-{width}-top.png") });
        if (name == "protokol")
        {
            await page.Locator("#zagrozenia").ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"staff-{name}-{width}-zagrozenia.png") });
        }
        var widest = widths[0] <= widths[1] ? "" : await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth && !e.closest('.table-scroll'))" +
            ".slice(0, 6).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : '') + ' right=' + Math.round(e.getBoundingClientRect().right)).join('; ')");
        Assert.True(widths[0] <= widths[1], $"{path} at {width}px scrolls sideways: {widths[0]} > {widths[1]}; {widest}");
        if (name == "analiza")
        {
            // Each filter's label sits directly above its own field.
            foreach (var id in new[] { "okres", "komorka", "kanal" })
            {
                var label = await page.Locator($"label[for={id}]").BoundingBoxAsync();
                var field = await page.Locator($"#{id}").BoundingBoxAsync();
                Assert.True(label!.Y < field!.Y && Math.Abs(label.X - field.X) < 2, $"label of {id} at ({label.X},{label.Y}), field at ({field.X},{field.Y})");
            }
        }
    }
}
