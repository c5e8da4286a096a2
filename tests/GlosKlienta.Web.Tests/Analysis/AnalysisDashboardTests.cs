namespace GlosKlienta.Web.Tests.Analysis;

public abstract class AnalysisDashboardTests(DatabaseKind kind) : DatabaseTest(kind, empty: true), IAsyncLifetime
{
    private AnalysisApp? instance;

    private AnalysisApp app => instance ?? throw new InvalidOperationException(TestDatabase.PostgresSkipReason);


    public async Task InitializeAsync()
    {
        var database = await CreateDatabaseAsync();
        if (database is null) return;
        instance = new AnalysisApp(database);
        await instance.SeedHalfYearAsync();
    }

    public async Task DisposeAsync()
    {
        if (instance is not null) await instance.DisposeAsync();
    }

    private static string Cell(IElement table, string rowHeader, int column) =>
        table.QuerySelectorAll("tr").First(r => r.Children[0].TextContent.Trim() == rowHeader).Children[column].TextContent.Trim();

    [SkippableFact]
    public async Task Dashboard_ShowsCountsBreakdownsAndThreats_ForThePeriodJustEnded()
    {
        Skip.If(instance is null, TestDatabase.PostgresSkipReason);
        var client = await app.SignInAsync("kierownik@lesko.pl", Roles.KierownikReferatu);
        var page = await Html.ParseAsync(await client.GetAsync("/personel/analiza"));
        Assert.Contains("I półrocze 2026", page.QuerySelector("h1")!.TextContent);
        var counts = page.QuerySelector("#liczby")!;
        Assert.Equal("50", Cell(counts, "Razem", 1));
        Assert.Equal("30", Cell(counts, "ankieta papierowa", 1));
        Assert.Equal("20", Cell(counts, "formularz internetowy", 1));

        // Unit breakdown: the USC (40) is ranked, the finance unit (10) is shown as too small and not ranked.
        var unitTable = page.QuerySelectorAll("table").First(t => t.QuerySelector("caption")?.TextContent.StartsWith("Wyniki według: komórka organizacyjna", StringComparison.Ordinal) == true);
        Assert.Equal("1", Cell(unitTable, "Kierownik Urzędu Stanu Cywilnego", 4));
        Assert.Equal("za mało ocen", Cell(unitTable, "Referat Finansowy", 3));
        // "Not on time" is no / (yes + no): 10 of the 35 who answered yes or no (5 said "in progress"), under 30 would show counts only.
        Assert.Equal("28,6% (10 z 35)", Cell(unitTable, "Kierownik Urzędu Stanu Cywilnego", 5));
        Assert.Equal("–", Cell(unitTable, "Referat Finansowy", 4));

        // Rating table: speed 35 of 50 rated 4-5 = 70.0%; courtesy all 4-5.
        var ratings = page.QuerySelectorAll("table").First(t => t.QuerySelector("caption")?.TextContent.Trim() == "Oceny elementów obsługi");
        Assert.StartsWith("70,0%", Cell(ratings, "sprawna i szybka obsługa", 5));
        Assert.StartsWith("100,0%", Cell(ratings, "uprzejmość i życzliwość", 5));

        // Threatened with evidence: USC "not on time" 10 of 35 (28.6%, CI 16.3%-45.0%, wholly over 10%).
        // Watched: USC speed 25 of 40 = 62.5% is under 70%, but its interval (47.0%-75.8%) covers 70%.
        var threats = page.QuerySelector("#zagrozenia + p + div table")!.TextContent;
        Assert.Contains("Terminowość w komórce: Kierownik Urzędu Stanu Cywilnego", threats);
        Assert.Contains("10 z 35", threats);
        Assert.Contains("leży powyżej progu", threats);
        Assert.DoesNotContain("Komórka: Kierownik Urzędu Stanu Cywilnego, ocena", threats);
        Assert.Contains("Spadek oceny: sprawna i szybka obsługa (wobec: I półrocze 2025)", threats); // 70% now against 100% a year ago
        var watch = page.QuerySelector("#obserwacja + p + div table")!.TextContent;
        Assert.Contains("Komórka: Kierownik Urzędu Stanu Cywilnego, ocena: sprawna i szybka obsługa", watch);
        Assert.Contains("62,5% (25 z 40", watch);

        // Charts come with their text alternative and a data table; the p-chart is there.
        Assert.NotEmpty(page.QuerySelectorAll("svg"));
        Assert.Contains("Karta p: odsetek niezadowolonych", page.Body!.TextContent);
        // Grouped "other" texts: both spellings of "długa kolejka" counted as one wording.
        var other = page.QuerySelectorAll("table").First(t => t.QuerySelectorAll("th").Any(h => h.TextContent.Trim() == "Udział skumulowany")
            && t.TextContent.Contains("kolejka", StringComparison.Ordinal));
        Assert.Equal("15", Cell(other, "Długa kolejka!", 1));
    }

