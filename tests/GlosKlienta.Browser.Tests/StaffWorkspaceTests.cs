using GlosKlienta.Domain.Register;
using GlosKlienta.Web.Features.Register;
using GlosKlienta.Domain.Survey;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Browser.Tests;

/// <summary>
/// Issue 15: every staff page walked at a desktop and a phone width, as an account that may open them all (all roles
/// but the administrator's; its roles require the second factor, so it signs in with a code): the page never scrolls sideways (a wide table scrolls
/// in its own box on a phone), at 1366 px the data tables need no sideways scrolling at all, axe finds nothing, and
/// a screenshot of each is left to look at.
/// </summary>
[Collection(AnalysisBrowserCollection.Name)]
public sealed class StaffWorkspaceTests(BrowserFixture app, ITestOutputHelper output)
{
    private const string Everyone = "wszystkie-role@lesko.pl";

    /// <summary>The pages walked: every staff page that needs no record of its own to show.</summary>
    private static readonly string[] Paths =
    [
        "/personel", "/personel/rejestr", "/personel/rejestr/nowa", "/personel/rejestr/sprawozdanie", "/personel/analiza/dane",
        "/personel/ankiety", "/personel/ankiety/1", "/personel/ankiety/nowa", "/personel/papier", "/personel/papier/otwarcie",
        "/personel/papier/skrzynki", "/personel/tablice", "/personel/tablice/opiekunowie", "/personel/spis", "/personel/spis/stan",
        "/personel/spis/stanowisko/1", "/personel/przyjecia", "/personel/prasa", "/personel/prasa/nowy", "/personel/media",
        "/personel/konferencje", "/personel/materialy", "/personel/dziennik", "/personel/plakat", "/konto", "/personel/dzialania",
        "/personel/rejestr/brakowanie", "/personel/rejestr/usuniecia", "/personel/rejestry-niezmienne", "/personel/materialy/1",
        "/personel/papier/druk",
    ];

