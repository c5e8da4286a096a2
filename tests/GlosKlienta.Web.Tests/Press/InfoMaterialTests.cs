using GlosKlienta.Web.Features.InfoMaterials;
using GlosKlienta.Web.Tests.SurveyVersions;

namespace GlosKlienta.Web.Tests.Press;

/// <summary>Information materials: the ETR page and the accessibility statement, owners, kept versions and overdue reviews.</summary>
public abstract class InfoMaterialTests(DatabaseKind kind) : PressAppTest(kind, empty: true)
{

    private Task<int> IdOfAsync(string slug) => App.WithDbAsync(db => db.InfoMaterials.Where(m => m.Slug == slug).Select(m => m.Id).SingleAsync());

    [SkippableFact]
    public async Task SeededPages_ArePublic_WithTheirDatesAndRequiredSections()
    {
        var visitor = App.Anonymous();

        var statement = await Html.ParseAsync(await visitor.GetAsync("/informacje/deklaracja-dostepnosci"));
        Assert.Equal("Deklaracja dostępności", Texts.Of(statement.QuerySelector("h1")));
        Assert.Contains("Deklarację sporządzono dnia", Texts.Of(statement.QuerySelector("#a11y-data-sporzadzenie")?.ParentElement));
        Assert.Contains("Deklarację ostatnio poddano przeglądowi i aktualizacji dnia", Texts.Of(statement.QuerySelector("#a11y-data-deklaracja-przeglad")?.ParentElement));
        var headings = statement.QuerySelectorAll("article h2").Select(h => h.TextContent.Trim()).ToList();
        foreach (var required in new[] { "Status pod względem zgodności z ustawą", "Przygotowanie deklaracji dostępności", "Informacje zwrotne i dane kontaktowe", "Procedura wnioskowo-skargowa", "Dostępność architektoniczna", "Aplikacje mobilne" })
            Assert.Contains(required, headings);
        var buildings = statement.QuerySelectorAll("article h3").Select(h => h.TextContent).ToList();
        Assert.Contains(buildings, h => h.Contains("Parkowa 1", StringComparison.Ordinal));
        Assert.Contains(buildings, h => h.Contains("Rynek 21", StringComparison.Ordinal));
        // Made from the office's own data; contacts come from the directory, not from the text.
        var text = Texts.Of(statement.QuerySelector("article"));
        Assert.Contains("Urząd Miasta i Gminy Lesko zobowiązuje się", text);
        Assert.Equal("dostepnosc@lesko.pl", Texts.Of(statement.QuerySelector("#a11y-email")));

        var easy = await Html.ParseAsync(await visitor.GetAsync("/informacje/tekst-latwy-do-czytania"));
        Assert.NotNull(easy.QuerySelector("article.easy-to-read"));
        var easyText = Texts.Of(easy.QuerySelector("article"));
        Assert.Contains("Urząd Miasta i Gminy Lesko, ul. Parkowa 1, 38-600 Lesko.", easyText);
        Assert.Contains("Budynek Ratusz jest przy adresie: ul. Rynek 21, 38-600 Lesko.", easyText);
        Assert.Contains("na stronie www.lesko.pl", easyText);
        Assert.Contains("Ostatni przegląd treści", Texts.Of(easy.QuerySelector("dl.facts")));

        // Linked from the home page and every page's footer.
        var home = await Html.ParseAsync(await visitor.GetAsync("/"));
        Assert.NotNull(home.QuerySelector("main a[href='/informacje/tekst-latwy-do-czytania']"));
        Assert.NotNull(home.QuerySelector("footer a[href='/informacje/deklaracja-dostepnosci']"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/informacje/nie-ma-takiej")).StatusCode);
    }

    /// <summary>The element ids the Ministry's template gives the statement's parts: monitoring reads them.</summary>
    private static readonly string[] TemplateIds =
    [
        "a11y-wstep", "a11y-podmiot", "a11y-url", "a11y-data-publikacja", "a11y-data-aktualizacja", "a11y-status", "a11y-ocena",
        "a11y-data-sporzadzenie", "a11y-data-deklaracja-przeglad", "a11y-kontakt", "a11y-osoba", "a11y-email", "a11y-telefon",
        "a11y-procedura", "a11y-architektura", "a11y-aplikacje",
    ];

    [SkippableFact]
    public async Task Statement_FollowsTheMinistrysTemplate_WithTheSitesDatesAddressAndContact()
    {
        // The first request starts the application, which seeds the statement; forty days later it still says that day.
        Assert.Equal(HttpStatusCode.OK, (await App.Anonymous().GetAsync("/informacje/deklaracja-dostepnosci")).StatusCode);
        var seeded = DateOnly.FromDateTime(App.LocalNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        App.Clock.Advance(TimeSpan.FromDays(40));
        var statement = await Html.ParseAsync(await App.Anonymous().GetAsync("/informacje/deklaracja-dostepnosci"));

        foreach (var id in TemplateIds)
            Assert.True(statement.QuerySelectorAll("#" + id).Length == 1, $"#{id} is not on the statement exactly once");
        Assert.Equal("Urząd Miasta i Gminy Lesko", Texts.Of(statement.QuerySelector("#a11y-podmiot")));
        Assert.NotNull(statement.QuerySelector("#a11y-wstep #a11y-podmiot"));
        Assert.NotNull(statement.QuerySelector("#a11y-wstep a#a11y-url"));
        // No public address is set: the address the statement is read at.
        Assert.Equal("http://localhost", statement.QuerySelector("#a11y-url")!.GetAttribute("href"));
        // Dates as the template writes them, in the text and in datetime: the site went public at its first start.
        foreach (var id in new[] { "a11y-data-publikacja", "a11y-data-aktualizacja", "a11y-data-sporzadzenie", "a11y-data-deklaracja-przeglad" })
        {
            var time = statement.QuerySelector("#" + id)!;
            Assert.Equal("TIME", time.TagName);
            Assert.Equal(seeded, time.GetAttribute("datetime"));
            Assert.Equal(seeded, Texts.Of(time));
        }
        Assert.Equal("H2", statement.QuerySelector("#a11y-kontakt")!.TagName);
        Assert.Equal("H2", statement.QuerySelector("#a11y-procedura")!.TagName);
        Assert.Equal("H2", statement.QuerySelector("#a11y-architektura")!.TagName);
        Assert.Equal("H2", statement.QuerySelector("#a11y-aplikacje")!.TagName);
        // The contact is the directory's accessibility post and the people holding it.
        Assert.Contains("Stanowisko ds. informatyki i dostępności", Texts.Of(statement.QuerySelector("#a11y-osoba")));
        Assert.Equal("mailto:dostepnosc@lesko.pl", statement.QuerySelector("#a11y-email")!.GetAttribute("href"));
        Assert.Equal("13 469 62 13", Texts.Of(statement.QuerySelector("#a11y-telefon")));
        // The buildings' part is the office's kept text, under its heading.
        Assert.Contains(statement.QuerySelectorAll("#a11y-architektura ~ h3").Select(Texts.Of), h => h.Contains("Parkowa 1", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Statement_ListsTheKnownProblems_FromWhatIsPublished()
    {
        var visitor = App.Anonymous();
        var before = await Html.ParseAsync(await visitor.GetAsync("/informacje/deklaracja-dostepnosci"));
        // The PDFs the site makes are tagged (the renderer says so): with nothing else known, the site is compliant.
        Assert.True(GlosKlienta.Documents.FormatInfo.PdfIsTagged);
        Assert.Equal("zgodna", Texts.Of(before.QuerySelector("#a11y-status")));
        var problems = before.QuerySelectorAll(".statement-problems li").Select(Texts.Of).ToList();
        Assert.DoesNotContain(problems, p => p.StartsWith("Pliki PDF tworzone przez serwis", StringComparison.Ordinal));
        // No release has an attachment and no petition scan is published: neither is claimed.
        Assert.DoesNotContain(problems, p => p.Contains("Załączniki do komunikatów", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("Skany petycji", StringComparison.Ordinal));

        // A release published with an attachment adds the attachments' line.
        var officer = await App.PressOfficerAsync();
        var mayor = await App.MayorAsync();
        var id = await PressApp.CreateDraftAsync(officer, "Remont ulicy Parkowej", "Plan remontu w załączniku.", "drogi", App.LocalNow.AddMinutes(-1));
        Assert.Equal(HttpStatusCode.Redirect, (await PressApp.UploadAsync(officer, id, "plan.pdf", System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PressApp.PostAsync(officer, id, "Submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PressApp.PostAsync(mayor, id, "Approve")).StatusCode);

        var after = await Html.ParseAsync(await visitor.GetAsync("/informacje/deklaracja-dostepnosci"));
        Assert.Contains(after.QuerySelectorAll(".statement-problems li").Select(Texts.Of), p => p.StartsWith("Załączniki do komunikatów prasowych", StringComparison.Ordinal));
        Assert.Equal("częściowo zgodna", Texts.Of(after.QuerySelector("#a11y-status")));
    }

    [SkippableFact]
    public async Task Owner_PublishesANewVersion_AndEveryVersionIsKept()
    {
        var manager = await App.PressOfficerAsync();
        var owner = await App.CreateUserAsync("sekretarz@lesko.pl", Roles.Pracownik);
        var id = await IdOfAsync(InfoMaterialRules.EasyToRead);
        var settings = await (await Page.OpenAsync(manager, $"/personel/materialy/{id}")).SubmitAsync("form[action*='handler=Settings']", f => f.Set("OwnerId", owner.Id).Set("Months", "6"));
        Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);

        // Someone who neither owns nor manages the material may not publish it.
        var other = await App.SignInAsync("inny@lesko.pl", Roles.Pracownik);
        var otherPage = await Page.OpenAsync(other, $"/personel/materialy/{id}");
        Assert.Null(otherPage.Document.QuerySelector("form[action*='handler=Publish']"));

        var ownerClient = App.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostSignInAsync(ownerClient, "sekretarz@lesko.pl", StaffAccounts.Password)).StatusCode);
        var unchanged = await (await Page.OpenAsync(ownerClient, $"/personel/materialy/{id}")).SubmitAsync("form[action*='handler=Publish']", f => f.Set("ChangeNote", "bez zmian"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unchanged.StatusCode);

        var published = await (await Page.OpenAsync(ownerClient, $"/personel/materialy/{id}")).SubmitAsync("form[action*='handler=Publish']", f => f
            .Set("Body", (f.Get("Body") ?? "") + "\n\n## Nowe godziny kasy\nKasa jest czynna do godziny 14:00.")
            .Set("ChangeNote", "Dodano godziny kasy."));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var versions = await App.WithDbAsync(db => db.InfoMaterialVersions.AsNoTracking().Where(v => v.InfoMaterialId == id).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal(2, versions.Count);
        Assert.DoesNotContain("Nowe godziny kasy", versions[0].Body);
        Assert.Contains("Nowe godziny kasy", versions[1].Body);
        Assert.Equal("Osoba sekretarz", versions[1].PublishedBy);

        var visitor = App.Anonymous();
        Assert.Contains("Nowe godziny kasy", await visitor.GetStringAsync("/informacje/tekst-latwy-do-czytania"));
        var history = await Page.OpenAsync(ownerClient, $"/personel/materialy/{id}?wersja=1");
        Assert.Equal(2, history.Document.QuerySelectorAll("table.versions tbody tr").Length);
        Assert.DoesNotContain("Nowe godziny kasy", Texts.Of(history.Document.QuerySelector(".preview-frame")));

        // Versions are kept in the database as they were.
        await Assert.ThrowsAnyAsync<Exception>(() => App.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"InfoMaterialVersions\"")));
    }

    [SkippableFact]
    public async Task EasyToRead_IsReadInUkrainianAndEnglish_AndWithoutATranslationInPolishWithANote()
    {
        var visitor = App.Anonymous();

        // Seeded with its Ukrainian and English texts: the reader's language, the office's name still Polish and marked so.
        var uk = await Html.ParseAsync(await visitor.GetAsync("/uk/informacje/tekst-latwy-do-czytania"));
        Assert.Equal("Інформація про управу простою мовою", Texts.Of(uk.QuerySelector("h1")));
        Assert.Null(uk.QuerySelector("article h1")!.GetAttribute("lang"));
        Assert.Contains("Управою керує бурмістр.", Texts.Of(uk.QuerySelector("article")));
        Assert.Contains(uk.QuerySelectorAll("article span[lang=pl]"), s => s.TextContent == "Urząd Miasta i Gminy Lesko");
        Assert.Null(uk.QuerySelector("article .notice"));
        var en = await Html.ParseAsync(await visitor.GetAsync("/en/informacje/tekst-latwy-do-czytania"));
        Assert.Equal("Information about the office in easy-to-read language", Texts.Of(en.QuerySelector("h1")));
        Assert.Contains("The office is closed on Saturdays, Sundays and public holidays.", Texts.Of(en.QuerySelector("article")));

        // The manager takes the English text out and changes the Ukrainian one: a new version, audited with its languages.
        var manager = await App.PressOfficerAsync();
        var id = await IdOfAsync(InfoMaterialRules.EasyToRead);
        var form = await Page.OpenAsync(manager, $"/personel/materialy/{id}");
        Assert.Equal("Information about the office in easy-to-read language", form.Document.QuerySelector<IHtmlInputElement>("#TitleEn")!.Value);
        var halfEmpty = await form.SubmitAsync("form[action*='handler=Publish']", f => f.Set("TitleEn", "").Set("ChangeNote", "Bez treści angielskiej"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, halfEmpty.StatusCode);
        var refused = await Html.ParseAsync(halfEmpty);
        Assert.Contains("Tłumaczenie (EN) wymaga i tytułu", Texts.Of(refused.QuerySelector(".error-summary")));
        Assert.Equal("Bez treści angielskiej", refused.QuerySelector<IHtmlInputElement>("#ChangeNote")!.Value);
        Assert.Contains("Управою керує бурмістр.", refused.QuerySelector<IHtmlTextAreaElement>("#BodyUk")!.Value);

        var published = await (await Page.OpenAsync(manager, $"/personel/materialy/{id}")).SubmitAsync("form[action*='handler=Publish']", f => f
            .Set("TitleEn", "").Set("BodyEn", "")
            .Set("BodyUk", (f.Get("BodyUk") ?? "") + "\n\n## Каса\nКаса працює до 14:00.")
            .Set("ChangeNote", "Tłumaczenie angielskie do poprawy; kasa po ukraińsku."));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var version = await App.WithDbAsync(db => db.InfoMaterialVersions.AsNoTracking().Where(v => v.InfoMaterialId == id).OrderByDescending(v => v.Number).FirstAsync());
        Assert.Equal(2, version.Number);
        Assert.Null(version.TitleEn);
        Assert.Contains("Каса працює до 14:00.", version.BodyUk);
        Assert.Equal(InfoMaterialRules.Hash(InfoMaterialRules.EasyToRead, 2, version.Title, version.Body, version.Translations()), version.ContentHash);
        Assert.NotEqual(InfoMaterialRules.Hash(InfoMaterialRules.EasyToRead, 2, version.Title, version.Body), version.ContentHash);
        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == InfoMaterialRules.Published && e.SubjectId == id.ToString(CultureInfo.InvariantCulture)).Select(e => e.Details ?? "").SingleAsync());
        Assert.Contains("\"uk\"", audit);
        Assert.DoesNotContain("\"en\"", audit);

        Assert.Contains("Каса працює до 14:00.", Texts.Of((await Html.ParseAsync(await visitor.GetAsync("/uk/informacje/tekst-latwy-do-czytania"))).QuerySelector("article")));
        // No English text: the Polish one, marked Polish, with a line in English saying so.
        var polish = await Html.ParseAsync(await visitor.GetAsync("/en/informacje/tekst-latwy-do-czytania"));
        Assert.Equal("Informacja o urzędzie w tekście łatwym do czytania", Texts.Of(polish.QuerySelector("h1")));
        Assert.Equal("pl", polish.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("This text is available in Polish only.", Texts.Of(polish.QuerySelector("article .notice")));
        Assert.Contains(polish.QuerySelectorAll("article p[lang=pl]"), p => p.TextContent.Contains("Urzędem kieruje Burmistrz.", StringComparison.Ordinal));
        Assert.Empty(GlosKlienta.Web.Tests.Languages.LanguageOfPartsTests.UnmarkedPolish(polish));
    }

    [SkippableFact]
    public async Task OverdueReview_ShowsOnTheOwnersDashboard_AndTheManagersList_UntilReviewed()
    {
        var owner = await App.CreateUserAsync("wlasciciel@lesko.pl", Roles.Pracownik);
        var id = await IdOfAsync(InfoMaterialRules.AccessibilityStatement);
        await App.WithDbAsync(async db =>
        {
            var m = await db.InfoMaterials.SingleAsync(x => x.Id == id);
            m.OwnerId = owner.Id;
            return await db.SaveChangesAsync();
        });
        var due = await App.WithDbAsync(db => db.InfoMaterials.Where(m => m.Id == id).Select(m => m.NextReviewOn).SingleAsync());
        // The statement is due by 31 March at the latest.
        Assert.Equal(3, due.Month);
        Assert.Equal(31, due.Day);

        var ownerClient = App.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostSignInAsync(ownerClient, "wlasciciel@lesko.pl", StaffAccounts.Password)).StatusCode);
        var before = await Html.ParseAsync(await ownerClient.GetAsync("/personel"));
        Assert.Null(before.QuerySelector(".overdue-list"));

        var days = due.DayNumber - DateOnly.FromDateTime(App.LocalNow).DayNumber + 1;
        App.Clock.Advance(TimeSpan.FromDays(days));
        ownerClient = App.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostSignInAsync(ownerClient, "wlasciciel@lesko.pl", StaffAccounts.Password)).StatusCode);
        var after = await Html.ParseAsync(await ownerClient.GetAsync("/personel"));
        var panel = Texts.Of(after.QuerySelector(".overdue-list"));
        Assert.Contains("Deklaracja dostępności", panel);
        Assert.Contains("po terminie", panel);

        var manager = await App.MayorAsync();
        var list = await Html.ParseAsync(await manager.GetAsync("/personel/materialy"));
        Assert.Contains("Deklaracja dostępności", Texts.Of(list.QuerySelector("tr.overdue")));
        Assert.Contains("Deklaracja dostępności", Texts.Of((await Html.ParseAsync(await manager.GetAsync("/personel"))).QuerySelector(".overdue-list")));

        var reviewed = await (await Page.OpenAsync(ownerClient, $"/personel/materialy/{id}")).SubmitAsync("form[action*='handler=Review']");
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        var cleared = await Html.ParseAsync(await ownerClient.GetAsync("/personel"));
        Assert.DoesNotContain("Deklaracja dostępności", Texts.Of(cleared.QuerySelector(".panel")));
        var publicPage = await Html.ParseAsync(await App.Anonymous().GetAsync("/informacje/deklaracja-dostepnosci"));
        Assert.Equal(DateOnly.FromDateTime(App.LocalNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Texts.Of(publicPage.QuerySelector("#a11y-data-deklaracja-przeglad")));
    }
}

public sealed class InfoMaterialSqliteTests() : InfoMaterialTests(DatabaseKind.Sqlite);

public sealed class InfoMaterialPostgresTests() : InfoMaterialTests(DatabaseKind.Postgres);
