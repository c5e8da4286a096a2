using GlosKlienta.Domain.Analysis;
using GlosKlienta.Domain.Actions;
using GlosKlienta.Web.Features.Actions;
using GlosKlienta.Web.Features.Analysis;

namespace GlosKlienta.Browser.Tests;

/// <summary>
/// <c>/wyniki</c> in Chromium with two approved protocols (one full, one with too few answers) and their actions:
/// axe (WCAG 2.0/2.1 A and AA), no sideways scrolling, and a screenshot to look at, on a desktop and on a phone.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ResultsPageTests(BrowserFixture app, ITestOutputHelper output)
{
    /// <summary>
    /// Approved protocols written straight to the fixture's database once, in 2020 so that no other test's half-year
    /// is approved under it: the first half with 214 forms (a kiosk of 7 withheld, and paper with it), one item rated
    /// by only 8, and an action; the second half of 2019 with 6 forms, withheld whole.
    /// </summary>
    private Task<int> SeedAsync() => app.WithDbAsync(async db =>
    {
        if (await db.F2Protocols.AnyAsync(p => p.Period == "2020H1")) return 0;
        static RatingFigure Rating(string code, string text, int n, int topTwo)
        {
            var ci = Proportion.Wilson(topTwo, n);
            return new RatingFigure("oceny." + code, text, n, 0, [0, 0, n - topTwo, 0, topTwo], null, null, null, null, null, null, null,
                topTwo, (double)topTwo / n, ci?.Lower, ci?.Upper, 0, null, null, false);
        }
        static F2Figures Figures(string period, string name, DateOnly from, DateOnly to, int online, int kiosk, int paper, IReadOnlyList<RatingFigure> ratings, TimelinessFigure? timeliness) => new()
        {
            Period = period, PeriodName = name, From = from, To = to, Responses = online + kiosk + paper, Online = online, Kiosk = kiosk, Paper = paper,
            ByMonth = [], Questions = [], RatingQuestionText = "Jak ocenia Pani/Pan jakość otrzymanej usługi?", Ratings = ratings,
            ServiceIndex = new IndexFigure(0, 0, null, false, null, null, null), Breakdowns = [], DissatisfiedDefinition = "",
            DissatisfiedChart = new PChartFigure(null, []), Trends = [], Drivers = [], Paretos = [], Notes = [], Timeliness = timeliness,
        };
        static F2Protocol Protocol(F2Figures f, DateTimeOffset approvedAt) => new()
        {
            Period = f.Period, ApprovedAt = approvedAt, ApprovedById = "seed", ApprovedBy = "Pełnomocnik ds. SZJ", FiguresJson = f.ToJson(),
            Pdf = [1], PdfSha256 = "seed", Odt = [1], OdtSha256 = "seed", Docx = [1], DocxSha256 = "seed", Html = [1], HtmlSha256 = "seed",
        };
        db.F2Protocols.Add(Protocol(Figures("2019H2", "II półrocze 2019", new DateOnly(2019, 7, 1), new DateOnly(2019, 12, 31), 4, 0, 2, [], null),
            new DateTimeOffset(2020, 1, 14, 10, 0, 0, TimeSpan.Zero)));
        db.F2Protocols.Add(Protocol(Figures("2020H1", "I półrocze 2020", new DateOnly(2020, 1, 1), new DateOnly(2020, 6, 30), 120, 7, 87,
            [Rating("uprzejmosc", "uprzejmość i życzliwość", 205, 181), Rating("sprawnosc", "sprawna i szybka obsługa", 198, 131),
             Rating("kompetencja", "kompetencja i fachowość", 190, 160), Rating("informacja", "wyczerpująca informacja", 187, 139),
             Rating("terminowosc", "terminowość załatwienia spraw", 8, 5)],
            TimelinessFigure.From(150, 23, 30)), new DateTimeOffset(2020, 7, 9, 12, 30, 0, TimeSpan.Zero)));
        db.QualityActions.Add(new QualityAction
        {
            Source = ActionSource.ThreatenedArea, Period = "2020H1", AreaKey = "item:sprawnosc", AreaTitle = "Sprawna i szybka obsługa", Finding = "Sprawna i szybka obsługa",
            Kind = ActionKind.Preventive, What = "Drugie stanowisko obsługi w Urzędzie Stanu Cywilnego w poniedziałki i piątki", OwnerName = "Kierownik USC", Due = new DateOnly(2020, 9, 30),
            Status = ActionStatus.InProgress, CreatedAt = DateTimeOffset.UnixEpoch, CreatedBy = "seed",
        });
        db.QualityActions.Add(new QualityAction
        {
            Source = ActionSource.ThreatenedArea, Period = "2020H1", AreaKey = "not-on-time", AreaTitle = "Sprawy niezałatwione w terminie", Finding = "Sprawy niezałatwione w terminie",
            Kind = ActionKind.Audit, What = "Audit terminowości w Referacie Gospodarki Komunalnej", OwnerName = "Pełnomocnik ds. SZJ", Due = new DateOnly(2020, 10, 15),
            Status = ActionStatus.Done, CreatedAt = DateTimeOffset.UnixEpoch, CreatedBy = "seed",
        });
        return await db.SaveChangesAsync();
    });

    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task ResultsWithFiguresAndWithheldGroups_HaveNoWcagViolations_AndFitTheWidth(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        await SeedAsync();
        await using var session = await app.OpenAsync(width, 900);
        var page = session.Page;
        await page.GotoAsync("/wyniki");
        await page.Locator("#wyniki-2020H1").WaitForAsync();

        await Checks.AssertNoAxeViolationsAsync(page, $"the results page at {width}px");
        output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, $"wyniki-{width}")}");
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"/wyniki at {width}px scrolls sideways: {widths[0]} > {widths[1]}");
        Assert.Equal(0, await page.Locator("script").CountAsync());
    }
}