    [SkippableFact]
    public async Task Dashboard_Filters_ByChannelAndUnit_ThroughTheQueryString()
    {
        Skip.If(instance is null, TestDatabase.PostgresSkipReason);
        var client = await app.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        var paper = await Html.ParseAsync(await client.GetAsync("/personel/analiza?okres=2026H1&kanal=papier"));
        Assert.Equal("30", Cell(paper.QuerySelector("#liczby")!, "Razem", 1));
        var finance = await Html.ParseAsync(await client.GetAsync("/personel/analiza?okres=2026H1&komorka=finansowy"));
        Assert.Equal("10", Cell(finance.QuerySelector("#liczby")!, "Razem", 1));
        Assert.Equal("finansowy", finance.QuerySelector("#komorka option[selected]")!.GetAttribute("value"));
    }

    [SkippableFact]
    public async Task Dashboard_UnknownPeriod_SaysSoAndShowsTheLastHalfYear()
    {
        Skip.If(instance is null, TestDatabase.PostgresSkipReason);
        var client = await app.SignInAsync("kierownik2@lesko.pl", Roles.KierownikReferatu);
        var response = await client.GetAsync("/personel/analiza?okres=2026H7");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#okres-blad"));
        Assert.Contains("I półrocze 2026", page.QuerySelector("h1")!.TextContent);
    }

    [SkippableFact]
    public async Task DueNotice_OnStaffHomeAndDashboard_AtTheStartOfTheHalfYear()
    {
        Skip.If(instance is null, TestDatabase.PostgresSkipReason);
        var client = await app.SignInAsync("burmistrz@lesko.pl", Roles.Burmistrz);
        var home = await Html.ParseAsync(await client.GetAsync("/personel"));
        Assert.Contains("Należy sporządzić protokół F2 za I półrocze 2026.", home.Body!.TextContent);
        Assert.Contains("Należy sporządzić roczną analizę ankiet za rok 2025.", home.Body!.TextContent);
        var dashboard = await Html.ParseAsync(await client.GetAsync("/personel/analiza"));
        Assert.Contains("Należy sporządzić protokół F2 za I półrocze 2026.", dashboard.Body!.TextContent);
    }

    [SkippableFact]
    public async Task Dashboard_IsForThoseWhoSeeResults()
    {
        Skip.If(instance is null, TestDatabase.PostgresSkipReason);
        var worker = await app.SignInAsync("pracownik@lesko.pl", Roles.Pracownik);
        var response = await worker.GetAsync("/personel/analiza");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/konto/brak-dostepu", response.Headers.Location!.OriginalString);
        var protocol = await worker.GetAsync("/personel/analiza/protokol/2026H1?handler=File&format=json");
        Assert.Contains("/konto/brak-dostepu", protocol.Headers.Location!.OriginalString);
    }
}

public sealed class AnalysisDashboardTestsSqlite() : AnalysisDashboardTests(DatabaseKind.Sqlite);

public sealed class AnalysisDashboardTestsPostgres() : AnalysisDashboardTests(DatabaseKind.Postgres);
