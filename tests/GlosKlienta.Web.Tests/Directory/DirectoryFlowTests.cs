using GlosKlienta.Web.Tests.SurveyVersions;

namespace GlosKlienta.Web.Tests.Directory;

/// <summary>
/// One directory behind everything: a change made on the staff forms reaches board A, the door sign,
/// the public page and the survey's list of units, and dated copies show the directory of any day.
/// Runs on SQLite and on PostgreSQL (subclasses at the end).
/// </summary>
public abstract class DirectoryFlowTests(DatabaseKind kind) : VersionsAppTest(kind)
{
    private const string TaxPost = "Stanowisko ds. wymiaru podatków";

    private Task<HttpClient> EditorAsync(string email = "kierownik@lesko.pl") => App.SignInAsync(email, Roles.KierownikReferatu);

    [SkippableFact]
    public async Task RenamedPost_ReachesBoardA_DoorSign_AndPublicPage()
    {
        var editor = await EditorAsync();
        var room21 = await DirectorySteps.RoomIdAsync(App, "parkowa", "21");
        var before = await DirectorySteps.ItemsAsync(App);
        Assert.Contains(TaxPost, DirectorySteps.TextOf(before.Single(i => i.Key == "a/parkowa")));

        await DirectorySteps.EditPostAsync(App, editor, TaxPost, f => f.Set("Name", "Stanowisko ds. podatków i opłat lokalnych"));

        var after = await DirectorySteps.ItemsAsync(App);
        var boardA = DirectorySteps.TextOf(after.Single(i => i.Key == "a/parkowa"));
        var sign = DirectorySteps.TextOf(after.Single(i => i.Key == $"drzwi/{room21}"));
        Assert.Contains("21 | Stanowisko ds. podatków i opłat lokalnych | Referat Finansowy", boardA);
        Assert.DoesNotContain(TaxPost, boardA);
        Assert.Contains("Stanowisko ds. podatków i opłat lokalnych", sign);
        Assert.Contains("Joanna Łukasik, Grzegorz Pączek", sign);
        var publicPage = await DirectorySteps.PublicTextAsync(App.Anonymous(), "/informacje/kto-gdzie");
        Assert.Contains("Stanowisko ds. podatków i opłat lokalnych", publicPage);
        Assert.DoesNotContain(TaxPost, publicPage);
    }

    [SkippableFact]
    public async Task AccessibilityContact_OnTheStatement_IsTheDirectorysPost_AndFollowsItsChanges()
    {
        var editor = await EditorAsync();
        var statement = await DirectorySteps.PublicTextAsync(App.Anonymous(), "/informacje/deklaracja-dostepnosci");
        Assert.Contains("Informacje zwrotne i dane kontaktowe", statement);
        Assert.Contains("Stanowisko ds. informatyki i dostępności", statement);
        Assert.Contains("dostepnosc@lesko.pl", statement);

        await DirectorySteps.EditPostAsync(App, editor, "Stanowisko ds. informatyki i dostępności", f => f.Set("Phones", "13 469 62 99"));

        var after = await DirectorySteps.PublicTextAsync(App.Anonymous(), "/informacje/deklaracja-dostepnosci");
        Assert.Contains("13 469 62 99", after);
        Assert.DoesNotContain("13 469 62 13", after);
    }

    [SkippableFact]
    public async Task PostMovedToAnotherRoomWithAVacancy_ChangesBothDoorSigns()
    {
        var editor = await EditorAsync();
        var room22 = await DirectorySteps.RoomIdAsync(App, "parkowa", "22");
        var room21 = await DirectorySteps.RoomIdAsync(App, "parkowa", "21");
        var lukasik = await App.WithDbAsync(db => db.Employees.Where(e => e.LastName == "Łukasik").Select(e => e.Id).SingleAsync());

        await DirectorySteps.EditPostAsync(App, editor, TaxPost, f =>
        {
            f.Set("RoomId", room22.ToString());
            f.Values.RemoveAll(v => v.Key == "Holders" && v.Value == lukasik.ToString());
        });

        var items = await DirectorySteps.ItemsAsync(App);
        var sign22 = DirectorySteps.TextOf(items.Single(i => i.Key == $"drzwi/{room22}"));
        Assert.Contains("Stanowisko ds. księgowości podatkowej i windykacji", sign22);
        Assert.Contains(TaxPost, sign22);
        Assert.Contains("Grzegorz Pączek", sign22);
        Assert.DoesNotContain("Łukasik", sign22);
        Assert.DoesNotContain(items, i => i.Key == $"drzwi/{room21}");
    }

