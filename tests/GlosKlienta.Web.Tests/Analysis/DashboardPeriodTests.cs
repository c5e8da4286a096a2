namespace GlosKlienta.Web.Tests.Analysis;

/// <summary>Which half-year the dashboard opens on, and when a protocol is due (issue 12: never an empty period, never before the first response).</summary>
public sealed class DashboardPeriodTests
{
    [Fact]
    public async Task Dashboard_WhenTheHalfYearJustEndedIsEmpty_OpensOnTheLastOneWithData()
    {
        // February 2027: the half-year just ended (2026H2) has no responses; 2026H1 has.
        await using var app = new AnalysisApp(TestDatabase.CreateEmptySqlite(), new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));
        await app.SeedHalfYearAsync();
        var client = await app.SignInAsync("kierownik@lesko.pl", Roles.KierownikReferatu);

        var page = await Html.ParseAsync(await client.GetAsync("/personel/analiza"));

        Assert.Contains("I półrocze 2026", page.QuerySelector("h1")!.TextContent);
        // The F2 of 2026H2 and the annual analysis of 2026 are still due (the office had data in 2026).
        var due = string.Join(" ", page.QuerySelectorAll("p.notice").Select(p => p.TextContent));
        Assert.Contains("II półrocze 2026", due);
        Assert.Contains("rok 2026", due);
    }

    [Fact]
    public async Task NothingIsDue_BeforeTheOfficeHasAnyResponse()
    {
        await using var app = new AnalysisApp(TestDatabase.CreateEmptySqlite(), new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));
        var client = await app.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);

        var page = await Html.ParseAsync(await client.GetAsync("/personel/analiza"));

        Assert.Empty(page.QuerySelectorAll("p.notice"));
    }
}
