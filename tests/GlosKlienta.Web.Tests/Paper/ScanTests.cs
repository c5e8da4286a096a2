using System.Net.Http.Headers;
using GlosKlienta.Paper;
using GlosKlienta.Paper.Tests.Scanning;
using GlosKlienta.Web.Features.Paper;
using static GlosKlienta.Web.Tests.Paper.PaperSteps;

namespace GlosKlienta.Web.Tests.Paper;

/// <summary>
/// Scanner batches (issue 14) end to end over HTTP: printed forms filled in and scanned by the simulator, uploaded into a box
/// opening, read in the background, pages not placed reported, the queue worked in the keying conventions, the batch stored
/// all at once with the opening's form numbers, a second scan of the same forms caught.
/// </summary>
public abstract class ScanTests(DatabaseKind kind) : PaperTestBase(kind)
{
    private static readonly ScanOptions Scanner = new(Dpi: 200, RotationDeg: 0.8, Scale: 0.98, Seed: 7);

    private async Task<(int VersionId, FormLayout Layout)> PrintAsync(int count)
    {
        var versionId = await Factory.WithDbAsync(db => db.SurveyVersions.Where(v => v.Number == 1).Select(v => v.Id).SingleAsync());
        await using var scope = Factory.Services.CreateAsyncScope();
        var forms = scope.ServiceProvider.GetRequiredService<PrintedForms>();
        var run = await forms.RecordAsync(versionId, "pl", await BoxIdAsync(Factory), count, null, "test", CancellationToken.None);
        Assert.Equal(1, run!.FirstSerial);
        return (versionId, (await forms.LayoutAsync(versionId, "pl", CancellationToken.None))!);
    }