    private async Task EnsureDataAsync()
    {
        if (await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == Everyone))) return;
        await StaffSignIn.CreateUserAsync(app, Everyone, [.. Roles.All.Where(r => r != Roles.Administrator)]);
        // The poster and the boards print only with the office's public address.
        await app.WithDbAsync(async db => { (await db.Offices.SingleAsync()).PublicUrl = "https://ankieta.lesko.pl"; return await db.SaveChangesAsync(); });
        app.Services.GetRequiredService<GlosKlienta.Web.Features.Office.OfficeProfileProvider>().Invalidate();
        await using var scope = app.Services.CreateAsyncScope();
        var registration = scope.ServiceProvider.GetRequiredService<CaseRegistration>();
        var today = GlosKlienta.Tests.Shared.OfficeDate.Today();
        for (var i = 0; i < 12; i++)
            await registration.RegisterAsync(new NewCase(today.AddDays(-3 * i), i % 2 == 0 ? CaseChannel.Papier : CaseChannel.FormularzOnline, null,
                i % 3 == 0 ? "Stowarzyszenie Przyjaciół Ziemi Leskiej i Bieszczad" : "Jan Kowalski", "ul. Zielona 2, 38-600 Lesko", null,
                SenderKind.Obywatel, i % 4 == 0 ? "Długie oczekiwanie w kasie na przyjęcie wpłaty za wywóz odpadów komunalnych" : "Nieuprzejma obsługa",
                "Treść sprawy.", i % 5 == 0 ? CaseKind.Wniosek : CaseKind.Skarga), [], null, CancellationToken.None);
    }

    /// <summary>
    /// One signed-in session walks every page at one width (a session per page cost more in sign-ins than the pages
    /// themselves); every page's faults are gathered, so one failure names all of them.
    /// </summary>
    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task StaffPages_FitTheWidth_AndHaveNoWcagViolations(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        await EnsureDataAsync();
        await using var session = await StaffSignIn.OpenSignedInAsync(app, Everyone, width, 900);
        var page = session.Page;
        var faults = new List<string>();
        foreach (var path in Paths)
        {
            var response = await page.GotoAsync(path);
            if (response!.Status != 200)
            {
                faults.Add($"{path}: {response.Status}");
                continue;
            }
            var name = "staff-walk" + path.Replace('/', '-') + "-" + width;
            output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, name)}");
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            if (widths[0] > widths[1])
            {
                var widest = await page.EvaluateAsync<string>(
                    "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth && !e.closest('.table-scroll'))" +
                    ".slice(0, 6).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className : '') + ' right=' + Math.round(e.getBoundingClientRect().right)).join('; ')");
                faults.Add($"{path} at {width}px scrolls sideways: {widths[0]} > {widths[1]}: {widest}");
            }
            if (width >= 1366)
            {
                var scrolled = await page.EvaluateAsync<string[]>(
                    "() => [...document.querySelectorAll('.table-scroll')].filter(e => e.scrollWidth > e.clientWidth + 1).map(e => (e.querySelector('caption')?.textContent ?? e.id ?? '').trim() + ' ' + e.scrollWidth + '>' + e.clientWidth)");
                if (scrolled.Length > 0) faults.Add($"{path} at {width}px: tables scroll sideways: {string.Join("; ", scrolled)}");
            }
            try
            {
                await Checks.AssertNoAxeViolationsAsync(page, $"{path} at {width}px");
            }
            catch (Xunit.Sdk.XunitException ex)
            {
                faults.Add(ex.Message);
            }
        }
        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    /// <summary>
    /// The screens this issue added: the letters page previewing a reply drafted before closing, and the survey-version
    /// editor with its table of contents and a save button per question, at both widths with axe.
    /// </summary>
    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task ReplyDraftPreview_AndVersionEditor_FitTheWidth_AndHaveNoWcagViolations(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        await EnsureDataAsync();
        var (caseId, draftId) = await app.WithDbAsync(async db =>
        {
            var c = await db.RegisterCases.Where(x => x.Kind == CaseKind.Skarga).OrderBy(x => x.Id).FirstAsync();
            c.DraftOutcome = CaseOutcome.SkargaZasadna;
            c.ReplyDraftedAt = DateTimeOffset.UtcNow;
            c.ReplyBodyName = "Burmistrz Miasta i Gminy Lesko";
            c.ReplyContent = "Skargę uznano za zasadną. Kasa urzędu będzie czynna do godziny 15:30 także w piątki, a pracownika pouczono o obowiązku uprzejmej obsługi.";
            c.SignerName = "Adam Nowak";
            c.SignerPost = "Burmistrz Miasta i Gminy Lesko";
            var draft = await db.SurveyVersions.FirstOrDefaultAsync(v => v.Status == SurveyVersionStatus.Draft);
            if (draft is null)
            {
                var first = await db.SurveyVersions.OrderBy(v => v.Number).FirstAsync();
                draft = new SurveyVersion { Number = 99, Status = SurveyVersionStatus.Draft, Definition = first.Definition, CreatedAt = DateTimeOffset.UtcNow, BasedOnVersionId = first.Id, CreatedBy = Everyone };
                db.SurveyVersions.Add(draft);
            }
            await db.SaveChangesAsync();
            return (c.Id, draft.Id);
        });
        await using var session = await StaffSignIn.OpenSignedInAsync(app, Everyone, width, 900);
        var page = session.Page;

        foreach (var (path, name) in new[] { ($"/personel/rejestr/{caseId}/pisma", "pisma-projekt"), ($"/personel/ankiety/{draftId}/edycja", "ankieta-edycja"),
            ($"/personel/ankiety/{draftId}/tlumaczenie/uk", "ankieta-tlumaczenie") })
        {
            Assert.Equal(200, (await page.GotoAsync(path))!.Status);
            output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, $"staff-{name}-{width}")}");
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1], $"{path} at {width}px scrolls sideways: {widths[0]} > {widths[1]}");
            await Checks.AssertNoAxeViolationsAsync(page, $"{path} at {width}px");
        }
        await page.GotoAsync($"/personel/rejestr/{caseId}/pisma");
        Assert.Contains("Kasa urzędu będzie czynna", await page.Locator(".letter-preview .preview-frame").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync($"/personel/ankiety/{draftId}/edycja");
        Assert.True(await page.Locator("nav.toc a[href^='#pytanie-']").CountAsync() >= 10);
    }

    /// <summary>
    /// Issue 13: the action register's pages with content: the list, an audit with a finding and the action it raised,
    /// a corrective action from a justified skarga waiting for its effectiveness check, and the form that starts one.
    /// </summary>
    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task ActionRegister_FitsTheWidth_AndHasNoWcagViolations(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        await EnsureDataAsync();
        var (auditId, correctiveId, caseId) = await app.WithDbAsync(async db =>
        {
            var c = await db.RegisterCases.Where(x => x.Kind == CaseKind.Skarga).OrderBy(x => x.Id).Skip(1).FirstAsync();
            c.Outcome = CaseOutcome.SkargaZasadna;
            c.ClosedOn ??= GlosKlienta.Tests.Shared.OfficeDate.Today();
            c.ConcernsUnitId ??= await db.OrganisationalUnits.OrderBy(u => u.Id).Select(u => (int?)u.Id).FirstAsync();
            var post = await db.Posts.OrderBy(p => p.Id).FirstAsync();
            var today = GlosKlienta.Tests.Shared.OfficeDate.Today();
            var audit = new GlosKlienta.Web.Features.Actions.QualityAction
            {
                Kind = GlosKlienta.Domain.Actions.ActionKind.Audit, Source = GlosKlienta.Domain.Actions.ActionSource.AuditProgramme,
                Finding = "Ryzyko: długie kolejki w Urzędzie Stanu Cywilnego w poniedziałki", What = "Audit obsługi klienta w Urzędzie Stanu Cywilnego",
                Auditor = "Anna Auditorka", OwnerPostId = post.Id, OwnerName = post.Name, Due = today.AddDays(-3), CreatedAt = DateTimeOffset.UtcNow, CreatedBy = Everyone,
            };
            var corrective = new GlosKlienta.Web.Features.Actions.QualityAction
            {
                Kind = GlosKlienta.Domain.Actions.ActionKind.Corrective, Source = GlosKlienta.Domain.Actions.ActionSource.Complaint, RegisterCaseId = c.Id,
                Finding = $"Skarga {c.RegisterNumber} uznana za zasadną: {c.Subject}", What = "Szkolenie pracowników kasy z obsługi klienta i nowy grafik w piątki",
                Whys = "Klient czekał godzinę\nW kasie pracowała jedna osoba\nGrafik nie uwzględniał piątkowego szczytu", RootCause = "Grafik kasy układany bez danych o ruchu klientów",
                OwnerPostId = post.Id, OwnerName = post.Name, Due = today.AddDays(5), Status = GlosKlienta.Domain.Actions.ActionStatus.Done, DoneOn = today,
                CreatedAt = DateTimeOffset.UtcNow, CreatedBy = Everyone,
            };
            db.QualityActions.AddRange(audit, corrective);
            await db.SaveChangesAsync();
            db.QualityActionNotes.Add(new GlosKlienta.Web.Features.Actions.QualityActionNote
            {
                QualityActionId = audit.Id, Kind = GlosKlienta.Web.Features.Actions.ActionNoteKind.Finding,
                Text = "Brak informacji o godzinach przyjęć na drzwiach pokoju 12; klienci pytają w sekretariacie.", AddedAt = DateTimeOffset.UtcNow, AddedBy = Everyone,
            });
            db.QualityActionNotes.Add(new GlosKlienta.Web.Features.Actions.QualityActionNote
            {
                QualityActionId = corrective.Id, Kind = GlosKlienta.Web.Features.Actions.ActionNoteKind.Note,
                Text = "Szkolenie odbyło się 3 grudnia; lista obecności w aktach sprawy.", AddedAt = DateTimeOffset.UtcNow, AddedBy = Everyone,
            });
            await db.SaveChangesAsync();
            return (audit.Id, corrective.Id, c.Id);
        });
        await using var session = await StaffSignIn.OpenSignedInAsync(app, Everyone, width, 900);
        var page = session.Page;
        foreach (var (path, name) in new[]
        {
            ("/personel/dzialania", "dzialania"), ($"/personel/dzialania/{auditId}", "dzialanie-audit"),
            ($"/personel/dzialania/{correctiveId}", "dzialanie-korygujace"), ($"/personel/dzialania/ze-skargi/{caseId}", "dzialanie-ze-skargi"),
            ($"/personel/rejestr/{caseId}", "sprawa-z-dzialaniem"),
        })
        {
            Assert.Equal(200, (await page.GotoAsync(path))!.Status);
            output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, $"staff-{name}-{width}")}");
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1], $"{path} at {width}px scrolls sideways: {widths[0]} > {widths[1]}");
            await Checks.AssertNoAxeViolationsAsync(page, $"{path} at {width}px");
        }
        await page.GotoAsync($"/personel/dzialania/{correctiveId}");
        Assert.Contains("nie minęło jeszcze 90 dni", await page.Locator("section[aria-labelledby=skutecznosc]").InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The management reviews and one review's page: the inputs as the document shows them (tables, the trend chart,
    /// perception against performance), the outputs form, a decision, and the approval, as a person with every role sees them.
    /// </summary>
    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task ManagementReview_FitsTheWidth_AndHasNoWcagViolations(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        await EnsureDataAsync();
        var id = await app.WithDbAsync(async db =>
        {
            var today = GlosKlienta.Tests.Shared.OfficeDate.Today();
            var review = new GlosKlienta.Web.Features.Review.ManagementReview
            {
                From = new DateOnly(today.Year, 1, 1), To = today, HeldOn = today, Participants = "Burmistrz, Zastępca Burmistrza, Sekretarz, Pełnomocnik ds. SZJ",
                Assessment = "System działa; słabym punktem jest informowanie klientów o terminach.", CreatedAt = DateTimeOffset.UtcNow, CreatedBy = Everyone,
            };
            db.ManagementReviews.Add(review);
            await db.SaveChangesAsync();
            var post = await db.Posts.OrderBy(p => p.Id).FirstAsync();
            db.QualityActions.Add(new GlosKlienta.Web.Features.Actions.QualityAction
            {
                Kind = GlosKlienta.Domain.Actions.ActionKind.Preventive, Source = GlosKlienta.Domain.Actions.ActionSource.ReviewDecision, ManagementReviewId = review.Id,
                Finding = "Klienci odczuwają zwłokę częściej, niż wynika z rejestru", What = "Informacja o terminach załatwiania spraw na drzwiach i w kartach usług",
                OwnerPostId = post.Id, OwnerName = post.Name, Due = today.AddDays(60), CreatedAt = DateTimeOffset.UtcNow, CreatedBy = Everyone,
            });
            await db.SaveChangesAsync();
            return review.Id;
        });
        await using var session = await StaffSignIn.OpenSignedInAsync(app, Everyone, width, 900);
        var page = session.Page;
        foreach (var (path, name) in new[] { ("/personel/przeglad", "przeglady"), ($"/personel/przeglad/{id}", "przeglad") })
        {
            Assert.Equal(200, (await page.GotoAsync(path))!.Status);
            output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, $"staff-{name}-{width}")}");
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1], $"{path} at {width}px scrolls sideways: {widths[0]} > {widths[1]}");
            await Checks.AssertNoAxeViolationsAsync(page, $"{path} at {width}px");
        }
        Assert.Equal(1, await page.Locator("form[action*='handler=Approve']").CountAsync());
        Assert.Contains("Informacja o terminach", await page.Locator("#decyzje ~ div table").InnerTextAsync(), StringComparison.Ordinal);
    }
}
