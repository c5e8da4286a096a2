using System.Text;
using System.Xml;
using System.Xml.Linq;
using GlosKlienta.Web.Features.Press;
using GlosKlienta.Web.Tests.SurveyVersions;

namespace GlosKlienta.Web.Tests.Press;

/// <summary>The public side of releases: archive search, the Atom feed and attachments.</summary>
public sealed class PressArchiveTests : IAsyncLifetime
{
    private readonly PressApp app = new(TestDatabase.CreateEmptySqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static readonly XNamespace Atom = FeedModel.AtomNamespace;

    private static string[] Titles(AngleSharp.Html.Dom.IHtmlDocument document) =>
        document.QuerySelectorAll(".release-item h3").Select(h => h.TextContent.Trim()).ToArray();

    [Fact]
    public async Task Archive_SearchesByYearTopicAndWords()
    {
        var officer = await app.PressOfficerAsync();
        var mayor = await app.MayorAsync();
        var firstYear = app.LocalNow.Year;
        await PressApp.PublishAsync(officer, mayor, "Nowy chodnik na ulicy Mickiewicza", "Gmina zbudowała chodnik.", "drogi, inwestycje", app.LocalNow.AddMinutes(-1));
        await PressApp.PublishAsync(officer, mayor, "Dni Leska", "Zapraszamy na koncert w Rynku.", "kultura", app.LocalNow.AddMinutes(-1));
        app.Clock.Advance(TimeSpan.FromDays(400));
        var secondYear = app.LocalNow.Year;
        // A year later the sign-in cookies have long expired: the next release is written by people signed in now.
        officer = await app.PressOfficerAsync("promocja2@lesko.pl");
        mayor = await app.MayorAsync("burmistrz2@lesko.pl");
        await PressApp.PublishAsync(officer, mayor, "Remont drogi gminnej w Łączkach", "Droga będzie zamknięta przez tydzień.", "Drogi", app.LocalNow.AddMinutes(-1));
        var visitor = app.Anonymous();

        var all = await Html.ParseAsync(await visitor.GetAsync("/prasa"));
        Assert.Equal(["Remont drogi gminnej w Łączkach", "Dni Leska", "Nowy chodnik na ulicy Mickiewicza"], Titles(all));

        var byYear = await Html.ParseAsync(await visitor.GetAsync($"/prasa?rok={firstYear}"));
        Assert.Equal(["Dni Leska", "Nowy chodnik na ulicy Mickiewicza"], Titles(byYear));
        Assert.True(byYear.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"#rok-{firstYear}")!.IsChecked);

        // Topics compare without case: "Drogi" and "drogi" are one topic.
        var byTopic = await Html.ParseAsync(await visitor.GetAsync("/prasa?temat=drogi"));
        Assert.Equal(["Remont drogi gminnej w Łączkach", "Nowy chodnik na ulicy Mickiewicza"], Titles(byTopic));
        Assert.Single(byTopic.QuerySelectorAll("#temat option"), o => string.Equals(o.TextContent, "drogi", StringComparison.OrdinalIgnoreCase));

        var byWords = await Html.ParseAsync(await visitor.GetAsync("/prasa?szukaj=" + Uri.EscapeDataString("KONCERT rynku")));
        Assert.Equal(["Dni Leska"], Titles(byWords));
        Assert.Equal("KONCERT rynku", Html.TextValue(byWords, "szukaj"));

        var combined = await Html.ParseAsync(await visitor.GetAsync($"/prasa?rok={secondYear}&temat=kultura"));
        Assert.Empty(Titles(combined));
        Assert.Contains("0", combined.QuerySelector("[role=status]")!.TextContent);
    }

    [Fact]
    public async Task Archive_FindsWordsInAnyForm_TitleMatchesFirst()
    {
        var officer = await app.PressOfficerAsync();
        var mayor = await app.MayorAsync();
        await PressApp.PublishAsync(officer, mayor, "Remont chodnika na ulicy Parkowej", "Wykonawca wymienia chodnik od budynku urzędu do skrzyżowania.", "drogi", app.LocalNow.AddMinutes(-2));
        await PressApp.PublishAsync(officer, mayor, "Zebranie mieszkańców", "Spotkanie w sali narad urzędu przy ulicy Parkowej 1.", "", app.LocalNow.AddMinutes(-1));
        await PressApp.PublishAsync(officer, mayor, "Dni Leska", "Zapraszamy na koncert w Rynku.", "kultura", app.LocalNow.AddMinutes(-1));
        var visitor = app.Anonymous();

        // The newer release names the street only in its text: the one with it in the title comes first.
        var page = await Html.ParseAsync(await visitor.GetAsync("/prasa?szukaj=Parkowa"));
        Assert.Equal(["Remont chodnika na ulicy Parkowej", "Zebranie mieszkańców"], Titles(page));

        var noLetters = await Html.ParseAsync(await visitor.GetAsync("/prasa?szukaj=" + Uri.EscapeDataString("chodnik parkowej urzad")));
        Assert.Equal(["Remont chodnika na ulicy Parkowej"], Titles(noLetters));

        var stopWordsOnly = await Html.ParseAsync(await visitor.GetAsync("/prasa?szukaj=na"));
        Assert.Empty(Titles(stopWordsOnly));
    }

