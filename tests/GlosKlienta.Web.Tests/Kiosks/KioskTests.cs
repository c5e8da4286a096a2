using KioskDevices = GlosKlienta.Web.Features.Kiosks.KioskDevices;
using GlosKlienta.Web.Features.Survey;
using IndexModel = GlosKlienta.Web.Features.Kiosks.IndexModel;
using SurveyRespond = GlosKlienta.Web.Features.Survey.RespondModel;

namespace GlosKlienta.Web.Tests.Kiosks;

/// <summary>
/// Kiosks through their real pages: an administrator makes one at /personel/kioski, the one-time link turns a browser
/// into it, its answers are stored with the kiosk channel and its id, revoking ends it at once, and a browser that is
/// no kiosk never stores a kiosk answer. Limits here: 3 answers per kiosk, 1 per web client address.
/// </summary>
public abstract class KioskTests(DatabaseKind kind) : AppTest(kind)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Survey:KioskLimit:PermitLimit"] = "3",
        ["Survey:SubmissionLimit:PermitLimit"] = "1",
    };

    private async Task<HttpClient> AdministratorAsync()
    {
        await StaffAccounts.CreateAdministratorAsync(Factory, "admin@lesko.pl");
        return await StaffAccounts.SignInAsync(Factory, "admin@lesko.pl");
    }

    /// <summary>Creates a kiosk through the staff page and returns the one-time link it shows (as a path).</summary>
    private static async Task<string> CreateKioskAsync(HttpClient admin, string name)
    {
        var response = await StaffAccounts.PostFormAsync(admin, "/personel/kioski", "main form[action*='handler=Create']", [new(IndexModel.NameField, name)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var link = page.QuerySelector(".one-time-link code")?.TextContent;
        Assert.NotNull(link);
        Assert.Contains(name, page.QuerySelector("#link-naglowek")?.TextContent);
        return new Uri(link).PathAndQuery;
    }

    /// <summary>Opens the link in a new browser and confirms: the browser is now the kiosk.</summary>
    private async Task<HttpClient> EnrolAsync(string link)
    {
        var device = Factory.CreateBrowserLikeClient();
        var response = await StaffAccounts.PostFormAsync(device, link, "main form[method=post]", []);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/kiosk", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(KioskDevices.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=", cookie, StringComparison.OrdinalIgnoreCase);
        return device;
    }

    /// <summary>The kiosk's form on its last screen, sent with every answer at once, as the hidden fields carry them there.</summary>
    private static async Task<HttpResponseMessage> SendAllAsync(HttpClient device, IEnumerable<KeyValuePair<string, string>> answers)
    {
        var page = await Html.ParseAsync(await device.GetAsync("/kiosk"));
        var fields = Html.HiddenFields(page, "main form[method=post]");
        // "Pytanie 1 z 11": the last screen's index is one less than the count (the tenth question and the final remarks).
        var count = int.Parse(page.QuerySelector(".kiosk-progress")!.TextContent.Split(' ')[^1], CultureInfo.InvariantCulture);
        fields[SurveyFormView.StepField] = (count - 1).ToString(CultureInfo.InvariantCulture);
        return await device.PostAsync("/kiosk", new FormUrlEncodedContent(fields.Concat(answers).Append(new(SurveyFormView.MoveField, SurveyFormView.Send)).ToList()));
    }

    private Task<List<SurveyResponse>> StoredAsync() => Factory.WithDbAsync(db => db.SurveyResponses.AsNoTracking().OrderBy(r => r.Id).ToListAsync());

    [SkippableFact]
    public async Task Enrolment_LinkTurnsOneBrowserIntoTheKiosk_AndWorksOnlyOnce()
    {
        SkipWithoutDatabase();
        var admin = await AdministratorAsync();
        var link = await CreateKioskAsync(admin, "Hol parter, Ratusz");

        var device = await EnrolAsync(link);

        var start = await device.GetAsync("/kiosk");
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        var page = await Html.ParseAsync(start);
        Assert.NotNull(page.QuerySelector("main form[method=post] fieldset.question"));
        Assert.Equal("Pytanie 1 z 11", page.QuerySelector(".kiosk-progress")?.TextContent);
        // The same link in another browser: used up.
        var again = await Factory.CreateBrowserLikeClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var kiosk = await Factory.WithDbAsync(db => db.Kiosks.AsNoTracking().SingleAsync());
        Assert.Null(kiosk.EnrolmentTokenHash);
        Assert.NotNull(kiosk.DeviceSecretHash);
        Assert.NotNull(kiosk.EnrolledAt);
        var actions = await Factory.WithDbAsync(db => db.AuditEntries.Where(a => a.SubjectType == KioskDevices.SubjectType).Select(a => a.Action).ToListAsync());
        Assert.Equal(new[] { KioskDevices.Created, KioskDevices.Enrolled }.Order(), actions.Order());
    }

    [SkippableFact]
    public async Task Enrolment_ExpiredLink_IsRefused()
    {
        SkipWithoutDatabase();
        var link = await CreateKioskAsync(await AdministratorAsync(), "Hol, ul. Parkowa 1");
        await Factory.WithDbAsync(db => db.Kiosks.ExecuteUpdateAsync(s => s.SetProperty(k => k.EnrolmentExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        var device = Factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.NotFound, (await device.GetAsync(link)).StatusCode);
        var post = await device.PostAsync(link, new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.SeeOther, post.StatusCode);
        Assert.Null(await Factory.WithDbAsync(db => db.Kiosks.Select(k => k.DeviceSecretHash).SingleAsync()));
    }

    [SkippableFact]
    public async Task KioskAnswers_StepByStep_AreStoredWithTheKioskChannelAndItsId()
    {
        SkipWithoutDatabase();
        var device = await EnrolAsync(await CreateKioskAsync(await AdministratorAsync(), "Hol parter, Ratusz"));

        // Question 1 answered, then Next: question 2 is shown and the first answer travels in a hidden field.
        var first = await StaffAccounts.PostFormAsync(device, "/kiosk", "main form[method=post]",
            [new("q.plec", "kobieta"), new(SurveyFormView.MoveField, SurveyFormView.Next)]);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await Html.ParseAsync(first);
        Assert.Equal("Pytanie 2 z 11", second.QuerySelector(".kiosk-progress")?.TextContent);
        Assert.Equal("kobieta", second.QuerySelector<IHtmlInputElement>("input[type=hidden][name='q.plec']")?.Value);
        Assert.NotNull(second.QuerySelector("input[type=radio][name='q.wiek']"));
        Assert.Null(second.QuerySelector("input[type=radio][name='q.plec']"));
        // Back: question 1 again, still chosen.
        var backFields = Html.HiddenFields(second, "main form[method=post]");
        backFields[SurveyFormView.MoveField] = SurveyFormView.Back;
        var back = await Html.ParseAsync(await device.PostAsync("/kiosk", new FormUrlEncodedContent(backFields)));
        Assert.True(Html.IsChecked(back, "q.plec", "kobieta"));

        var sent = await SendAllAsync(device, SurveyForm.FullAnswers());

        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.Equal("/kiosk/dziekujemy", sent.Headers.Location?.OriginalString);
        var stored = Assert.Single(await StoredAsync());
        var kioskId = await Factory.WithDbAsync(db => db.Kiosks.Select(k => k.Id).SingleAsync());
        Assert.Equal(Channel.Kiosk, stored.Channel);
        Assert.Equal(kioskId, stored.KioskId);
        Assert.Equal(SurveyForm.FullAnswersEncoded, stored.Choices);
    }

    [SkippableFact]
    public async Task Kiosk_InUkrainian_OffersTheLanguagesFirst_StoresTheSameCodes_AndTheNextPersonStartsInPolish()
    {
        SkipWithoutDatabase();
        var device = await EnrolAsync(await CreateKioskAsync(await AdministratorAsync(), "Hol parter, Ratusz"));

        var start = await Html.ParseAsync(await device.GetAsync("/kiosk"));
        var choices = start.QuerySelectorAll("nav.kiosk-languages a").ToList();
        Assert.Equal(["/kiosk", "/uk/kiosk", "/en/kiosk"], choices.Select(a => a.GetAttribute("href")));
        Assert.Equal(["pl", "uk", "en"], choices.Select(a => a.GetAttribute("lang")));

        var uk = await Html.ParseAsync(await device.GetAsync("/uk/kiosk"));
        Assert.Equal("uk", uk.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain("Ankieta", uk.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        // The idle reset and "Zacznij od nowa" return to the Polish start, where the next person chooses.
        Assert.EndsWith("url=/kiosk", uk.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal("/kiosk", uk.QuerySelector("a.kiosk-restart")!.GetAttribute("href"));

        var first = await StaffAccounts.PostFormAsync(device, "/uk/kiosk", "main form[method=post]",
            [new("q.plec", "kobieta"), new(SurveyFormView.MoveField, SurveyFormView.Next)]);
        var second = await Html.ParseAsync(first);
        Assert.Equal("uk", second.DocumentElement.GetAttribute("lang"));
        var fields = Html.HiddenFields(second, "main form[method=post]");
        var count = int.Parse(second.QuerySelector(".kiosk-progress")!.TextContent.Split(' ')[^1], CultureInfo.InvariantCulture);
        fields[SurveyFormView.StepField] = (count - 1).ToString(CultureInfo.InvariantCulture);
        var sent = await device.PostAsync("/uk/kiosk", new FormUrlEncodedContent(fields.Append(new(SurveyFormView.MoveField, SurveyFormView.Send)).ToList()));

        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.Equal("/uk/kiosk/dziekujemy", sent.Headers.Location?.OriginalString);
        var thanks = await Html.ParseAsync(await device.GetAsync("/uk/kiosk/dziekujemy"));
        Assert.Equal("uk", thanks.DocumentElement.GetAttribute("lang"));
        Assert.EndsWith("url=/kiosk", thanks.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"), StringComparison.Ordinal);
        var stored = Assert.Single(await StoredAsync());
        Assert.Equal(Channel.Kiosk, stored.Channel);
        Assert.Equal("plec=kobieta", stored.Choices);
    }

    [SkippableFact]
    public async Task KioskStep_WithAnInvalidAnswer_StaysOnItsQuestion_AndSendingGoesBackToIt()
    {
        SkipWithoutDatabase();
        var device = await EnrolAsync(await CreateKioskAsync(await AdministratorAsync(), "Hol parter, Ratusz"));

        // Question 5 with "inna" and no text: the last screen's send returns to question 5 with its message.
        var answers = SurveyForm.FullAnswers().Where(a => a.Key != "t.sprawa").ToList();
        var response = await SendAllAsync(device, answers);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Pytanie 5 z 11", page.QuerySelector(".kiosk-progress")?.TextContent);
        Assert.Contains("Wpisz, jakiej innej sprawy", page.QuerySelector(".error-summary")?.TextContent);
        Assert.Empty(await StoredAsync());
    }

    [SkippableFact]
    public async Task KioskClearAnswer_TakesOutThatAnswerOnly()
    {
        SkipWithoutDatabase();
        var device = await EnrolAsync(await CreateKioskAsync(await AdministratorAsync(), "Hol parter, Ratusz"));
        var page = await Html.ParseAsync(await device.GetAsync("/kiosk"));
        var fields = Html.HiddenFields(page, "main form[method=post]").ToList();
        fields.AddRange([new("q.plec", "kobieta"), new("q.wiek", "26-35"), new(SurveyRespond.ClearField, "q.plec")]);

        var cleared = await Html.ParseAsync(await device.PostAsync("/kiosk", new FormUrlEncodedContent(fields)));

        Assert.False(Html.IsChecked(cleared, "q.plec", "kobieta"));
        Assert.NotNull(cleared.QuerySelector(".cleared-note"));
        Assert.Equal("26-35", cleared.QuerySelector<IHtmlInputElement>("input[type=hidden][name='q.wiek']")?.Value);
        Assert.Equal("Pytanie 1 z 11", cleared.QuerySelector(".kiosk-progress")?.TextContent);
    }

    [SkippableFact]
    public async Task UnregisteredBrowser_GetsNoKioskForm_AndItsPostsStoreNothing()
    {
        SkipWithoutDatabase();
        await CreateKioskAsync(await AdministratorAsync(), "Hol parter, Ratusz");
        var stranger = Factory.CreateBrowserLikeClient();

        var get = await stranger.GetAsync("/kiosk");
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        var page = await Html.ParseAsync(get);
        Assert.Null(page.QuerySelector("form"));
        Assert.Empty(page.QuerySelectorAll("a[href]"));
        // A valid antiforgery pair from the web survey and a made-up device cookie: still no kiosk.
        var survey = await Html.ParseAsync(await stranger.GetAsync("/ankieta"));
        var fields = Html.HiddenFields(survey, "main form[method=post]").Concat(SurveyForm.FullAnswers())
            .Append(new(SurveyFormView.StepField, "10")).Append(new(SurveyFormView.MoveField, SurveyFormView.Send)).ToList();
        var post = await stranger.PostAsync("/kiosk", new FormUrlEncodedContent(fields));
        var forged = new HttpRequestMessage(HttpMethod.Post, "/kiosk") { Content = new FormUrlEncodedContent(fields) };
        forged.Headers.Add("Cookie", KioskDevices.CookieName + "=zmyslony-sekret");
        var forgedResponse = await stranger.SendAsync(forged);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forgedResponse.StatusCode);
        Assert.DoesNotContain(await StoredAsync(), r => r.Channel == Channel.Kiosk);
    }

    [SkippableFact]
    public async Task Revoking_EndsTheKioskAtOnce()
    {
        SkipWithoutDatabase();
        var admin = await AdministratorAsync();
        var device = await EnrolAsync(await CreateKioskAsync(admin, "Hol parter, Ratusz"));
        var open = await Html.ParseAsync(await device.GetAsync("/kiosk"));
        var fields = Html.HiddenFields(open, "main form[method=post]").Concat(SurveyForm.FullAnswers())
            .Append(new(SurveyFormView.StepField, "10")).Append(new(SurveyFormView.MoveField, SurveyFormView.Send)).ToList();

        var revoked = await StaffAccounts.PostFormAsync(admin, "/personel/kioski", "main form[action*='handler=Revoke']", []);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Contains("wycofany", (await Html.ParseAsync(revoked)).QuerySelector("table.data tbody")?.TextContent);

        // The screen opened before the revocation cannot send any more, and the start says the device is no kiosk.
        Assert.Equal(HttpStatusCode.Forbidden, (await device.PostAsync("/kiosk", new FormUrlEncodedContent(fields))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await device.GetAsync("/kiosk")).StatusCode);
        Assert.Empty(await StoredAsync());
        Assert.Contains(KioskDevices.Revoked, await Factory.WithDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync()));
    }

    [SkippableFact]
    public async Task RateLimit_CountsPerKiosk_NotPerAddress()
    {
        SkipWithoutDatabase();
        var admin = await AdministratorAsync();
        var hall = await EnrolAsync(await CreateKioskAsync(admin, "Hol parter, Ratusz"));
        var upstairs = await EnrolAsync(await CreateKioskAsync(admin, "Korytarz, I piętro"));

        // Every client here speaks from the same loopback address, whose web limit is 1.
        var hallAnswers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) hallAnswers.Add((await SendAllAsync(hall, [new("q.plec", "kobieta")])).StatusCode);
        var upstairsAnswer = await SendAllAsync(upstairs, [new("q.plec", "mezczyzna")]);
        var web = await (await SurveyForm.OpenAsync(Factory.CreateBrowserLikeClient())).PostAsync([new("q.plec", "kobieta")]);

        Assert.Equal([HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.TooManyRequests], hallAnswers);
        Assert.Equal(HttpStatusCode.SeeOther, upstairsAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, web.StatusCode);
        var stored = await StoredAsync();
        Assert.Equal(4, stored.Count(r => r.Channel == Channel.Kiosk));
        Assert.Single(stored, r => r.Channel == Channel.Online);
    }

    [SkippableFact]
    public async Task KioskAnswer_IsCountedOnTheStaffHomeAndTheAnalysisDashboard()
    {
        SkipWithoutDatabase();
        var admin = await AdministratorAsync();
        var device = await EnrolAsync(await CreateKioskAsync(admin, "Hol parter, Ratusz"));
        Assert.Equal(HttpStatusCode.SeeOther, (await SendAllAsync(device, SurveyForm.FullAnswers())).StatusCode);

        var home = await Html.ParseAsync(await admin.GetAsync("/personel"));
        var headers = home.QuerySelectorAll("table.data thead th").Select(c => c.TextContent.Trim()).ToList();
        var totals = home.QuerySelectorAll("table.data tfoot td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("1", totals[headers.IndexOf("kiosk w urzędzie") - 1]);
        // The dashboard opens on the last complete half-year; the answer is in the current one.
        var today = GlosKlienta.Tests.Shared.OfficeDate.Today();
        var dashboard = await Html.ParseAsync(await admin.GetAsync($"/personel/analiza?okres={today.Year}H{(today.Month <= 6 ? 1 : 2)}"));
        var kioskRow = dashboard.QuerySelectorAll("#liczby tbody tr").Single(r => r.QuerySelector("th")?.TextContent == "kiosk w urzędzie");
        Assert.Equal("1", kioskRow.QuerySelector("td")?.TextContent.Trim());
        var list = await Html.ParseAsync(await admin.GetAsync("/personel/kioski"));
        Assert.Equal("1", list.QuerySelector("table.data tbody td.num")?.TextContent.Trim());
    }
}

public sealed class KioskSqliteTests() : KioskTests(DatabaseKind.Sqlite);

public sealed class KioskPostgresTests() : KioskTests(DatabaseKind.Postgres);
