using System.Xml.Linq;
using GlosKlienta.Domain.Press;
using GlosKlienta.Web.Features.Press;
using GlosKlienta.Web.Tests.SurveyVersions;

namespace GlosKlienta.Web.Tests.Press;

/// <summary>Procedure row 1: a release is drafted, approved by another person, published on its date and frozen; a correction keeps the old version.</summary>
public abstract class PressReleaseTests(DatabaseKind kind) : PressAppTest(kind, empty: true)
{

    private const string Body = "Burmistrz zaprasza na spotkanie w sprawie remontu ulicy Bieszczadzkiej.\n\nSpotkanie odbędzie się w sali narad przy ul. Parkowej 1.";

    [SkippableFact]
    public async Task Release_IsApprovedByAnotherPerson_PublishedOnItsDate_AndFrozenWithItsHash()
    {
        var officer = await App.PressOfficerAsync();
        var mayor = await App.MayorAsync();
        var publishAt = App.LocalNow.Date.AddDays(2).AddHours(9);
        var id = await PressApp.CreateDraftAsync(officer, "Remont ulicy Bieszczadzkiej", Body, "drogi, inwestycje", publishAt);
        Assert.Equal(HttpStatusCode.Redirect, (await PressApp.PostAsync(officer, id, "Submit")).StatusCode);

        // The officer cannot approve at all; an approver who also wrote the release may not either.
        var officerPage = await Page.OpenAsync(officer, $"/personel/prasa/{id}");
        Assert.Null(officerPage.Document.QuerySelector("form[action*='handler=Approve']"));
        var authorApprover = await App.SignInAsync("autor-zastepca@lesko.pl", Domain.Staff.Roles.Promocja, Domain.Staff.Roles.ZastepcaBurmistrza);
        var own = await PressApp.CreateDraftAsync(authorApprover, "Własny komunikat", Body, "", publishAt);
        Assert.Equal(HttpStatusCode.Redirect, (await PressApp.PostAsync(authorApprover, own, "Submit")).StatusCode);
        var ownPage = await Page.OpenAsync(authorApprover, $"/personel/prasa/{own}");
        Assert.Null(ownPage.Document.QuerySelector("form[action*='handler=Approve']"));
        var forced = await authorApprover.PostAsync($"/personel/prasa/{own}?handler=Approve", new FormUrlEncodedContent(Html.HiddenFields(ownPage.Document)));
        Assert.Equal(HttpStatusCode.Forbidden, forced.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.PressReleaseVersions.CountAsync(v => v.PressReleaseId == own)));

        Assert.Equal(HttpStatusCode.Redirect, (await PressApp.PostAsync(mayor, id, "Approve")).StatusCode);

        // Scheduled: nothing public before the date.
        var visitor = App.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/prasa/{id}")).StatusCode);
        Assert.DoesNotContain("Remont ulicy Bieszczadzkiej", await visitor.GetStringAsync("/prasa"));
        Assert.DoesNotContain("Remont ulicy Bieszczadzkiej", await visitor.GetStringAsync("/prasa/kanal.atom"));

        App.Clock.Advance(TimeSpan.FromDays(3));
        var page = await visitor.GetAsync($"/prasa/{id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = await Html.ParseAsync(page);
        Assert.Equal("Remont ulicy Bieszczadzkiej", Texts.Of(document.QuerySelector("h1")));
        Assert.Equal(2, document.QuerySelectorAll(".release-body p").Length);
        Assert.Contains("Remont ulicy Bieszczadzkiej", await visitor.GetStringAsync("/prasa"));

        var (version, key) = await App.WithDbAsync(async db =>
        {
            var v = await db.PressReleaseVersions.AsNoTracking().SingleAsync(x => x.PressReleaseId == id);
            var k = await db.PressReleases.Where(r => r.Id == id).Select(r => r.Key).SingleAsync();
            return (v, k);
        });
        var expected = new FrozenRelease(key, 1, "Remont ulicy Bieszczadzkiej", Body, ["drogi", "inwestycje"], version.PublishAt, null, []).Hash();
        Assert.Equal(expected, version.ContentHash);
        Assert.Equal(expected, Texts.Of(document.QuerySelector(".hash-value")));
        Assert.Equal("Osoba burmistrz", version.ApprovedBy);
        Assert.Equal(TimeZoneInfo.ConvertTime(version.PublishAt, PressApp.Warsaw).DateTime, publishAt);
    }

