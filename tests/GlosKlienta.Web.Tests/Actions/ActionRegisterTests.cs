using GlosKlienta.Domain.Actions;
using GlosKlienta.Domain.Register;
using GlosKlienta.Web.Features.Actions;

namespace GlosKlienta.Web.Tests.Actions;

/// <summary>The register of corrective and preventive actions and audits (issue 13): its life, who may close, its links both ways, its trail.</summary>
public abstract class ActionRegisterTests(DatabaseKind kind) : ActionsAppTest(kind)
{
    private static string Page(int id) => ActionPaths.Action(id);

    private Task<QualityAction> ActionAsync(int id) => App.WithDbAsync(db => db.QualityActions.AsNoTracking().SingleAsync(a => a.Id == id));

    [SkippableFact]
    public async Task AnAction_IsCarriedOutByTheUnitHead_AndClosedOnlyByThePelnomocnik_EveryStepInItsTrail()
    {
        var representative = await App.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        var head = await App.SignInAsync("kierownik@lesko.pl", Roles.KierownikReferatu);
        var id = await App.CreateAsync(representative);
        Assert.Equal(ActionStatus.Planned, (await ActionAsync(id)).Status);

        // The head starts it, and is not offered the effectiveness check or a cancellation.
        Assert.Equal(HttpStatusCode.Redirect, (await ActionsApp.PostAsync(head, Page(id), "form[action*='handler=Move']", ("To", "InProgress"))).StatusCode);
        var page = await Html.ParseAsync(await head.GetAsync(Page(id)));
        Assert.Equal(["Done"], page.QuerySelectorAll("input[name=To]").Select(i => i.GetAttribute("value")).ToList());

        // Done without a word of what was done: refused, and the typed text is kept.
        var refused = await ActionsApp.PostAsync(head, Page(id), "form[action*='handler=Move']", ("To", "Done"), ("Reason", ""));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await Html.ParseAsync(refused)).QuerySelector("#Reason-blad"));
        Assert.Equal(ActionStatus.InProgress, (await ActionAsync(id)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await ActionsApp.PostAsync(head, Page(id), "form[action*='handler=Note']", ("NoteText", "Wzór zawiadomienia zmieniony i rozesłany do referatów."))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActionsApp.PostAsync(head, Page(id), "form[action*='handler=Move']", ("To", "Done"))).StatusCode);
        Assert.Equal(App.Today, (await ActionAsync(id)).DoneOn);

        // A forged post of the check by the head is refused by the rule, not only by the page.
        var forged = await ActionsApp.PostAsync(head, Page(id), "form[action*='handler=Move']", ("To", "Effective"));
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Pełnomocnik", (await Html.ParseAsync(forged)).QuerySelector("#To-blad")!.TextContent);
        Assert.Equal(ActionStatus.Done, (await ActionAsync(id)).Status);

        // Not effective needs a reason; effective does not.
        var noReason = await ActionsApp.PostAsync(representative, Page(id), "form[action*='handler=Move']", ("To", "NotEffective"), ("Reason", " "));
        Assert.NotNull((await Html.ParseAsync(noReason)).QuerySelector("#Reason-blad"));
        Assert.Equal(HttpStatusCode.Redirect, (await ActionsApp.PostAsync(representative, Page(id), "form[action*='handler=Move']", ("To", "Effective"))).StatusCode);
        var closed = await ActionAsync(id);
        Assert.Equal((ActionStatus.Effective, "pelnomocnik@lesko.pl"), (closed.Status, closed.CheckedBy));

        // Closed: no more moves or notes, and the trail names every step.
        page = await Html.ParseAsync(await representative.GetAsync(Page(id)));
        Assert.Null(page.QuerySelector("form[action*='handler=Move']"));
        Assert.Null(page.QuerySelector("form[action*='handler=Note']"));
        var trail = page.QuerySelectorAll("#historia ~ div table tbody tr, section[aria-labelledby=historia] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(5, trail.Count);
        Assert.Contains(trail, t => t.Contains("zaplanowane → w realizacji", StringComparison.Ordinal));
        Assert.Contains(trail, t => t.Contains("zrealizowane → skuteczne", StringComparison.Ordinal));
        var audited = await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.SubjectType == ActionAudit.SubjectType && e.SubjectId == id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(5, audited);
    }

    [SkippableFact]
    public async Task ANewAction_WithMistakes_ComesBackWithEverythingTyped_AndNothingStored()
    {
        var representative = await App.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        var response = await ActionsApp.PostAsync(representative, ActionsApp.List, "main form[method=post]",
            ("Kind", "Audit"), ("Source", "AuditProgramme"), ("Finding", "Ryzyko: kolejki w USC w poniedziałki"), ("What", "Audit obsługi w USC"),
            ("OwnerPostId", "999999"), ("Auditor", ""), ("Due", ActionsApp.Iso(App.Today.AddDays(-1))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#OwnerPostId-blad"));
        Assert.NotNull(page.QuerySelector("#Auditor-blad"));
        Assert.NotNull(page.QuerySelector("#Due-blad"));
        Assert.Equal("Audit obsługi w USC", Html.TextValue(page, "What"));
        Assert.Equal("Ryzyko: kolejki w USC w poniedziałki", Html.TextValue(page, "Finding"));
        Assert.True(Html.IsChecked(page, "Kind", "Audit"));
        Assert.True(Html.IsChecked(page, "Source", "AuditProgramme"));
        Assert.Equal(0, await App.WithDbAsync(db => db.QualityActions.CountAsync()));
    }

    [SkippableFact]
    public async Task TheRegister_IsReadByHeadsAndTheMayor_KeptByThePelnomocnik_AndClosedToOthers()
    {
        var employee = await App.SignInAsync("pracownik@lesko.pl", Roles.Pracownik);
        Assert.Equal(HttpStatusCode.Redirect, (await employee.GetAsync(ActionsApp.List)).StatusCode);
        var mayor = await App.SignInAsync("burmistrz@lesko.pl", Roles.Burmistrz);
        var list = await Html.ParseAsync(await mayor.GetAsync(ActionsApp.List));
        Assert.Null(list.QuerySelector("main form[method=post]"));
        var representative = await App.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        var id = await App.CreateAsync(representative);
        var page = await Html.ParseAsync(await mayor.GetAsync(Page(id)));
        Assert.Null(page.QuerySelector("form[action*='handler=Move']"));
        var forbidden = await mayor.PostAsync(Page(id) + "?handler=Move", new FormUrlEncodedContent([KeyValuePair.Create("To", "Cancelled")]));
        Assert.False(forbidden.StatusCode == HttpStatusCode.Redirect && forbidden.Headers.Location?.OriginalString == Page(id));
        Assert.Equal(ActionStatus.Planned, (await ActionAsync(id)).Status);
    }

    [SkippableFact]
    public async Task AJustifiedComplaint_StartsACorrectiveAction_LinkedBothWays_AndItsRecurrenceProposesTheVerdict()
    {
        var unit = await App.UnitAsync();
        var justified = await App.ComplaintAsync(1, App.Today.AddDays(-200), CaseOutcome.SkargaZasadna, unit);
        var unfounded = await App.ComplaintAsync(2, App.Today.AddDays(-190), CaseOutcome.SkargaNiezasadna, unit);
        var keeper = await App.SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);

        var casePage = await Html.ParseAsync(await keeper.GetAsync($"/personel/rejestr/{justified}"));
        Assert.NotNull(casePage.QuerySelector($"a[href='{ActionPaths.FromCase(justified)}']"));
        Assert.Null((await Html.ParseAsync(await keeper.GetAsync($"/personel/rejestr/{unfounded}"))).QuerySelector($"a[href='{ActionPaths.FromCase(unfounded)}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await keeper.GetAsync(ActionPaths.FromCase(unfounded))).StatusCode);

        var (post, _) = await App.PostAsync();
        var form = await Html.ParseAsync(await keeper.GetAsync(ActionPaths.FromCase(justified)));
        Assert.Contains("Skarga 1/", Html.TextValue(form, "Finding"));
        var created = await ActionsApp.PostAsync(keeper, ActionPaths.FromCase(justified), "main form[method=post]",
            ("Finding", Html.TextValue(form, "Finding")!), ("What", "Szkolenie z terminów wydawania odpisów"), ("OwnerPostId", post), ("Due", ActionsApp.Iso(App.Today.AddDays(14))));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        var action = await ActionAsync(id);
        Assert.Equal((ActionKind.Corrective, ActionSource.Complaint, (int?)justified), (action.Kind, action.Source, action.RegisterCaseId));
        casePage = await Html.ParseAsync(await keeper.GetAsync($"/personel/rejestr/{justified}"));
        Assert.NotNull(casePage.QuerySelector($"a[href='{Page(id)}']"));
        var actionPage = await Html.ParseAsync(await keeper.GetAsync(Page(id)));
        Assert.NotNull(actionPage.QuerySelector($"a[href='/personel/rejestr/{justified}']"));

        // Done 100 days ago; since then one more skarga about the unit, found justified: the data propose "not effective".
        await App.WithDbAsync(async db =>
        {
            await db.QualityActions.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ActionStatus.Done).SetProperty(a => a.DoneOn, App.Today.AddDays(-100)));
            return 0;
        });
        var representative = await App.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        var effect = (await Html.ParseAsync(await representative.GetAsync(Page(id)))).QuerySelector("section[aria-labelledby=skutecznosc]")!.TextContent;
        Assert.Contains("Propozycja: skuteczne.", effect);
        await App.ComplaintAsync(3, App.Today.AddDays(-30), CaseOutcome.SkargaZasadna, unit);
        var page = await Html.ParseAsync(await representative.GetAsync(Page(id)));
        effect = page.QuerySelector("section[aria-labelledby=skutecznosc]")!.TextContent;
        Assert.Contains("Propozycja: nieskuteczne.", effect);
        Assert.Contains("3/", effect);
        Assert.True(Html.IsChecked(page, "To", "NotEffective"));
    }

    [SkippableFact]
    public async Task AnAuditsFinding_RaisesAnAction_LinkedBothWays_AndOnlyOnce()
    {
        var representative = await App.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        var audit = await App.CreateAsync(representative, kind: "Audit", source: "AuditProgramme", what: "Audit obsługi klienta w USC");
        Assert.Equal(HttpStatusCode.Redirect, (await ActionsApp.PostAsync(representative, Page(audit), "form[action*='handler=Finding']", ("FindingText", "Brak informacji o godzinach przyjęć na drzwiach pokoju 12."))).StatusCode);
        var page = await Html.ParseAsync(await representative.GetAsync(Page(audit)));
        var finding = page.QuerySelector("select[name=FindingId] option")!.GetAttribute("value")!;
        var (post, _) = await App.PostAsync();
        var raised = await ActionsApp.PostAsync(representative, Page(audit), "form[action*='handler=Raise']",
            ("FindingId", finding), ("RaiseKind", "Corrective"), ("RaiseWhat", "Oznaczyć drzwi pokoju 12 godzinami przyjęć"), ("OwnerPostId", post), ("RaiseDue", ActionsApp.Iso(App.Today.AddDays(7))));
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var id = int.Parse(raised.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        var action = await ActionAsync(id);
        Assert.Equal((ActionSource.AuditFinding, (int?)audit, "Brak informacji o godzinach przyjęć na drzwiach pokoju 12."), (action.Source, action.AuditId, action.Finding));
        Assert.NotNull((await Html.ParseAsync(await representative.GetAsync(Page(id)))).QuerySelector($"a[href='{Page(audit)}']"));
        page = await Html.ParseAsync(await representative.GetAsync(Page(audit)));
        Assert.NotNull(page.QuerySelector($"#ustalenia a[href='{Page(id)}'], section[aria-labelledby=ustalenia] a[href='{Page(id)}']"));
        Assert.Null(page.QuerySelector("form[action*='handler=Raise']"));
        Assert.Equal(2, await App.WithDbAsync(db => db.QualityActions.CountAsync()));
    }

    [SkippableFact]
    public async Task Evidence_IsCheckedByItsContent_KeptWithItsHash_AndDownloadedAsUploaded()
    {
        var representative = await App.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        var id = await App.CreateAsync(representative);
        var page = await Html.ParseAsync(await representative.GetAsync(Page(id)));
        var token = Html.HiddenFields(page, "form[action*='handler=Note']")["__RequestVerificationToken"];
        async Task<HttpResponseMessage> UploadAsync(string name, byte[] bytes)
        {
            var content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent("Protokół ze szkolenia"), "NoteText" },
                { new ByteArrayContent(bytes), "NoteFiles", name },
            };
            return await representative.PostAsync(Page(id) + "?handler=Note", content);
        }
        var fake = await UploadAsync("protokol.pdf", "MZ this is not a PDF"u8.ToArray());
        Assert.Equal(HttpStatusCode.OK, fake.StatusCode);
        var kept = await Html.ParseAsync(fake);
        Assert.NotNull(kept.QuerySelector("#NoteFiles-blad"));
        Assert.Equal("Protokół ze szkolenia", Html.TextValue(kept, "NoteText"));
        Assert.Equal(0, await App.WithDbAsync(db => db.QualityActionNotes.CountAsync()));

        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync("protokol.pdf", pdf)).StatusCode);
        var note = await App.WithDbAsync(db => db.QualityActionNotes.AsNoTracking().SingleAsync());
        Assert.Equal((ActionNoteKind.Evidence, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf))), (note.Kind, note.Sha256));
        var download = await representative.GetAsync(ActionPaths.Evidence(id, note.Id));
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }
}

public sealed class ActionRegisterSqliteTests() : ActionRegisterTests(DatabaseKind.Sqlite);

public sealed class ActionRegisterPostgresTests() : ActionRegisterTests(DatabaseKind.Postgres);
