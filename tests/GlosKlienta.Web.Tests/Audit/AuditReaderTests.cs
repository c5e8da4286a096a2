namespace GlosKlienta.Web.Tests.Audit;

/// <summary>Runs on SQLite always and on PostgreSQL where a server is configured (see <see cref="TestDatabase"/>).</summary>
public abstract class AuditReaderTests(DatabaseKind kind) : AppTest(kind)
{
    private const string Reader = "pelnomocnik@lesko.pl";

    private async Task<HttpClient> ReaderAsync()
    {
        await StaffAccounts.CreateUserAsync(Factory, Reader, Roles.PelnomocnikSzj);
        return await StaffAccounts.SignInAsync(Factory, Reader);
    }

    private Task<int> AddAsync(params AuditEntry[] entries) => Factory.WithDbAsync(db =>
    {
        db.AuditEntries.AddRange(entries);
        return db.SaveChangesAsync();
    });

    private static AuditEntry Entry(string at, string actor, string action, string? type = null, string? id = null, string? details = null) =>
        new() { At = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), Actor = actor, Action = action, SubjectType = type, SubjectId = id, Details = details };

    private static List<string[]> Rows(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("table.audit tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();

    [SkippableFact]
    public async Task Reader_ShowsNewestFirstWithPolishLabelsAndEscapedDetails()
    {
        await AddAsync(
            Entry("2026-03-02T08:00:00Z", "anna@lesko.pl", "account.created", "StaffUser", "u-1", "{\"roles\":[\"Pracownik\"]}"),
            Entry("2026-03-02T09:00:00Z", "anna@lesko.pl", "test.without-label", "SurveyResponse", "17", "<script>alert(1)</script>"));
        var client = await ReaderAsync();

        var response = await client.GetAsync("/personel/dziennik?typ=StaffUser&id=u-1");
        var all = await client.GetAsync("/personel/dziennik?kto=anna");
        var html = await all.Content.ReadAsStringAsync();
        var rows = Rows(await Html.ParseAsync(all));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, rows.Count);
        // An action without a label is shown by its code rather than hidden.
        Assert.StartsWith("test.without-label", rows[0][2]);
        Assert.StartsWith("Utworzenie konta", rows[1][2]);
        // Dates are the office's local time (Europe/Warsaw: UTC+1 in March).
        Assert.Equal("2026-03-02 09:00:00", rows[1][0]);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Equal("<script>alert(1)</script>", rows[0][4]);
    }

    [SkippableFact]
    public async Task Reader_FiltersByDateActorActionAndSubject()
    {
        await AddAsync(
            Entry("2026-01-10T10:00:00Z", "anna@lesko.pl", "account.disabled", "StaffUser", "u-1"),
            Entry("2026-01-15T10:00:00Z", "anna@lesko.pl", "account.enabled", "StaffUser", "u-1"),
            Entry("2026-01-15T11:00:00Z", "Piotr@Lesko.pl", "account.enabled", "StaffUser", "u-2"),
            // 23:30 UTC on the 20th is already the 21st in Lesko.
            Entry("2026-01-20T23:30:00Z", "anna@lesko.pl", "account.enabled", "StaffUser", "u-3"));
        var client = await ReaderAsync();

        async Task<List<string[]>> FilterAsync(string query) => Rows(await Html.ParseAsync(await client.GetAsync("/personel/dziennik?" + query)));

        Assert.Equal(2, (await FilterAsync("od=2026-01-15&do=2026-01-20")).Count);
        Assert.Single(await FilterAsync("od=2026-01-21&do=2026-01-21&akcja=account.enabled"));
        Assert.Single(await FilterAsync("kto=PIOTR"));
        Assert.Equal(3, (await FilterAsync("akcja=account.enabled&od=2026-01-01&do=2026-01-31")).Count);
        Assert.Equal(2, (await FilterAsync("typ=StaffUser&id=u-1")).Count);
        var page = await Html.ParseAsync(await client.GetAsync("/personel/dziennik?akcja=account.enabled&kto=anna"));
        Assert.Equal("anna", Html.TextValue(page, "kto"));
        Assert.Equal("account.enabled", page.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#akcja")?.Value);
    }

    [SkippableFact]
    public async Task Reader_WhenADateIsInvalid_ShowsTheErrorAndKeepsTheFilters()
    {
        var client = await ReaderAsync();

        var page = await Html.ParseAsync(await client.GetAsync("/personel/dziennik?od=2026-02-30&kto=anna"));

        Assert.StartsWith("Błąd:", page.Title);
        Assert.NotNull(page.QuerySelector(".error-summary[role=alert] a[href='#od']"));
        Assert.Equal("true", page.QuerySelector("#od")?.GetAttribute("aria-invalid"));
        Assert.Equal("2026-02-30", Html.TextValue(page, "od"));
        Assert.Equal("anna", Html.TextValue(page, "kto"));
    }

    [SkippableFact]
    public async Task Reader_PagesByAHundred()
    {
        await AddAsync(Enumerable.Range(1, 150).Select(i => Entry("2026-02-01T10:00:00Z", "masowy@lesko.pl", "test.event", "Test", i.ToString())).ToArray());
        var client = await ReaderAsync();

        var first = await Html.ParseAsync(await client.GetAsync("/personel/dziennik?kto=masowy"));
        var olderLink = first.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");
        var second = await Html.ParseAsync(await client.GetAsync(olderLink));

        Assert.Equal(100, Rows(first).Count);
        Assert.Equal("Test 150", Rows(first)[0][3]);
        Assert.Equal("/personel/dziennik?kto=masowy&strona=2", olderLink);
        Assert.Equal(50, Rows(second).Count);
        Assert.Equal("Test 1", Rows(second)[^1][3]);
    }

    [SkippableFact]
    public async Task Reader_OffersNothingThatChangesTheLog()
    {
        await AddAsync(Entry("2026-02-01T10:00:00Z", "anna@lesko.pl", "account.created", "StaffUser", "u-1"));
        var client = await ReaderAsync();

        var page = await Html.ParseAsync(await client.GetAsync("/personel/dziennik"));

        Assert.Empty(page.QuerySelectorAll("main form[method=post]"));
        // Labelled actions are offered before anyone has done them.
        Assert.Equal("Nieudane logowanie", page.QuerySelector("#akcja option[value='signin.failed']")?.TextContent);
        Assert.Equal("get", page.QuerySelector("main form")?.GetAttribute("method"));
        Assert.NotEmpty(Rows(page));
    }

    [SkippableFact]
    public async Task SignIn_RecordsSuccessFailureAndTheTypedEmailWithoutThePassword()
    {
        await StaffAccounts.CreateUserAsync(Factory, "kierownik@lesko.pl", Roles.KierownikReferatu);
        await StaffAccounts.PostSignInAsync(Factory.CreateBrowserLikeClient(), "kierownik@lesko.pl", "bledne-haslo-xyz");
        // From another client: failures of one client are aggregated (one entry per burst, SignInThrottleTests).
        await StaffAccounts.PostSignInAsync(TestClientAddress.From(Factory.CreateBrowserLikeClient(), "203.0.113.9"), "nikt@lesko.pl", "inne-bledne-haslo");
        await StaffAccounts.SignInAsync(Factory, "kierownik@lesko.pl");

        var entries = await Factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action.StartsWith("signin.")).OrderBy(e => e.Id).ToListAsync());

        Assert.Equal(["signin.failed", "signin.failed", "signin.succeeded"], entries.Select(e => e.Action).ToArray());
        Assert.Equal(["kierownik@lesko.pl", "nikt@lesko.pl", "kierownik@lesko.pl"], entries.Select(e => e.Actor).ToArray());
        Assert.All(entries, e => Assert.DoesNotContain("haslo", e.Details ?? ""));
        Assert.NotNull(entries[2].ActorId);
        Assert.Null(entries[0].ActorId);
    }
}

public sealed class AuditReaderTestsSqlite() : AuditReaderTests(DatabaseKind.Sqlite);

public sealed class AuditReaderTestsPostgres() : AuditReaderTests(DatabaseKind.Postgres);