    [SkippableFact]
    public async Task FrozenVersion_RefusesChanges_InTheApplicationAndInTheDatabase()
    {
        var officer = await App.PressOfficerAsync();
        var mayor = await App.MayorAsync();
        var id = await PressApp.PublishAsync(officer, mayor, "Komunikat do zamrożenia", Body, "kultura", App.LocalNow.AddMinutes(-5));

        var appRefusal = await Assert.ThrowsAsync<InvalidOperationException>(() => App.WithDbAsync(async db =>
        {
            var v = await db.PressReleaseVersions.SingleAsync(x => x.PressReleaseId == id);
            v.Body = "Podmieniona treść";
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("kept as written", appRefusal.Message, StringComparison.Ordinal);

        // Around the application (plain SQL): the trigger refuses too.
        var update = App.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"PressReleaseVersions\" SET \"Body\" = 'x'"));
        var delete = App.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"PressReleaseVersions\""));
        Assert.Contains("Append-only", (await Assert.ThrowsAnyAsync<Exception>(() => update)).Message);
        Assert.Contains("Append-only", (await Assert.ThrowsAnyAsync<Exception>(() => delete)).Message);
        Assert.Equal(Body, await App.WithDbAsync(db => db.PressReleaseVersions.Where(v => v.PressReleaseId == id).Select(v => v.Body).SingleAsync()));