    private static Dictionary<string, MarkStyle> Marks(params string[] keys) => keys.ToDictionary(k => k, _ => MarkStyle.Cross);

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, int batch, byte[] content, string fileName) =>
        UploadAsync(client, batch, (content, fileName));

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int batch, params (byte[] Content, string Name)[] files)
    {
        var url = ScansModel.PathOf(batch);
        var page = await Html.ParseAsync(await client.GetAsync(url));
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in Html.HiddenFields(page, "main form[method=post]")) form.Add(new StringContent(value), name);
        foreach (var (content, name) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : name.EndsWith(".jpg", StringComparison.Ordinal) ? "image/jpeg" : "application/pdf");
            form.Add(file, ScansModel.FileField, name);
        }
        return await client.PostAsync(url, form);
    }

    private async Task<ScanBatch> ReadAsync(int scanId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var scan = await Factory.WithDbAsync(db => db.ScanBatches.AsNoTracking().SingleAsync(s => s.Id == scanId));
            // A batch with nothing to verify passes through "queue" on its way to being stored.
            var settling = scan.Status == ScanBatchStatus.Queue && scan.Failure is null
                && !await Factory.WithDbAsync(db => db.ScanQueueItems.AnyAsync(i => i.ScannedForm!.ScanBatchId == scanId && i.Decision == null));
            if (scan.Status != ScanBatchStatus.Reading && !settling) return scan;
            Assert.True(DateTime.UtcNow < deadline, $"The batch was still being read after 90 s ({scan.PagesRead} of {scan.PageCount} pages).");
            await Task.Delay(200);
        }
    }

    private static int ScanIdOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private static async Task<HttpResponseMessage> DecideAsync(HttpClient client, int batch, int scan, string decision)
    {
        var url = ScanQueueModel.PathOf(batch, scan);
        var page = await Html.ParseAsync(await client.GetAsync(url));
        var hidden = Html.HiddenFields(page, "main form[method=post]").Select(h => KeyValuePair.Create(h.Key, h.Value));
        return await client.PostAsync(url, new FormUrlEncodedContent(hidden.Append(KeyValuePair.Create(ScanQueueModel.DecisionField, decision)).ToList()));
    }

    [SkippableFact]
    public async Task AScannedBatch_IsRead_Reported_Queued_AndStoredAllAtOnce_AsPaperResponsesOfTheOpening()
    {
        SkipWithoutDatabase();
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var client = await KeyerAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, client, forms: 5);
        var (_, layout) = await PrintAsync(6);

        var form1 = ScanSimulator.Fill(layout, 1,
            Marks("plec=kobieta", "wiek=26-35", "oceny.uprzejmosc=5", "oceny.sprawnosc=4", "informacje.prasa=pozytywnie"),
            new Dictionary<string, string> { ["uwagi.tekst"] = "Dziękuję" }, Scanner);
        var form2 = ScanSimulator.Fill(layout, 2, Marks("plec=kobieta", "plec=mezczyzna", "termin=tak"), new Dictionary<string, string>(), Scanner);
        var form3 = ScanSimulator.Fill(layout, 3, Marks(), new Dictionary<string, string>(), Scanner);
        var form4 = ScanSimulator.Fill(layout, 4, Marks("plec=kobieta"), new Dictionary<string, string>(), Scanner);
        var pdf = ScanSimulator.WritePdf([form1[0], form1[1], form2[1], form2[0], form3[0], form3[1], form4[0], form1[1]], ScanEncoding.Jpeg);

        var uploaded = await UploadAsync(client, batch, pdf, "skan-parkowa.pdf");
        var scanId = ScanIdOf(uploaded);
        var scan = await ReadAsync(scanId);
        Assert.Equal((ScanBatchStatus.Queue, 8, 8), (scan.Status, scan.PageCount, scan.PagesRead));
        Assert.Equal([(7, "missing-page", (int?)4), (8, "scanned-twice", 1)], ScanBatches.NotesOf(scan).Select(n => (n.Page, n.Reason, n.Serial)));
        var report = await Html.ParseAsync(await client.GetAsync(ScanModel.PathOf(batch, scanId)));
        Assert.Contains("w pliku brakuje drugiej strony tego formularza", report.Body!.TextContent);
        Assert.Contains("ta sama strona formularza po raz drugi w tym pliku", report.Body.TextContent);
        Assert.Null(report.QuerySelector("meta[http-equiv=refresh]"));
        // Nothing is a response before the queue is settled.
        Assert.Empty(await ResponsesAsync(Factory, batch));

        var items = await Factory.WithDbAsync(db => db.ScanQueueItems.AsNoTracking().Include(i => i.ScannedForm).OrderBy(i => i.ScannedFormId).ThenBy(i => i.Id).ToListAsync());
        Assert.Equal([(1, "uwagi.tekst", "written"), (2, "plec", "two-marks")], items.Select(i => (i.ScannedForm!.Serial, i.Key, i.Reason)));
        Assert.All(items, i => Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], i.Image.Take(4)));

        // The queue shows the image and takes the written answer as typed.
        var queue = await Html.ParseAsync(await client.GetAsync(ScanQueueModel.PathOf(batch, scanId)));
        var image = queue.QuerySelector(".scan-crop img")!.GetAttribute("src")!;
        var png = await client.GetAsync(image);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.SeeOther, (await DecideAsync(client, batch, scanId, "Dziękuję za pomoc")).StatusCode);

        // Two marks in a single choice: a number out of range comes back with the message and what was typed.
        var wrong = await DecideAsync(client, batch, scanId, "7");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var again = await Html.ParseAsync(wrong);
        Assert.Equal("7", Value(again, ScanQueueModel.DecisionField));
        Assert.NotEmpty(ErrorText(again));
        Assert.Empty(await ResponsesAsync(Factory, batch));

        var last = await DecideAsync(client, batch, scanId, "1");
        Assert.Equal(HttpStatusCode.SeeOther, last.StatusCode);
        Assert.EndsWith(ScanModel.PathOf(batch, scanId), last.Headers.Location!.OriginalString);

        var stored = await Factory.WithDbAsync(db => db.ScanBatches.AsNoTracking().SingleAsync(s => s.Id == scanId));
        Assert.Equal(ScanBatchStatus.Stored, stored.Status);
        var responses = await ResponsesAsync(Factory, batch);
        Assert.Equal([1, 2], responses.Select(r => r.FormNumber!.Value).Order());
        var first = responses.Single(r => r.FormNumber == 1);
        Assert.Equal("plec=kobieta;wiek=26-35;oceny.uprzejmosc=5;oceny.sprawnosc=4;informacje.prasa=pozytywnie", first.Choices);
        Assert.Equal("Dziękuję za pomoc", Assert.Single(first.Texts).Text);
        Assert.Equal("plec=kobieta;termin=tak", responses.Single(r => r.FormNumber == 2).Choices);
        Assert.Single(await Factory.WithDbAsync(db => db.SurveyResponseImages.Where(i => i.SurveyResponseId == first.Id).ToListAsync()));

        // The empty form is a blank form of the opening: numbers 1-3 are done, 4 and 5 wait for keying.
        var progressAfter = await Factory.WithDbAsync(async db => await BatchProgress.LoadAsync(db, await db.BoxOpenings.SingleAsync(b => b.Id == batch), CancellationToken.None));
        Assert.Equal([FormState.Stored, FormState.Stored, FormState.Blank, FormState.Waiting, FormState.Waiting], progressAfter.FormNumbers.Select(progressAfter.StateOf));
        Assert.Equal(4, progressAfter.NextFor("someone"));
        Assert.Contains("ze skanu (formularz nr seryjny 1)", await client.GetStringAsync(PaperData.BatchPath(batch)));
        Assert.Single(await AuditAsync(Factory, PaperAudit.ScanUploaded));
        Assert.Single(await AuditAsync(Factory, PaperAudit.ScanStored));

        // The Pełnomocnik corrects a scanned form by keying, with the written answer's image beside.
        var supervisor = await SupervisorAsync(Factory);
        var correction = await Html.ParseAsync(await supervisor.GetAsync(PaperData.CorrectionPath(first.Id)));
        var kept = correction.QuerySelector(".scan-crop img")!.GetAttribute("src")!;
        Assert.Equal("image/png", (await supervisor.GetAsync(kept)).Content.Headers.ContentType?.MediaType);

        // The written answer's image goes with its response.
        await Factory.WithDbAsync(db => db.SurveyResponses.Where(r => r.Id == first.Id).ExecuteDeleteAsync());
        Assert.Empty(await Factory.WithDbAsync(db => db.SurveyResponseImages.ToListAsync()));
        Assert.Null(await Factory.WithDbAsync(db => db.ScannedForms.Where(f => f.Serial == 1).Select(f => f.SurveyResponseId).SingleAsync()));

        // The same forms scanned again are caught; nothing of them is stored twice.
        var twice = ScanIdOf(await UploadAsync(client, batch, pdf, "skan-parkowa-2.pdf"));
        var second = await ReadAsync(twice);
        Assert.Equal(
            [(1, "already-scanned"), (2, "already-scanned"), (3, "already-scanned"), (4, "already-scanned"), (5, "already-scanned"), (6, "already-scanned"), (7, "missing-page"), (8, "already-scanned")],
            ScanBatches.NotesOf(second).Select(n => (n.Page, n.Reason)));
        Assert.Single(await ResponsesAsync(Factory, batch));
    }

    [SkippableFact]
    public async Task ABatchWithNothingInDoubt_IsStoredOnceRead_AndADiscardedOne_LeavesNothing()
    {
        SkipWithoutDatabase();
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var client = await KeyerAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, client, forms: 3);
        var (_, layout) = await PrintAsync(3);

        var queued = ScanSimulator.WritePdf(ScanSimulator.Fill(layout, 1, Marks("plec=kobieta"), new Dictionary<string, string> { ["uwagi.tekst"] = "Tak" }, Scanner), ScanEncoding.Jpeg);
        var set = ScanIdOf(await UploadAsync(client, batch, queued, "a.pdf"));
        Assert.Equal(ScanBatchStatus.Queue, (await ReadAsync(set)).Status);
        var page = await Html.ParseAsync(await client.GetAsync(ScanModel.PathOf(batch, set)));
        var form = page.QuerySelector("form[action*='handler=Discard']")!;
        var discard = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(Html.HiddenFields(page, "form[action*='handler=Discard']")));
        Assert.Equal(HttpStatusCode.SeeOther, discard.StatusCode);
        Assert.Equal(ScanBatchStatus.Discarded, (await Factory.WithDbAsync(db => db.ScanBatches.SingleAsync(s => s.Id == set))).Status);
        Assert.Empty(await Factory.WithDbAsync(db => db.ScannedForms.ToListAsync()));
        Assert.Single(await AuditAsync(Factory, PaperAudit.ScanDiscarded));

        // The same serial again after the discard, now without anything to verify: stored as soon as it is read.
        var clean = ScanSimulator.WritePdf(ScanSimulator.Fill(layout, 1, Marks("plec=mezczyzna", "wiek=18-25"), new Dictionary<string, string>(), Scanner), ScanEncoding.Ccitt);
        var read = await ReadAsync(ScanIdOf(await UploadAsync(client, batch, clean, "b.pdf")));
        Assert.Equal(ScanBatchStatus.Stored, read.Status);
        var response = Assert.Single(await ResponsesAsync(Factory, batch));
        Assert.Equal((1, "plec=mezczyzna;wiek=18-25"), (response.FormNumber!.Value, response.Choices));
    }

    [SkippableFact]
    public async Task PagesAsSeparateImageFiles_AreOneBatch_ReadInTheOrderOfTheirNames()
    {
        SkipWithoutDatabase();
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var client = await KeyerAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, client, forms: 2);
        var (_, layout) = await PrintAsync(2);
        var form = ScanSimulator.Fill(layout, 2, Marks("plec=kobieta", "oceny.uprzejmosc=4"), new Dictionary<string, string>(), Scanner);

        var scan = await ReadAsync(ScanIdOf(await UploadAsync(client, batch,
            (ScanSimulator.EncodePng(form[1]), "skan_0002.png"), (ScanSimulator.EncodeJpeg(form[0], 85), "skan_0001.jpg"), (ScanSimulator.EncodePng(form[1]), "skan_0003.png"))));

        Assert.Equal((ScanBatchStatus.Stored, 3, "skan_0001.jpg … skan_0003.png (plików: 3)"), (scan.Status, scan.PageCount, scan.FileName));
        Assert.Equal([(3, "scanned-twice")], ScanBatches.NotesOf(scan).Select(n => (n.Page, n.Reason)));
        Assert.Equal([2], await Factory.WithDbAsync(db => db.ScannedForms.Select(f => f.Serial).ToListAsync()));
        Assert.Equal("1, 2", await Factory.WithDbAsync(db => db.ScannedForms.Select(f => f.Pages).SingleAsync()));
        Assert.Equal("plec=kobieta;oceny.uprzejmosc=4", Assert.Single(await ResponsesAsync(Factory, batch)).Choices);
    }

    [SkippableFact]
    public async Task AFileThatIsNotAScan_ComesBackWithAMessage_AndNothingIsRecorded()
    {
        SkipWithoutDatabase();
        var client = await KeyerAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, client, forms: 2);

        var response = await UploadAsync(client, batch, "to nie jest skan"u8.ToArray(), "notatka.txt");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("nie jest plikiem ze skanera", ErrorText(await Html.ParseAsync(response)));
        Assert.Empty(await Factory.WithDbAsync(db => db.ScanBatches.ToListAsync()));
        var empty = await UploadAsync(client, batch, [], "pusty.pdf");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        // One good file beside one that is not a scan: nothing of either is recorded.
        var mixed = await UploadAsync(client, batch, ([0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0], "a.png"), ("x"u8.ToArray(), "b.txt"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mixed.StatusCode);
        Assert.Empty(await Factory.WithDbAsync(db => db.ScanBatches.ToListAsync()));
    }

    [SkippableFact]
    public async Task WhileABatchIsRead_ItsPageCountsThePages_AndRefreshesItself()
    {
        SkipWithoutDatabase();
        var client = await KeyerAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, client, forms: 2);
        var id = await Factory.WithDbAsync(async db =>
        {
            var scan = new ScanBatch { BoxOpeningId = batch, FileName = "duzy.pdf", PageCount = 120, PagesRead = 37, Status = ScanBatchStatus.Reading, UploadedBy = "Anna Nowak", UploadedAt = DateTimeOffset.UtcNow };
            db.ScanBatches.Add(scan);
            await db.SaveChangesAsync();
            return scan.Id;
        });

        var page = await Html.ParseAsync(await client.GetAsync(ScanModel.PathOf(batch, id)));

        Assert.Equal("3", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Contains("Odczytane strony: 37 z 120.", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("37", page.QuerySelector("progress")!.GetAttribute("value"));
        Assert.Contains("duzy.pdf", (await client.GetStringAsync(ScansModel.PathOf(batch))));
    }

    [SkippableFact]
    public async Task AfterARestart_ABatchWhoseFileIsStillSpooled_IsReadAgain_AndAnOldOneWithoutItsFile_Fails()
    {
        SkipWithoutDatabase();
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        var client = await KeyerAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, client, forms: 2);
        var (_, layout) = await PrintAsync(2);
        var spool = Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ScanSettings>>().Value.Spool;
        var file = Guid.NewGuid().ToString("N");
        System.IO.Directory.CreateDirectory(Path.Combine(spool, file));
        await File.WriteAllBytesAsync(Path.Combine(spool, file, "00001.scan"),
            ScanSimulator.WritePdf(ScanSimulator.Fill(layout, 2, Marks("plec=kobieta"), new Dictionary<string, string>(), Scanner), ScanEncoding.Jpeg));
        var (halfRead, lost) = await Factory.WithDbAsync(async db =>
        {
            var a = new ScanBatch { BoxOpeningId = batch, FileName = "a.pdf", SpoolFile = file, PageCount = 2, PagesRead = 1, Status = ScanBatchStatus.Reading, UploadedBy = "A", UploadedAt = DateTimeOffset.UtcNow };
            var b = new ScanBatch { BoxOpeningId = batch, FileName = "b.pdf", SpoolFile = "nie-ma", PageCount = 2, Status = ScanBatchStatus.Reading, UploadedBy = "B", UploadedAt = DateTimeOffset.UtcNow.AddHours(-2) };
            db.ScanBatches.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });

        await using (var scope = Factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ScanBatches>().ResumeInterruptedAsync(CancellationToken.None);

        Assert.Equal(ScanBatchStatus.Stored, (await ReadAsync(halfRead)).Status);
        // The spool folder goes once the reading is done (just after the batch is stored).
        var gone = DateTime.UtcNow.AddSeconds(10);
        while (System.IO.Directory.Exists(Path.Combine(spool, file)) && DateTime.UtcNow < gone) await Task.Delay(50);
        Assert.False(System.IO.Directory.Exists(Path.Combine(spool, file)));
        Assert.Equal((1, "plec=kobieta"), ((await ResponsesAsync(Factory, batch)).Single().FormNumber!.Value, (await ResponsesAsync(Factory, batch)).Single().Choices));
        var failed = await Factory.WithDbAsync(db => db.ScanBatches.SingleAsync(s => s.Id == lost));
        Assert.Equal((ScanBatchStatus.Failed, ScanFailure.Interrupted), (failed.Status, failed.Failure));
    }

    [SkippableFact]
    public async Task StaffWithoutPaperEntry_AndAnonymousVisitors_CannotScan()
    {
        SkipWithoutDatabase();
        var keyer = await KeyerAsync(Factory);
        var batch = await RecordOpeningAsync(Factory, keyer, forms: 2);
        var mayor = await SignInAsAsync(Factory, "burmistrz@lesko.pl", Roles.Burmistrz);
        var anonymous = Factory.CreateBrowserLikeClient();
        foreach (var url in new[] { ScansModel.PathOf(batch), ScanModel.PathOf(batch, 1), ScanQueueModel.PathOf(batch, 1) })
        {
            Assert.StartsWith("http://localhost/konto/brak-dostepu", (await mayor.GetAsync(url)).Headers.Location?.ToString());
            Assert.StartsWith("http://localhost/konto/logowanie", (await anonymous.GetAsync(url)).Headers.Location?.ToString());
        }
    }
}

public sealed class ScanSqliteTests() : ScanTests(DatabaseKind.Sqlite);

public sealed class ScanPostgresTests() : ScanTests(DatabaseKind.Postgres);
