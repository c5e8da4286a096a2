namespace GlosKlienta.Web.Tests.SurveyVersions;

/// <summary>
/// Procedure row 7 over HTTP: the Pełnomocnik ds. SZJ drafts a version of F1, the Z-ca Burmistrza
/// approves or returns it; only an approved version reaches the public page, from its date.
/// The same tests run on SQLite and on PostgreSQL (the two subclasses at the end of the file).
/// </summary>
public abstract class SurveyVersionTests(DatabaseKind kind) : VersionsAppTest(kind, empty: true)
{
    private const string NewTitle = "Ankieta zadowolenia klienta 2027";

    private Task<HttpClient> DesignerAsync(string email = "pelnomocnik@lesko.pl") => App.SignInAsync(email, Roles.PelnomocnikSzj);

    private Task<HttpClient> ApproverAsync(string email = "zastepca@lesko.pl") => App.SignInAsync(email, Roles.ZastepcaBurmistrza);

    private static void Retitle(FormFields f) => f.Set("Title", NewTitle).Set("o.plec.kobieta", "kobieta (K)");

    private Task<List<AuditEntry>> AuditAsync(int id) =>
        App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.SubjectType == "SurveyVersion" && e.SubjectId == id.ToString()).OrderBy(e => e.Id).ToListAsync());

    [SkippableFact]
    public async Task Draft_IsNeverShownToThePublic_AndAPostNamingItIsStoredAgainstTheLiveVersion()
    {
        var designer = await DesignerAsync();
        var id = await VersionsApp.CreateDraftAsync(designer);
        Assert.Equal(HttpStatusCode.Redirect, (await VersionsApp.EditAsync(designer, id, Retitle)).StatusCode);
        var v1 = await App.FirstVersionIdAsync();

        var citizen = App.Anonymous();
        var page = await VersionsApp.PublicSurveyAsync(citizen);
        Assert.Equal("Ankieta do badania zadowolenia klienta", Texts.Of(page.QuerySelector("h1")));
        Assert.DoesNotContain("kobieta (K)", page.Body!.TextContent);
        // A form tampered to name the draft is answered against the live version: drafts are never accepted.
        var form = await SurveyForm.OpenAsync(citizen);
        form.Hidden["wersja"] = id.ToString();
        var sent = await form.PostAsync([new("q.plec", "kobieta")]);

        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.Equal(v1, await App.WithDbAsync(db => db.SurveyResponses.Select(r => r.SurveyVersionId).SingleAsync()));
        // The draft itself is where the designer left it, with the edit saved.
        var draft = await App.VersionAsync(id);
        Assert.Equal(SurveyVersionStatus.Draft, draft.Status);
        Assert.Null(draft.LiveFrom);
        Assert.Equal(NewTitle, SurveyDefinition.FromJson(draft.Definition).Title);
    }

    [SkippableFact]
    public async Task Preview_RendersTheDraftWithThePublicMarkup_AndPostsNowhere()
    {
        var designer = await DesignerAsync();
        var id = await VersionsApp.CreateDraftAsync(designer);
        await VersionsApp.EditAsync(designer, id, Retitle);

        var details = (await Page.OpenAsync(designer, $"/personel/ankiety/{id}")).Document;
        var publicPage = await VersionsApp.PublicSurveyAsync(App.Anonymous());

        var preview = details.QuerySelector<IHtmlFormElement>("section.preview form.survey")!;
        Assert.NotNull(preview);
        Assert.Null(preview.GetAttribute("method"));
        Assert.Null(preview.GetAttribute("action"));
        Assert.Empty(preview.QuerySelectorAll("input[type=hidden]"));
        Assert.True(preview.QuerySelector<IHtmlButtonElement>("button[type=submit]")!.IsDisabled);
        Assert.Contains("Podgląd — odpowiedzi nie są zapisywane", preview.TextContent);
        Assert.Equal(NewTitle, Texts.Of(details.QuerySelector(".preview-survey-title")));
        Assert.Contains(preview.QuerySelectorAll("label"), l => l.TextContent == "kobieta (K)");
        // Same questions, same controls, same ids and names as the public form: one partial renders both.
        var publicForm = publicPage.QuerySelector<IHtmlFormElement>("form.survey")!;
        static List<string> Controls(IHtmlFormElement f) => f.QuerySelectorAll("fieldset, legend, input:not([type=hidden]), textarea, label")
            .Where(e => e.Id != "adres_strony" && e.GetAttribute("for") != "adres_strony")
            .Select(e => $"{e.LocalName}#{e.Id}[{e.GetAttribute("name")}={e.GetAttribute("value")}]({e.GetAttribute("aria-describedby")})").ToList();
        Assert.Equal(Controls(publicForm), Controls(preview));

        var fullPage = (await Page.OpenAsync(designer, $"/personel/ankiety/{id}/podglad")).Document;
        Assert.Equal(NewTitle, Texts.Of(fullPage.QuerySelector("main h1")));
        Assert.Empty(fullPage.QuerySelectorAll("main form.survey[method]"));
    }

    [SkippableFact]
    public async Task Approval_FromToday_SwitchesThePublicPage_AndEachResponseKeepsItsVersion()
    {
        var citizen = App.Anonymous();
        var before = await SurveyForm.OpenAsync(citizen);
        Assert.Equal(HttpStatusCode.SeeOther, (await before.PostAsync([new("q.plec", "kobieta")])).StatusCode);
        var openedBefore = await SurveyForm.OpenAsync(citizen);
        var designer = await DesignerAsync();
        var id = await VersionsApp.DraftAwaitingApprovalAsync(designer, Retitle);
        var approver = await ApproverAsync();
        var approverId = await App.WithDbAsync(db => db.Users.Where(u => u.Email == "zastepca@lesko.pl").Select(u => u.Id).SingleAsync());

        var approved = await VersionsApp.ApproveAsync(approver, id, App.Today);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var version = await App.VersionAsync(id);
        Assert.Equal(SurveyVersionStatus.Approved, version.Status);
        Assert.Equal(App.Today, version.LiveFrom);
        Assert.Equal("Osoba zastepca", version.ApprovedBy);
        Assert.Equal(approverId, version.ApprovedById);
        Assert.Equal(App.Clock.GetUtcNow(), version.ApprovedAt);
        Assert.Equal("[]", version.Incomparable);

        var page = await VersionsApp.PublicSurveyAsync(citizen);
        Assert.Equal(NewTitle, Texts.Of(page.QuerySelector("h1")));
        Assert.Equal(id.ToString(), Html.HiddenFields(page)["wersja"]);
        // A form opened before the switch is still stored against the version the person saw.
        Assert.Equal(HttpStatusCode.SeeOther, (await openedBefore.PostAsync([new("q.plec", "mezczyzna")])).StatusCode);
        var after = await SurveyForm.OpenAsync(citizen);
        Assert.Equal(HttpStatusCode.SeeOther, (await after.PostAsync([new("q.plec", "kobieta")])).StatusCode);

        var v1 = await App.FirstVersionIdAsync();
        var stored = await App.WithDbAsync(db => db.SurveyResponses.OrderBy(r => r.Id).Select(r => r.SurveyVersionId).ToListAsync());
        Assert.Equal([v1, v1, id], stored);
        // The version that was live stays readable, marked as replaced, with its responses counted.
        var old = (await Page.OpenAsync(approver, $"/personel/ankiety/{v1}")).Document;
        Assert.Contains("archiwalna", Texts.Of(old.QuerySelector(".status-line")));
        var list = (await Page.OpenAsync(approver, "/personel/ankiety")).Document;
        var liveRow = list.QuerySelector("tr.live")!;
        Assert.Contains("Wersja 2", liveRow.TextContent);
        Assert.Contains("Osoba pelnomocnik", liveRow.TextContent);
        Assert.Contains("Osoba zastepca", liveRow.TextContent);
    }

    [SkippableFact]
    public async Task Approval_FromALaterDate_SwitchesThePublicPageOnlyOnThatDay()
    {
        var designer = await DesignerAsync();
        var id = await VersionsApp.DraftAwaitingApprovalAsync(designer, Retitle);
        var approver = await ApproverAsync();
        var day = App.Today.AddDays(3);

        Assert.Equal(HttpStatusCode.Redirect, (await VersionsApp.ApproveAsync(approver, id, day)).StatusCode);

        var citizen = App.Anonymous();
        Assert.Equal("Ankieta do badania zadowolenia klienta", Texts.Of((await VersionsApp.PublicSurveyAsync(citizen)).QuerySelector("h1")));
        var scheduled = (await Page.OpenAsync(approver, $"/personel/ankiety/{id}")).Document;
        Assert.Contains("zacznie obowiązywać", Texts.Of(scheduled.QuerySelector(".status-line")));

        App.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal("Ankieta do badania zadowolenia klienta", Texts.Of((await VersionsApp.PublicSurveyAsync(citizen)).QuerySelector("h1")));
        App.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(NewTitle, Texts.Of((await VersionsApp.PublicSurveyAsync(citizen)).QuerySelector("h1")));
    }

    [SkippableFact]
    public async Task Approval_WithAPastOrMissingDate_IsRefusedWithTheDateKept()
    {
        var id = await VersionsApp.DraftAwaitingApprovalAsync(await DesignerAsync(), Retitle);
        var approver = await ApproverAsync();

        var response = await VersionsApp.ApproveAsync(approver, id, App.Today.AddDays(-1));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.StartsWith("Błąd:", page.Title);
        Assert.Contains("nie może być wcześniejsza niż dzisiaj", Texts.Of(page.QuerySelector(".error-summary")));
        Assert.Equal(App.Today.AddDays(-1).ToString("yyyy-MM-dd"), page.QuerySelector<IHtmlInputElement>("input[name=LiveFrom]")!.Value);
        Assert.Equal("true", page.QuerySelector("input[name=LiveFrom]")!.GetAttribute("aria-invalid"));
        var missing = await (await Page.OpenAsync(approver, $"/personel/ankiety/{id}")).SubmitAsync("form[action*='handler=Approve']", f => f.Set("LiveFrom", ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Equal(SurveyVersionStatus.AwaitingApproval, (await App.VersionAsync(id)).Status);
    }

    [SkippableFact]
    public async Task RemovedOption_IsStoredAsIncomparable_AndAddedOptionGetsACodeFromItsText()
    {
        var designer = await DesignerAsync();
        var id = await VersionsApp.DraftAwaitingApprovalAsync(designer, f => f
            .Check("retire-o.komorka", "obrona-cywilna")
            .Set("new-o.komorka", "Straż Miejska"));
        var approver = await ApproverAsync();

        var details = (await Page.OpenAsync(approver, $"/personel/ankiety/{id}")).Document;
        var incomparable = details.QuerySelectorAll("ul.incomparable li").Select(li => li.TextContent).ToList();
        Assert.Contains("Pytanie 4: wycofano odpowiedź „Obrona Cywilna”.", incomparable);
        Assert.Contains("Pytanie 4: dodano odpowiedź „Straż Miejska”.", incomparable);

        await VersionsApp.ApproveAsync(approver, id, App.Today);

        var stored = SurveyComparison.FromJson((await App.VersionAsync(id)).Incomparable);
        Assert.Contains(stored, d => d is { QuestionCode: "komorka", Code: "obrona-cywilna", Kind: DifferenceKind.OptionRemoved });
        Assert.Contains(stored, d => d is { QuestionCode: "komorka", Code: "straz-miejska", Kind: DifferenceKind.OptionAdded });
        Assert.Equal(2, stored.Count);
        var page = await VersionsApp.PublicSurveyAsync(App.Anonymous());
        Assert.NotNull(page.QuerySelector("#q-komorka-straz-miejska"));
        Assert.Null(page.QuerySelector("#q-komorka-obrona-cywilna"));
    }

    [SkippableFact]
    public async Task Return_NeedsAComment_AndSendsTheVersionBackToEditable()
    {
        var designer = await DesignerAsync();
        var id = await VersionsApp.DraftAwaitingApprovalAsync(designer, Retitle);
        var approver = await ApproverAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await designer.GetAsync($"/personel/ankiety/{id}/edycja")).StatusCode);

        var empty = await VersionsApp.ReturnAsync(approver, id, "   ");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Wpisz uwagi", Texts.Of((await Html.ParseAsync(empty)).QuerySelector(".error-summary")));
        Assert.Equal(SurveyVersionStatus.AwaitingApproval, (await App.VersionAsync(id)).Status);

        var returned = await VersionsApp.ReturnAsync(approver, id, "Proszę przywrócić dawną odpowiedź „kobieta”.");

        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var version = await App.VersionAsync(id);
        Assert.Equal(SurveyVersionStatus.Returned, version.Status);
        Assert.Equal("Proszę przywrócić dawną odpowiedź „kobieta”.", version.ReturnComment);
        Assert.Equal(App.Clock.GetUtcNow(), version.ReturnedAt);
        var edit = await Page.OpenAsync(designer, $"/personel/ankiety/{id}/edycja");
        Assert.Contains("Proszę przywrócić dawną odpowiedź", Texts.Of(edit.Document.QuerySelector(".card.returned")));
        // Issue 15: the long editor has a table of contents to every question, and "save" at the end of each one.
        var questions = edit.Document.QuerySelectorAll("form.edit-survey fieldset.edit-question[id^='pytanie-']").Select(f => f.Id).ToList();
        Assert.True(questions.Count >= 10);
        Assert.Equal(questions.Select(q => "#" + q), edit.Document.QuerySelectorAll("nav.toc a[href^='#pytanie-']").Select(a => a.GetAttribute("href")));
        Assert.Equal(questions.Count, edit.Document.QuerySelectorAll("form.edit-survey fieldset.edit-question[id^='pytanie-'] > .edit-save button[type=submit]").Length);
        Assert.Equal(HttpStatusCode.Redirect, (await edit.SubmitAsync("form.edit-survey", f => f.Set("o.plec.kobieta", "kobieta"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await VersionsApp.SubmitForApprovalAsync(designer, id)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await VersionsApp.ApproveAsync(approver, id, App.Today)).StatusCode);

        var actions = (await AuditAsync(id)).Select(e => e.Action).ToList();
        Assert.Equal(
            ["survey-version.created", "survey-version.edited", "survey-version.submitted", "survey-version.returned",
             "survey-version.edited", "survey-version.submitted", "survey-version.approved"],
            actions);
        var history = (await Page.OpenAsync(designer, $"/personel/ankiety/{id}")).Document.QuerySelectorAll("ol.history li").Select(li => li.TextContent).ToList();
        Assert.Equal(7, history.Count);
        Assert.Contains("Proszę przywrócić dawną odpowiedź", history[3]);
    }

    [SkippableFact]
    public async Task EveryTransition_IsAuditedWithItsActor()
    {
        var designer = await DesignerAsync();
        var id = await VersionsApp.DraftAwaitingApprovalAsync(designer, Retitle);
        await VersionsApp.ApproveAsync(await ApproverAsync(), id, App.Today);

        var entries = await AuditAsync(id);

        Assert.Equal(["survey-version.created", "survey-version.edited", "survey-version.submitted", "survey-version.approved"], entries.Select(e => e.Action));
        Assert.All(entries.Take(3), e => Assert.Equal("pelnomocnik@lesko.pl", e.Actor));
        Assert.Equal("zastepca@lesko.pl", entries[3].Actor);
        Assert.All(entries, e => Assert.NotNull(e.ActorId));
        Assert.Contains("\"liveFrom\":\"" + App.Today.ToString("yyyy-MM-dd") + "\"", entries[3].Details);
        Assert.Contains("\"kind\":\"WordingChanged\"", entries[1].Details);
    }

    [SkippableFact]
    public async Task Edit_WithProblems_SavesNothingAndKeepsEverythingTyped()
    {
        var designer = await DesignerAsync();
        var id = await VersionsApp.CreateDraftAsync(designer);
        var before = (await App.VersionAsync(id)).Definition;

        var response = await VersionsApp.EditAsync(designer, id, f => f
            .Set("Title", NewTitle)
            .Set("q.wiek.text", "")
            .Check("retire-o.plec", "kobieta")
            .Check("retire-o.plec", "mezczyzna")
            .Set("new-o.sprawa", "wydania zaświadczenia"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.StartsWith("Błąd:", page.Title);
        var summary = page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Pytanie 1 musi mieć co najmniej dwie odpowiedzi. Nie wycofuj wszystkich albo dodaj nowe.", summary);
        Assert.Contains("Wpisz treść pytania 2.", summary);
        Assert.Contains(summary, s => s.StartsWith("Pytanie 5: dwie odpowiedzi brzmią tak samo", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#f_q_wiek_text']"));
        Assert.Equal("true", page.QuerySelector("#f_q_wiek_text")!.GetAttribute("aria-invalid"));
        Assert.Equal(NewTitle, Html.TextValue(page, "Title"));
        Assert.Equal("", Html.TextValue(page, "q.wiek.text"));
        Assert.True(Html.IsChecked(page, "retire-o.plec", "kobieta"));
        Assert.True(Html.IsChecked(page, "retire-o.plec", "mezczyzna"));
        Assert.Equal("wydania zaświadczenia", Html.TextValue(page, "new-o.sprawa"));
        Assert.Equal(before, (await App.VersionAsync(id)).Definition);
        Assert.DoesNotContain(await AuditAsync(id), e => e.Action == "survey-version.edited");
    }

    [SkippableFact]
    public async Task NewDraft_CanRefreshTheUnitQuestionFromTheActiveUnits()
    {
        await App.WithDbAsync(async db =>
        {
            (await db.OrganisationalUnits.SingleAsync(u => u.Code == "obrona-cywilna")).IsActive = false;
            (await db.OrganisationalUnits.SingleAsync(u => u.Code == "usc")).Name = "Urząd Stanu Cywilnego";
            db.OrganisationalUnits.Add(new OrganisationalUnit { Code = "straz-miejska", Name = "Straż Miejska", SortOrder = 10 });
            return await db.SaveChangesAsync();
        });
        var designer = await DesignerAsync();
        var form = (await Page.OpenAsync(designer, "/personel/ankiety/nowa")).Document;
        Assert.Contains("różni się od aktualnej", form.QuerySelector("main")!.TextContent);

        var id = await VersionsApp.CreateDraftAsync(designer, refreshUnits: true);

        var komorka = SurveyDefinition.FromJson((await App.VersionAsync(id)).Definition).Find("komorka")!;
        Assert.Equal(9, komorka.Options.Count);
        Assert.DoesNotContain(komorka.Options, o => o.Code == "obrona-cywilna");
        Assert.Equal("Urząd Stanu Cywilnego", komorka.Options.Single(o => o.Code == "usc").Text);
        Assert.Equal("straz-miejska", komorka.Options[^1].Code);
        var draft = await App.VersionAsync(id);
        Assert.Equal(await App.FirstVersionIdAsync(), draft.BasedOnVersionId);
        Assert.Equal(2, draft.Number);
        Assert.Equal("Osoba pelnomocnik", draft.CreatedBy);
    }

    [SkippableFact]
    public async Task ApprovedVersion_CannotBeEditedOrSubmittedByAnyone()
    {
        var designer = await DesignerAsync();
        var v1 = await App.FirstVersionIdAsync();
        var before = (await App.VersionAsync(v1)).Definition;

        Assert.Equal(HttpStatusCode.Conflict, (await designer.GetAsync($"/personel/ankiety/{v1}/edycja")).StatusCode);
        var token = Html.HiddenFields((await Page.OpenAsync(designer, $"/personel/ankiety/{v1}")).Document);
        var posted = await designer.PostAsync($"/personel/ankiety/{v1}/edycja", new FormUrlEncodedContent([.. token, new("Title", "Zmieniony")]));
        var submitted = await designer.PostAsync($"/personel/ankiety/{v1}?handler=Submit", new FormUrlEncodedContent(token));

        Assert.Equal(HttpStatusCode.Conflict, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, submitted.StatusCode);
        var after = await App.VersionAsync(v1);
        Assert.Equal(before, after.Definition);
        Assert.Equal(SurveyVersionStatus.Approved, after.Status);
    }

    [SkippableFact]
    public async Task PelnomocnikSzj_CannotApproveOrReturn()
    {
        var designer = await DesignerAsync();
        var id = await VersionsApp.DraftAwaitingApprovalAsync(designer, Retitle);
        var page = (await Page.OpenAsync(designer, $"/personel/ankiety/{id}")).Document;
        Assert.Empty(page.QuerySelectorAll("form[action*='handler=Approve'], form[action*='handler=Return']"));
        var token = Html.HiddenFields(page);

        var approve = await designer.PostAsync($"/personel/ankiety/{id}?handler=Approve", new FormUrlEncodedContent([.. token, new("LiveFrom", App.Today.ToString("yyyy-MM-dd"))]));
        var giveBack = await designer.PostAsync($"/personel/ankiety/{id}?handler=Return", new FormUrlEncodedContent([.. token, new("Comment", "sam sobie")]));

        foreach (var response in new[] { approve, giveBack })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/konto/brak-dostepu", response.Headers.Location?.ToString());
        }
        Assert.Equal(SurveyVersionStatus.AwaitingApproval, (await App.VersionAsync(id)).Status);
    }

    [SkippableFact]
    public async Task ZastepcaBurmistrza_CannotCreateEditOrSubmitADraft()
    {
        var designer = await DesignerAsync();
        var id = await VersionsApp.CreateDraftAsync(designer);
        var approver = await ApproverAsync();
        var token = Html.HiddenFields((await Page.OpenAsync(approver, $"/personel/ankiety/{id}")).Document);

        var responses = new[]
        {
            await approver.GetAsync("/personel/ankiety/nowa"),
            await approver.GetAsync($"/personel/ankiety/{id}/edycja"),
            await approver.PostAsync($"/personel/ankiety/{id}/edycja", new FormUrlEncodedContent([.. token, new("Title", "Zmieniony")])),
            await approver.PostAsync($"/personel/ankiety/{id}?handler=Submit", new FormUrlEncodedContent(token)),
        };

        Assert.All(responses, r =>
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("http://localhost/konto/brak-dostepu", r.Headers.Location?.ToString());
        });
        var draft = await App.VersionAsync(id);
        Assert.Equal(SurveyVersionStatus.Draft, draft.Status);
        Assert.NotEqual("Zmieniony", SurveyDefinition.FromJson(draft.Definition).Title);
    }

    [SkippableFact]
    public async Task Pracownik_CannotSeeTheVersions()
    {
        var clerk = await App.SignInAsync("pracownik@lesko.pl", Roles.Pracownik);
        var v1 = await App.FirstVersionIdAsync();

        foreach (var url in new[] { "/personel/ankiety", $"/personel/ankiety/{v1}", $"/personel/ankiety/{v1}/podglad", "/personel/ankiety/porownanie" })
        {
            var response = await clerk.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/konto/brak-dostepu", response.Headers.Location?.ToString());
        }
    }

    [SkippableFact]
    public async Task Approver_WhoWorkedOnTheDraft_CannotDecideOnIt()
    {
        var both = await App.SignInAsync("oba@lesko.pl", Roles.PelnomocnikSzj, Roles.ZastepcaBurmistrza);
        var id = await VersionsApp.DraftAwaitingApprovalAsync(both, Retitle);

        var page = (await Page.OpenAsync(both, $"/personel/ankiety/{id}")).Document;
        Assert.Empty(page.QuerySelectorAll("form[action*='handler=Approve']"));
        Assert.Contains("musi podjąć inna osoba", page.QuerySelector("main")!.TextContent);
        var token = Html.HiddenFields(page);
        var approve = await both.PostAsync($"/personel/ankiety/{id}?handler=Approve", new FormUrlEncodedContent([.. token, new("LiveFrom", App.Today.ToString("yyyy-MM-dd"))]));

        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal(SurveyVersionStatus.AwaitingApproval, (await App.VersionAsync(id)).Status);
        // Another Z-ca Burmistrza may.
        Assert.Equal(HttpStatusCode.Redirect, (await VersionsApp.ApproveAsync(await ApproverAsync(), id, App.Today)).StatusCode);
    }

    [SkippableFact]
    public async Task Translations_AreApprovedWithTheVersion_AndAnIncompleteLanguageIsShownInPolish()
    {
        var designer = await DesignerAsync();
        var approver = await ApproverAsync();
        var id = await VersionsApp.CreateDraftAsync(designer);
        Assert.Equal(HttpStatusCode.Redirect, (await VersionsApp.EditAsync(designer, id, Retitle)).StatusCode);

        // The edit changed two Polish texts: their translations went with them.
        var details = (await Page.OpenAsync(designer, $"/personel/ankiety/{id}")).Document;
        var languages = Texts.Of(details.QuerySelector("dl"));
        Assert.Contains("ukraiński: brak tłumaczenia 2 z", languages);
        Assert.Contains("angielski: brak tłumaczenia 2 z", languages);

        // Ukrainian is completed; a refused language or version answers as it should.
        var translate = await Page.OpenAsync(designer, $"/personel/ankiety/{id}/tlumaczenie/uk");
        Assert.Contains("Brak tłumaczenia 2 z", Texts.Of(translate.Document.QuerySelector("main")));
        var saved = await translate.SubmitAsync("form.translate", f => f.Set("t.title", "Анкета задоволеності клієнтів 2027").Set("t.plec.option.kobieta", "жінка (Ж)"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync($"/personel/ankiety/{id}/tlumaczenie/de")).StatusCode);
        details = (await Page.OpenAsync(designer, $"/personel/ankiety/{id}")).Document;
        Assert.Contains("ukraiński: pełne tłumaczenie", Texts.Of(details.QuerySelector("dl")));

        Assert.Equal(HttpStatusCode.Redirect, (await VersionsApp.SubmitForApprovalAsync(designer, id)).StatusCode);
        var approval = Texts.Of((await Page.OpenAsync(approver, $"/personel/ankiety/{id}")).Document.QuerySelector("form[action*='handler=Approve']"));
        Assert.Contains("Zatwierdzenie obejmie języki: polski, ukraiński.", approval);
        Assert.Contains("Bez pełnego tłumaczenia (angielski)", approval);
        Assert.Equal(HttpStatusCode.Redirect, (await VersionsApp.ApproveAsync(approver, id, App.Today)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await designer.GetAsync($"/personel/ankiety/{id}/tlumaczenie/uk")).StatusCode);

        var citizen = App.Anonymous();
        var uk = await Html.ParseAsync(await citizen.GetAsync("/uk/ankieta"));
        Assert.Equal("Анкета задоволеності клієнтів 2027", Texts.Of(uk.QuerySelector("h1")));
        Assert.Contains("жінка (Ж)", Texts.Of(uk.QuerySelector("main form")));
        Assert.Null(uk.QuerySelector("p.notice"));
        var en = await Html.ParseAsync(await citizen.GetAsync("/en/ankieta"));
        Assert.Equal(NewTitle, Texts.Of(en.QuerySelector("h1")));
        Assert.Equal("This version of the survey has been approved in Polish only.", Texts.Of(en.QuerySelector("p.notice")));

        var audit = await AuditAsync(id);
        Assert.Contains(audit, e => e.Action == "survey-version.translated" && e.Details!.Contains("\"language\":\"uk\"", StringComparison.Ordinal));
        Assert.Contains("\"languages\":[\"pl\",\"uk\"]", audit.Single(e => e.Action == "survey-version.approved").Details, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task LaterVersion_CannotStartBeforeAnAlreadyScheduledOne()
    {
        var designer = await DesignerAsync();
        var approver = await ApproverAsync();
        var first = await VersionsApp.DraftAwaitingApprovalAsync(designer, Retitle);
        await VersionsApp.ApproveAsync(approver, first, App.Today.AddDays(10));
        var second = await VersionsApp.DraftAwaitingApprovalAsync(designer, f => f.Set("Title", "Jeszcze inna"));

        var response = await VersionsApp.ApproveAsync(approver, second, App.Today.AddDays(5));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Wersja 2 obowiązuje od", Texts.Of((await Html.ParseAsync(response)).QuerySelector(".error-summary")));
    }
}

public sealed class SurveyVersionSqliteTests() : SurveyVersionTests(DatabaseKind.Sqlite);

public sealed class SurveyVersionPostgresTests() : SurveyVersionTests(DatabaseKind.Postgres);