    [SkippableFact]
    public async Task RenamedAndAddedUnits_AreOfferedInTheNextSurveyDraft()
    {
        var editor = await EditorAsync();
        var usc = await App.WithDbAsync(db => db.OrganisationalUnits.Where(u => u.Code == "usc").Select(u => u.Id).SingleAsync());
        var renamed = await DirectorySteps.SubmitAsync(editor, $"/personel/spis/komorka/{usc}", "main form[method=post]", f => f.Set("Name", "Urząd Stanu Cywilnego"));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var added = await DirectorySteps.SubmitAsync(editor, "/personel/spis/komorka", "main form[method=post]", f => f
            .Set("Code", "straz-miejska").Set("Name", "Straż Miejska").Set("Kind", "JednostkaWBudynku").Set("SortOrder", "50"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var designer = await App.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        var id = await VersionsApp.CreateDraftAsync(designer, refreshUnits: true);

        var komorka = GlosKlienta.Domain.Survey.SurveyDefinition.FromJson((await App.VersionAsync(id)).Definition).Find("komorka")!;
        Assert.Equal("Urząd Stanu Cywilnego", komorka.Options.Single(o => o.Code == "usc").Text);
        Assert.Equal("Straż Miejska", komorka.Options[^1].Text);
        Assert.Equal(10, komorka.Options.Count);
    }

    [SkippableFact]
    public async Task AsOfView_ShowsWhatTheDirectorySaidOnThatDay()
    {
        var editor = await EditorAsync();
        var firstDay = App.Today;
        await DirectorySteps.EditPostAsync(App, editor, TaxPost, f => f.Set("Name", "Stanowisko ds. podatków (stara nazwa)"));
        App.Clock.Advance(TimeSpan.FromDays(2));
        editor = await EditorAsync("kierownik2@lesko.pl");
        await DirectorySteps.EditPostAsync(App, editor, "Stanowisko ds. podatków (stara nazwa)", f => f.Set("Name", "Stanowisko ds. podatków (nowa nazwa)"));

        var onFirstDay = await DirectorySteps.PublicTextAsync(editor, $"/personel/spis/stan?dzien={firstDay:yyyy-MM-dd}");
        var onThirdDay = await DirectorySteps.PublicTextAsync(editor, $"/personel/spis/stan?dzien={firstDay.AddDays(2):yyyy-MM-dd}");
        var before = await Html.ParseAsync(await editor.GetAsync($"/personel/spis/stan?dzien={firstDay.AddDays(-1):yyyy-MM-dd}"));

        Assert.Contains("(stara nazwa)", onFirstDay);
        Assert.DoesNotContain("(nowa nazwa)", onFirstDay);
        Assert.Contains("(nowa nazwa)", onThirdDay);
        Assert.DoesNotContain("(stara nazwa)", onThirdDay);
        Assert.Contains("nie był jeszcze prowadzony", Texts.Of(before.QuerySelector(".error-summary")));
    }

    [SkippableFact]
    public async Task InvalidPost_ShowsErrorsKeepsInputAndSavesNothing()
    {
        var editor = await EditorAsync();
        var id = await DirectorySteps.PostIdAsync(App, TaxPost);
        var copies = await App.WithDbAsync(db => db.DirectorySnapshots.CountAsync());

        var response = await DirectorySteps.SubmitAsync(editor, $"/personel/spis/stanowisko/{id}", "main form[method=post]", f => f
            .Set("Name", "Nowa nazwa").Set("Phones", "tel. do sekretariatu").Set("Email", "podatki-lesko.pl"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.StartsWith("Błąd:", page.Title);
        var summary = Texts.Of(page.QuerySelector(".error-summary"));
        Assert.Contains("numer telefonu", summary);
        Assert.Contains("adres e-mail", summary);
        Assert.Equal("tel. do sekretariatu", Html.TextValue(page, "Phones"));
        Assert.Equal("Nowa nazwa", Html.TextValue(page, "Name"));
        Assert.Equal("true", page.QuerySelector("#telefon")!.GetAttribute("aria-invalid"));
        Assert.Equal(TaxPost, await App.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
        Assert.Equal(copies, await App.WithDbAsync(db => db.DirectorySnapshots.CountAsync()));
    }

    [SkippableFact]
    public async Task EveryChange_IsAudited()
    {
        var editor = await EditorAsync();
        await DirectorySteps.EditPostAsync(App, editor, TaxPost, f => f.Set("Tasks", "Wymiar podatków."));
        var id = await DirectorySteps.PostIdAsync(App, TaxPost);

        var entry = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == "directory.post-saved"));
        Assert.Equal(id.ToString(), entry.SubjectId);
        Assert.Equal("kierownik@lesko.pl", entry.Actor);
    }
}

public sealed class DirectoryFlowSqliteTests() : DirectoryFlowTests(DatabaseKind.Sqlite);

public sealed class DirectoryFlowPostgresTests() : DirectoryFlowTests(DatabaseKind.Postgres);
