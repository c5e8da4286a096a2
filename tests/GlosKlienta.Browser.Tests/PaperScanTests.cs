using GlosKlienta.Paper;
using GlosKlienta.Paper.Tests.Scanning;
using GlosKlienta.Web.Features.Paper;

namespace GlosKlienta.Browser.Tests;

/// <summary>
/// Paper forms end to end in a browser (issue 14): a run printed for a box, its forms filled in and scanned (the simulator stands in
/// for pen and scanner), the scanner's file uploaded into the box opening, its count followed until read, the queue settled by
/// keyboard one decision at a time, and the batch stored as responses of the opening; each screen seen at 1366 and 390 px with axe.
/// </summary>
[Collection(PaperBrowserCollection.Name)]
public sealed class PaperScanTests(BrowserFixture app, ITestOutputHelper output)
{
    private const string Person = "skany@lesko.pl";

    [SkippableFact]
    public async Task Print_Scan_Queue_AndSettle_EndToEnd()
    {
        BrowserFixture.SkipIfNoChromium();
        Skip.IfNot(ScanSimulator.CanRasterize, ScanSimulator.SkipReason);
        if (!await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == Person)))
            await StaffSignIn.CreateUserAsync(app, Person, Roles.Pracownik, Roles.PelnomocnikSzj);
        var batch = await app.WithDbAsync(async db =>
        {
            var year = GlosKlienta.Tests.Shared.OfficeDate.Today().Year;
            var opening = new BoxOpening
            {
                Year = year,
                Number = (await db.BoxOpenings.Where(b => b.Year == year).MaxAsync(b => (int?)b.Number) ?? 0) + 1,
                SurveyBoxId = await db.SurveyBoxes.Select(b => b.Id).FirstAsync(),
                OpenedOn = GlosKlienta.Tests.Shared.OfficeDate.Today().AddDays(-1),
                OpenedBy = "Maria Kowalska",
                RecordedAt = DateTimeOffset.UtcNow,
                FormCount = 2,
                SurveyVersionId = await db.SurveyVersions.Where(v => v.Number == 1).Select(v => v.Id).SingleAsync(),
            };
            db.BoxOpenings.Add(opening);
            await db.SaveChangesAsync();
            return opening;
        });
        await using var session = await StaffSignIn.OpenSignedInAsync(app, Person, 1366, 900);
        var page = session.Page;

        // Print: a run of two forms for the box, and its PDF.
        await page.GotoAsync("/personel/papier/druk");
        await page.GetByLabel("Skrzynka, do której trafią formularze").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Liczba formularzy").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz serię i przygotuj PDF" }).ClickAsync();
        await page.WaitForURLAsync("**/personel/papier/druk?nowy=*");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Pobierz PDF do druku" }).ClickAsync());
        await using (var pdf = await download.CreateReadStreamAsync())
        {
            var head = new byte[5];
            await pdf.ReadExactlyAsync(head);
            Assert.Equal("%PDF-"u8.ToArray(), head);
        }
        var run = await app.WithDbAsync(db => db.PrintRuns.OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal(2, run.Count);

        // Filled in and scanned: the first form with two ages ticked and a remark written, the second clean.
        FormLayout layout;
        await using (var scope = app.Services.CreateAsyncScope())
            layout = (await scope.ServiceProvider.GetRequiredService<PrintedForms>().LayoutAsync(run.SurveyVersionId, run.Language, CancellationToken.None))!;
        var options = new ScanOptions(Dpi: 200, RotationDeg: -1.2, Scale: 0.97, Seed: 11);
        var first = ScanSimulator.Fill(layout, run.FirstSerial,
            new Dictionary<string, MarkStyle> { ["plec=kobieta"] = MarkStyle.Cross, ["wiek=26-35"] = MarkStyle.Cross, ["wiek=36-45"] = MarkStyle.Tick, ["oceny.uprzejmosc=5"] = MarkStyle.Filled },
            new Dictionary<string, string> { ["uwagi.tekst"] = "Miła obsługa" }, options);
        var second = ScanSimulator.Fill(layout, run.FirstSerial + 1,
            new Dictionary<string, MarkStyle> { ["plec=mezczyzna"] = MarkStyle.Cross, ["termin=tak"] = MarkStyle.Cross }, new Dictionary<string, string>(), options);
        var file = Path.Combine(Path.GetTempPath(), $"skan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, ScanSimulator.WritePdf([first[0], first[1], second[0], second[1]], ScanEncoding.Jpeg));
        try
        {
            // Scan: upload into the opening, and follow the self-refreshing count until the report.
            await page.GotoAsync(PaperData.BatchPath(batch.Id));
            await page.GetByRole(AriaRole.Link, new() { Name = "Skany z tego otwarcia" }).ClickAsync();
            await page.WaitForURLAsync("**/skany");
            await SeenAsync(page, "upload");
            await page.GetByLabel("Pliki ze skanera").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Wczytaj skany" }).ClickAsync();
            var toQueue = page.GetByRole(AriaRole.Link, new() { Name = "Przejdź do weryfikacji" });
            await toQueue.WaitForAsync(new() { Timeout = 60_000 });
            Assert.Contains("Strony w pliku: 4. Odczytane formularze: 2.", await page.Locator("[role=status]").First.InnerTextAsync());
            await SeenAsync(page, "report");

            // Queue: the two ages (the person reads the tick as the answer), keyed as on the keying screen; then the remark, typed in.
            await toQueue.ClickAsync();
            await page.WaitForURLAsync("**/kolejka");
            Assert.True(await page.EvaluateAsync<bool>("() => { const i = document.querySelector('.scan-crop img'); return i.complete && i.naturalWidth > 100; }"));
            Assert.Contains("więcej niż jeden znak", await page.Locator(".scan-item").InnerTextAsync());
            await SeenAsync(page, "queue");
            var decision = page.GetByLabel("Co jest zaznaczone (jak przy wprowadzaniu)");
            Assert.True(await decision.EvaluateAsync<bool>("e => e === document.activeElement"), "the decision's input has the focus when the page opens");
            // One key per decision: the proposal ("2") is selected, and the one number this question takes saves at once.
            Assert.Equal("2", await decision.InputValueAsync());
            await page.Keyboard.PressAsync("3");
            await page.GetByLabel("Treść odpowiedzi").WaitForAsync();
            await page.Keyboard.TypeAsync("Miła obsługa");
            await page.Keyboard.PressAsync("Enter");

            // Settled: the batch is stored as the opening's forms 1 and 2.
            await page.GetByText("Zapisano formularze z tego pliku: 2. Numery formularzy w otwarciu: 1–2.").WaitForAsync();
            await SeenAsync(page, "stored");
            var responses = await app.WithDbAsync(db => db.SurveyResponses.Include(r => r.Texts).Where(r => r.BoxOpeningId == batch.Id).OrderBy(r => r.FormNumber).ToListAsync());
            Assert.Equal(["plec=kobieta;wiek=36-45;oceny.uprzejmosc=5", "plec=mezczyzna;termin=tak"], responses.Select(r => r.Choices));
            Assert.Equal("Miła obsługa", Assert.Single(responses[0].Texts).Text);

            // The Pełnomocnik corrects a scanned form by keying, the written answer's image above the inputs.
            await page.GetByRole(AriaRole.Link, new() { Name = "1", Exact = true }).ClickAsync();
            await page.WaitForURLAsync("**/personel/papier/odpowiedz/*");
            Assert.True(await page.EvaluateAsync<bool>("() => { const i = document.querySelector('.scan-crop img'); return i.complete && i.naturalWidth > 100; }"));
            await SeenAsync(page, "correction");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The screen at 1366 and 390 px: no sideways scrolling, no axe violations, a screenshot of each.</summary>
    private async Task SeenAsync(IPage page, string state)
    {
        foreach (var width in new[] { 1366, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await Checks.AssertNoAxeViolationsAsync(page, $"scan {state} at {width}px");
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, $"staff-papier-skan-{state}-{width}")}");
            Assert.True(widths[0] <= widths[1], $"the scan {state} page at {width}px scrolls sideways: {widths[0]} > {widths[1]}");
        }
        await page.SetViewportSizeAsync(1366, 900);
    }
}
