using System.Text;
using System.Xml.Linq;
using GlosKlienta.Domain.Analysis;
using GlosKlienta.Web.Features.Results;
using GlosKlienta.Web.Tests.Analysis;
using ResultsPage = GlosKlienta.Web.Features.Results.IndexModel;

namespace GlosKlienta.Web.Tests.Results;

/// <summary>
/// <c>/wyniki</c>, its Atom feed and its CSV: approved protocols only, from their frozen figures, groups under 10
/// answers withheld, and never a word a respondent wrote. The first half of 2026 is <see cref="AnalysisApp.SeedHalfYearAsync"/>
/// plus 4 kiosk forms carrying a remark: 54 forms (30 paper, 20 online, 4 kiosk).
/// </summary>
public abstract class PublicResultsPageTests(DatabaseKind kind) : HostedTest<AnalysisApp>(kind, empty: true)
{
    private const string Remark = "Pani z okienka nr 3 była opryskliwa";
    private const string Conclusions = "Kierownik USC Jan Kowalski omówi kolejki z zespołem.";
    private const string ActionWhat = "Dodatkowe stanowisko obsługi w USC w godzinach szczytu";
    /// <summary>The owning post: never published.</summary>
    private const string ActionWho = "Stanowisko ds. obronnych, zarządzania kryzysowego i obrony cywilnej";
    private const string Atom = "http://www.w3.org/2005/Atom";