        // The approved working copy cannot be edited either: only a correction reopens it.
        var save = await App.WithDbAsync(async db => (await db.PressReleases.SingleAsync(r => r.Id == id)).Status);
        Assert.Equal(PressReleaseStatus.Approved, save);
        var page = await Page.OpenAsync(officer, $"/personel/prasa/{id}");
        Assert.Null(page.Document.QuerySelector("form[action*='handler=Save']"));
        var forced = await officer.PostAsync($"/personel/prasa/{id}?handler=Save", new FormUrlEncodedContent(
            [.. Html.HiddenFields(page.Document, "form[action*='handler=Correct']"), new("Title", "Zmieniony"), new("Body", "x"), new("PublishDate", "2030-01-01"), new("PublishTime", "09:00")]));
        Assert.Equal(HttpStatusCode.Conflict, forced.StatusCode);
    }

    [SkippableFact]
    public async Task Correction_MakesANewVersion_AndKeepsTheOldOneVisible()
    {
        var officer = await App.PressOfficerAsync();
        var mayor = await App.MayorAsync();
        var id = await PressApp.PublishAsync(officer, mayor, "Spotkanie o 17:00", Body, "spotkania", App.LocalNow.AddMinutes(-5));
        var firstHash = await App.WithDbAsync(db => db.PressReleaseVersions.Where(v => v.PressReleaseId == id).Select(v => v.ContentHash).SingleAsync());
        var feedBefore = XDocument.Parse(await App.Anonymous().GetStringAsync("/prasa/kanal.atom"));

        Assert.Equal(HttpStatusCode.Redirect, (await PressApp.PostAsync(officer, id, "Correct")).StatusCode);
        // A correction without saying what it corrects is refused, with the typed text kept.
        var missingNote = await PressApp.PostAsync(officer, id, "Save", f => f.Set("Title", "Spotkanie o 18:00").Set("CorrectionNote", ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missingNote.StatusCode);
        var errorPage = await Html.ParseAsync(missingNote);
        Assert.Equal("Spotkanie o 18:00", Html.TextValue(errorPage, "Title"));
        Assert.NotNull(errorPage.QuerySelector("#CorrectionNote-blad"));

        App.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Redirect, (await PressApp.PostAsync(officer, id, "Save", f => f
            .Set("Title", "Spotkanie o 18:00").Set("Body", Body.Replace("spotkanie", "spotkanie o 18:00", StringComparison.Ordinal))
            .Set("CorrectionNote", "Poprawiono godzinę spotkania z 17:00 na 18:00."))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PressApp.PostAsync(officer, id, "Submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PressApp.PostAsync(mayor, id, "Approve")).StatusCode);

        var versions = await App.WithDbAsync(db => db.PressReleaseVersions.AsNoTracking().Where(v => v.PressReleaseId == id).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal(2, versions.Count);
        Assert.Equal("Spotkanie o 17:00", versions[0].Title);
        Assert.Equal(firstHash, versions[0].ContentHash);
        Assert.Equal("Spotkanie o 18:00", versions[1].Title);
        Assert.NotEqual(versions[0].ContentHash, versions[1].ContentHash);

        var visitor = App.Anonymous();
        var current = await Html.ParseAsync(await visitor.GetAsync($"/prasa/{id}"));
        Assert.Equal("Spotkanie o 18:00", Texts.Of(current.QuerySelector("h1")));
        Assert.Contains("Poprawiono godzinę spotkania", Texts.Of(current.QuerySelector(".correction")));
        Assert.NotNull(current.QuerySelector($"a[href='/prasa/{id}?wersja=1']"));
        var old = await Html.ParseAsync(await visitor.GetAsync($"/prasa/{id}?wersja=1"));
        Assert.Equal("Spotkanie o 17:00", Texts.Of(old.QuerySelector("h1")));
        Assert.Equal(firstHash, Texts.Of(old.QuerySelector(".hash-value")));

        // The feed keeps one entry for the release, under the same id, now updated.
        var feedAfter = XDocument.Parse(await visitor.GetStringAsync("/prasa/kanal.atom"));
        XNamespace atom = FeedModel.AtomNamespace;
        var before = feedBefore.Root!.Elements(atom + "entry").Single();
        var after = feedAfter.Root!.Elements(atom + "entry").Single();
        Assert.Equal(before.Element(atom + "id")!.Value, after.Element(atom + "id")!.Value);
        Assert.Equal(before.Element(atom + "published")!.Value, after.Element(atom + "published")!.Value);
        Assert.NotEqual(before.Element(atom + "updated")!.Value, after.Element(atom + "updated")!.Value);
        Assert.Equal("Spotkanie o 18:00", after.Element(atom + "title")!.Value);
    }

    [SkippableFact]
    public async Task Return_NeedsAComment_AndSendsTheDraftBackToTheOfficer()
    {
        var officer = await App.PressOfficerAsync();
        var deputy = await App.SignInAsync("zastepca@lesko.pl", Domain.Staff.Roles.ZastepcaBurmistrza);
        var id = await PressApp.CreateDraftAsync(officer, "Do poprawy", Body, "", App.LocalNow.AddDays(1));
        Assert.Equal(HttpStatusCode.Redirect, (await PressApp.PostAsync(officer, id, "Submit")).StatusCode);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PressApp.PostAsync(deputy, id, "Return", f => f.Set("Comment", " "))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PressApp.PostAsync(deputy, id, "Return", f => f.Set("Comment", "Proszę dodać godzinę."))).StatusCode);

        var release = await App.WithDbAsync(db => db.PressReleases.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(PressReleaseStatus.Returned, release.Status);
        Assert.Equal("Proszę dodać godzinę.", release.ReturnComment);
        Assert.Empty(await App.WithDbAsync(db => db.PressReleaseVersions.Where(v => v.PressReleaseId == id).ToListAsync()));
    }

    [SkippableFact]
    public async Task Draft_WithMissingFields_ComesBackWithMessagesAndTypedText()
    {
        var officer = await App.PressOfficerAsync();
        var page = await Page.OpenAsync(officer, "/personel/prasa/nowy");

        var response = await page.SubmitAsync("main form[method=post]", f => f.Set("Title", "").Set("Body", "Treść bez tytułu").Set("PublishDate", "31.12.2026"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.StartsWith("Błąd:", document.Title);
        Assert.NotNull(document.QuerySelector(".error-summary a[href='#Title']"));
        Assert.NotNull(document.QuerySelector(".error-summary a[href='#PublishDate']"));
        Assert.Equal("Treść bez tytułu", Html.TextValue(document, "Body"));
        Assert.Equal(0, await App.WithDbAsync(db => db.PressReleases.CountAsync()));
    }
}

public sealed class PressReleaseSqliteTests() : PressReleaseTests(DatabaseKind.Sqlite);

public sealed class PressReleasePostgresTests() : PressReleaseTests(DatabaseKind.Postgres);