    [Fact]
    public async Task Feed_IsAtomWithTheRequiredElements_AndUniqueStableIds()
    {
        var officer = await app.PressOfficerAsync();
        var mayor = await app.MayorAsync();
        var first = await PressApp.PublishAsync(officer, mayor, "Pierwszy komunikat", "Treść pierwsza.", "drogi", app.LocalNow.AddMinutes(-1));
        await PressApp.PublishAsync(officer, mayor, "Drugi komunikat <b>", "Treść & druga.", "", app.LocalNow.AddMinutes(-1));
        await PressApp.PublishAsync(officer, mayor, "Zaplanowany", "Jeszcze nie.", "", app.LocalNow.AddDays(1));
        var visitor = app.Anonymous();

        var response = await visitor.GetAsync("/prasa/kanal.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        // Well-formed XML, read strictly (no DTD).
        using (var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
            while (reader.Read()) { }
        var feed = XDocument.Parse(text).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Matches("^tag:lesko\\.pl,2026:", feed.Element(Atom + "id")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")!.Value));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        var self = feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.EndsWith("/prasa/kanal.atom", (string)self.Attribute("href")!);
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        foreach (var entry in entries)
        {
            Assert.Matches("^urn:uuid:[0-9a-f-]{36}$", entry.Element(Atom + "id")!.Value);
            foreach (var name in new[] { "title", "updated", "published", "summary", "content" })
                Assert.NotNull(entry.Element(Atom + name));
            Assert.StartsWith("http", (string)entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!);
        }
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        Assert.Equal("Drugi komunikat <b>", entries[0].Element(Atom + "title")!.Value);
        Assert.Contains(entries, e => e.Elements(Atom + "category").Any(c => (string?)c.Attribute("term") == "drogi"));

        // Stable: the same release keeps its id on every fetch and it is the release's key.
        var key = await app.WithDbAsync(db => db.PressReleases.Where(r => r.Id == first).Select(r => r.Key).SingleAsync());
        var again = XDocument.Parse(await visitor.GetStringAsync("/prasa/kanal.atom")).Root!;
        Assert.Contains(again.Elements(Atom + "entry"), e => e.Element(Atom + "id")!.Value == "urn:uuid:" + key.ToString("D"));
        Assert.Equal(entries.Select(e => e.Element(Atom + "id")!.Value), again.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
    }

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    [Fact]
    public async Task Attachment_IsServedAsADownloadOnlyOncePublished_AndFakeFilesAreRefused()
    {
        var officer = await app.PressOfficerAsync();
        var mayor = await app.MayorAsync();
        var id = await PressApp.CreateDraftAsync(officer, "Komunikat z planem", "Plan w załączniku.", "", app.LocalNow.AddHours(1));

        var fake = await PressApp.UploadAsync(officer, id, "plan.pdf", Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fake.StatusCode);
        Assert.NotNull((await Html.ParseAsync(fake)).QuerySelector("#Upload-blad"));
        Assert.Equal(HttpStatusCode.Redirect, (await PressApp.UploadAsync(officer, id, "C:\\Users\\jan\\plan remontu.pdf", Pdf)).StatusCode);
        var file = await app.WithDbAsync(db => db.PressFiles.AsNoTracking().SingleAsync(f => f.PressReleaseId == id));
        Assert.Equal("plan remontu.pdf", file.FileName);
        Assert.Equal("application/pdf", file.ContentType);

        Assert.Equal(HttpStatusCode.Redirect, (await PressApp.PostAsync(officer, id, "Submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PressApp.PostAsync(mayor, id, "Approve")).StatusCode);
        var visitor = app.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/prasa/zalacznik/{file.Id}")).StatusCode);

        app.Clock.Advance(TimeSpan.FromHours(2));
        var download = await visitor.GetAsync($"/prasa/zalacznik/{file.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        var page = await Html.ParseAsync(await visitor.GetAsync($"/prasa/{id}"));
        Assert.NotNull(page.QuerySelector($"a[href='/prasa/zalacznik/{file.Id}']"));

        // Frozen with the version: the database refuses to delete it.
        Assert.NotNull(await app.WithDbAsync(db => db.PressFiles.Where(f => f.Id == file.Id).Select(f => f.FrozenAt).SingleAsync()));
        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"PressFiles\"")));
        Assert.Equal(1, await app.WithDbAsync(db => db.PressFiles.CountAsync()));
    }

    [Fact]
    public async Task DraftAttachment_IsNotPublic_AndCanBeRemovedBeforeApproval()
    {
        var officer = await app.PressOfficerAsync();
        var id = await PressApp.CreateDraftAsync(officer, "Projekt", "Treść.", "", app.LocalNow);
        Assert.Equal(HttpStatusCode.Redirect, (await PressApp.UploadAsync(officer, id, "zdjecie.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])).StatusCode);
        var fileId = await app.WithDbAsync(db => db.PressFiles.Where(f => f.PressReleaseId == id).Select(f => f.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/prasa/zalacznik/{fileId}")).StatusCode);
        var staffDownload = await officer.GetAsync($"/personel/prasa/plik/{fileId}");
        Assert.Equal("attachment", staffDownload.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("image/png", staffDownload.Content.Headers.ContentType!.MediaType);

        Assert.Equal(HttpStatusCode.Redirect, (await PressApp.PostAsync(officer, id, "RemoveFile")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.PressFiles.CountAsync()));
    }
}