    protected override AnalysisApp Start(TestDatabase database, IReadOnlyDictionary<string, string?>? settings) => new(database, settings: settings);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (Skipped) return;
        await App.SeedHalfYearAsync();
        await App.AddResponsesAsync(4, Channel.Kiosk, new DateOnly(2026, 6, 10), "komorka=usc", Remark, "uwagi");
        await App.AddResponsesAsync(5, Channel.Online, new DateOnly(2025, 9, 1), "komorka=usc;termin=tak;oceny.sprawnosc=5");
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string period, string handler, params (string, string)[] fields) =>
        StaffAccounts.PostFormAsync(client, "/personel/analiza/protokol/" + period, $"form[action*='handler={handler}']", fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2)));

    private Task<HttpClient> PelnomocnikAsync() => App.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);

    /// <summary>The draft of 2026H1 as the Pełnomocnik leaves it before approval: conclusions and a proposed action with its owner.</summary>
    private async Task DraftAsync(HttpClient pelnomocnik)
    {
        var owner = await App.WithDbAsync(db => db.Posts.Where(p => p.Name == ActionWho).Select(p => p.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(pelnomocnik, "2026H1", "Conclusions", ("Conclusions", Conclusions))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(pelnomocnik, "2026H1", "Action",
            ("AreaKey", "not-on-time:unit:usc"), ("Kind", "zapobiegawcze"), ("What", ActionWhat), ("OwnerPostId", owner.ToString(CultureInfo.InvariantCulture)), ("Due", "2026-09-30"))).StatusCode);
    }

    /// <summary>Approves a period on the protocol page, as the Pełnomocnik does (no box was opened on its box-opening day, hence the reason).</summary>
    private static async Task ApproveAsync(HttpClient pelnomocnik, string period) =>
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(pelnomocnik, period, "Approve", ("UnopenedReason", "Skrzynki opróżniono później z powodu urlopu opiekuna."))).StatusCode);

    private async Task<IHtmlDocument> PageAsync()
    {
        var response = await App.Anonymous().GetAsync(ResultsPage.Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    private async Task<List<string[]>> CsvAsync()
    {
        var response = await App.Anonymous().GetAsync(ResultsPage.CsvPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(ParseCsvLine).ToList();
    }

    /// <summary>RFC 4180 fields of one line (the figures have no line breaks in a cell).</summary>
    private static string[] ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return [.. fields];
    }

    [SkippableFact]
    public async Task Page_IsPublic_LinkedFromHomeAndThankYou_AndShowsNothingOfADraft()
    {
        await DraftAsync(await PelnomocnikAsync());

        var page = await PageAsync();
        var text = page.Body!.TextContent;
        Assert.Contains("Nie opublikowano jeszcze żadnych wyników", text);
        Assert.DoesNotContain("I półrocze 2026", text);
        Assert.DoesNotContain(ActionWhat, text);
        Assert.Empty(XDocument.Parse(await App.Anonymous().GetStringAsync(ResultsPage.FeedPath)).Root!.Elements(XName.Get("entry", Atom)));
        Assert.Single(await CsvAsync());

        foreach (var path in new[] { "/", "/ankieta/dziekujemy" })
            Assert.NotNull((await Html.ParseAsync(await App.Anonymous().GetAsync(path))).QuerySelector("a[href='/wyniki']"));
    }

    [SkippableFact]
    public async Task ApprovedProtocol_ShowsParticipationRatingsTimelinessAndActions_AndWithheldGroupsSaySo()
    {
        var pelnomocnik = await PelnomocnikAsync();
        await DraftAsync(pelnomocnik);
        await ApproveAsync(pelnomocnik, "2026H1");

        var page = await PageAsync();
        var section = page.QuerySelector("#wyniki-2026H1")!;
        var text = section.TextContent;
        Assert.Contains("I półrocze 2026", section.QuerySelector("h2")!.TextContent);
        Assert.Contains("od 1 stycznia 2026 do 30 czerwca 2026", text);
        Assert.Contains("zatwierdzono 2 lipca 2026", text);
        Assert.Contains("otrzymaliśmy 54 ankiety", text);

        // Participation: paper 30 shown; the kiosk's 4 withheld, and online's 20 with it, or 54 − 30 would give the 4 away.
        var channels = section.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.TextContent);
        Assert.Contains("30", channels["Ankieta papierowa"]);
        Assert.Contains("55,6%", channels["Ankieta papierowa"]);
        Assert.Contains("za mało odpowiedzi, by opublikować", channels["Kiosk w urzędzie"]);
        Assert.Contains("za mało odpowiedzi, by opublikować", channels["Formularz internetowy"]);
        Assert.DoesNotContain("20", channels["Formularz internetowy"]);

        // Ratings: speed 35 of 50 rated 4-5, with Wilson's interval; items nobody rated are withheld.
        var ratings = section.QuerySelectorAll("table")[1].QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(5, ratings.Count);
        var wilson = Proportion.Wilson(35, 50)!.Value;
        var speed = ratings.Single(r => r.TextContent.Contains("70,0%", StringComparison.Ordinal)).TextContent;
        Assert.Contains(ResultsText.Interval(new PublishedShare(50, 0.7, wilson.Lower, wilson.Upper)), speed);
        Assert.Equal(3, ratings.Count(r => r.TextContent.Contains("za mało odpowiedzi, by opublikować", StringComparison.Ordinal)));

        // Not on time: 10 of 35 who said yes or no.
        Assert.Contains("28,6%", section.QuerySelectorAll("table")[2].TextContent);

        // Every table has a chart before it, and every chart a name that points to its table.
        Assert.Equal(3, section.QuerySelectorAll(".bar-chart[role=img][aria-label]").Length);

        // The action: what and its status, never who.
        Assert.Contains(ActionWhat, text);
        Assert.Contains("Stan: zaplanowane", text);
        Assert.DoesNotContain("obronnych", page.Body!.TextContent);
        // The enumerated pages' check reads this page empty; with figures, no resource key shows either.
        Assert.DoesNotContain("Results.", page.Body!.TextContent + page.Title, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task NoFreeText_OnThePageInTheFeedOrInTheCsv_EvenWhenTheFrozenFiguresHoldIt()
    {
        var pelnomocnik = await PelnomocnikAsync();
        await DraftAsync(pelnomocnik);
        await ApproveAsync(pelnomocnik, "2026H1");
        var frozen = await App.WithDbAsync(db => db.F2Protocols.Select(p => p.FiguresJson).SingleAsync());
        Assert.Contains("kolejka", frozen, StringComparison.OrdinalIgnoreCase);

        var published = new[]
        {
            (await PageAsync()).Body!.TextContent,
            await App.Anonymous().GetStringAsync(ResultsPage.FeedPath),
            string.Join("\n", (await CsvAsync()).Select(r => string.Join(",", r))),
        };
        foreach (var text in published)
        {
            Assert.DoesNotContain("kolejka", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("opryskliwa", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Kowalski", text, StringComparison.Ordinal);
            Assert.DoesNotContain("obronnych", text, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task WholePeriodUnderTen_IsListed_ButSaysOnlyThatItHasTooFewAnswers()
    {
        await ApproveAsync(await PelnomocnikAsync(), "2025H2");

        var section = (await PageAsync()).QuerySelector("#wyniki-2025H2")!;
        Assert.Contains("Za mało odpowiedzi, by opublikować wyniki tego okresu", section.TextContent);
        Assert.Contains("co najmniej 10 odpowiedzi", section.TextContent);
        Assert.Empty(section.QuerySelectorAll("table"));
        Assert.Empty(section.QuerySelectorAll(".bar-chart"));
        Assert.DoesNotContain("5 ankiet", section.TextContent);
    }

    [SkippableFact]
    public async Task Feed_IsValidAtom_OneEntryPerApprovedProtocol_UpdatedAtApproval_LinkedFromThePageHead()
    {
        var pelnomocnik = await PelnomocnikAsync();
        var approvedAt = new Dictionary<string, DateTimeOffset>();
        foreach (var period in new[] { "2025H1", "2025H2", "2026H1" })
        {
            App.Clock.Advance(TimeSpan.FromMinutes(30));
            approvedAt[period] = App.Clock.GetUtcNow();
            await ApproveAsync(pelnomocnik, period);
        }

        var response = await App.Anonymous().GetAsync(ResultsPage.FeedPath);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(XName.Get("feed", Atom), feed.Name);
        Assert.False(string.IsNullOrEmpty(feed.Element(XName.Get("id", Atom))?.Value));
        Assert.Contains("Urząd Miasta i Gminy Lesko", feed.Element(XName.Get("title", Atom))!.Value);
        var entries = feed.Elements(XName.Get("entry", Atom)).ToList();
        Assert.Equal(3, entries.Count);
        Assert.Equal(3, entries.Select(e => e.Element(XName.Get("id", Atom))!.Value).Distinct().Count());
        foreach (var (period, at) in approvedAt)
        {
            var entry = entries.Single(e => e.Elements(XName.Get("link", Atom)).Any(l => ((string)l.Attribute("href")!).EndsWith("/wyniki#wyniki-" + period, StringComparison.Ordinal)));
            Assert.Equal(at, DateTimeOffset.Parse(entry.Element(XName.Get("updated", Atom))!.Value, CultureInfo.InvariantCulture));
        }
        Assert.Contains("Za mało odpowiedzi", entries.Single(e => e.Element(XName.Get("title", Atom))!.Value.Contains("II półrocze 2025", StringComparison.Ordinal)).Element(XName.Get("summary", Atom))!.Value);

        var page = await PageAsync();
        Assert.Equal(ResultsPage.FeedPath, page.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
        // Newest first.
        Assert.Equal(["wyniki-2026H1", "wyniki-2025H2", "wyniki-2025H1"], page.QuerySelectorAll("section.results-period").Select(s => s.Id!));
    }

    [SkippableFact]
    public async Task Csv_HasThePublishedFigures_AndNothingWithheld()
    {
        var pelnomocnik = await PelnomocnikAsync();
        await ApproveAsync(pelnomocnik, "2025H2");
        await ApproveAsync(pelnomocnik, "2026H1");

        var rows = await CsvAsync();
        var header = rows[0];
        int Col(string name) => Array.IndexOf(header, name);
        int measure = Col("miara"), item = Col("element"), n = Col("liczba odpowiedzi"), share = Col("odsetek (%)"),
            lower = Col("dolna granica przedziału 95% (%)"), upper = Col("górna granica przedziału 95% (%)"), note = Col("informacja");
        Assert.DoesNotContain(-1, new[] { measure, item, n, share, lower, upper, note });
        var data = rows.Skip(1).ToList();

        var wilson = Proportion.Wilson(35, 50)!.Value;
        var speed = data.Single(r => r[0] == "2026H1" && r[measure] == "odsetek ocen 4 i 5" && r[share] == "70");
        Assert.Equal("50", speed[n]);
        Assert.Equal(ResultsText.Rounded(wilson.Lower).ToString(CultureInfo.InvariantCulture), speed[lower]);
        Assert.Equal(ResultsText.Rounded(wilson.Upper).ToString(CultureInfo.InvariantCulture), speed[upper]);
        Assert.Equal("", speed[note]);
        Assert.Equal("54", data.Single(r => r[0] == "2026H1" && r[measure] == "ankiety")[n]);
        Assert.Equal("30", data.Single(r => r[0] == "2026H1" && r[item] == "Ankieta papierowa")[n]);

        // Withheld rows are there, with the reason and no number: the kiosk's 4, online's 20 that would give it away,
        // the three items nobody rated, and the whole of 2025H2 (5 forms).
        var withheld = data.Where(r => r[note].Length > 0).ToList();
        Assert.Equal(6, withheld.Count);
        Assert.All(withheld, r =>
        {
            Assert.Equal("za mało odpowiedzi, by opublikować", r[note]);
            Assert.Equal("", r[n]);
            Assert.Equal("", r[share]);
            Assert.Equal("", r[lower]);
            Assert.Equal("", r[upper]);
        });
        Assert.Single(data, r => r[0] == "2025H2");
        Assert.Contains(withheld, r => r[item] == "Kiosk w urzędzie");
        Assert.Contains(withheld, r => r[item] == "Formularz internetowy");
    }
}

public sealed class PublicResultsPageTestsSqlite() : PublicResultsPageTests(DatabaseKind.Sqlite);

public sealed class PublicResultsPageTestsPostgres() : PublicResultsPageTests(DatabaseKind.Postgres);
