using GlosKlienta.Web.Features.Register.Letters;
using GlosKlienta.Web.Features.Register.Reminders;
using UglyToad.PdfPig;

namespace GlosKlienta.Web.Tests.Register;

/// <summary>
/// Issue 18 over HTTP: every role against a case the council is competent for (art. 229 pkt 3, art. 231 KPA, art. 18b
/// ustawy o samorządzie gminnym), and the art. 237 § 2 KPA notice to a radny with its own deadline, warning and letter.
/// </summary>
public abstract class CouncilAndMemberTests(DatabaseKind kind) : RegisterTestBase(kind)
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly string[] ExecutiveOnlyAbsent = ["Classify", "Route", "Assign", "Forward", "Delay", "Close", "MemberNotice"];

    private async Task<HttpClient> RoleAsync(string role)
    {
        var email = role.ToLowerInvariant() + "@lesko.pl";
        if (role == Roles.Administrator) await StaffAccounts.CreateAdministratorAsync(Factory, email);
        else await StaffAccounts.CreateUserAsync(Factory, email, role);
        return await StaffAccounts.SignInAsync(Factory, email);
    }

    [SkippableFact]
    public async Task CouncilCase_EveryRole_TheExecutiveSeesAndPassesItOnButCannotDecideRerouteOrClose_TheCouncilsResolutionClosesIt()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var fields = Staff();
        fields["Concerns"] = "ZadaniaWlasneBurmistrza";
        var id = await RegisterAsync(keeper, fields);
        var path = CaseModel.PathOf(id);
        Assert.Equal(CompetentBody.RadaGminy, (await CaseAsync(id)).CompetentBody);

        foreach (var role in Roles.All.Where(r => r != Roles.ProwadzacyRejestr))
        {
            var client = await RoleAsync(role);
            var response = await client.GetAsync(path);
            if (role is not (Roles.Burmistrz or Roles.ZastepcaBurmistrza or Roles.RadaGminy))
            {
                // Neither assigned nor competent: the case is not even revealed.
                Assert.True(response.StatusCode != HttpStatusCode.OK, $"{role} read the council's case");
                continue;
            }
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} could not read the council's case");
            var page = await Html.ParseAsync(response);
            Assert.Contains("Rada Miejska w Lesku", page.QuerySelector(".case-data")!.TextContent);
            if (role == Roles.RadaGminy)
            {
                Assert.NotNull(page.QuerySelector("form[action*='handler=Close']"));
                Assert.Null(page.QuerySelector("form[action*='handler=Route']"));
                continue;
            }
            foreach (var step in ExecutiveOnlyAbsent)
                Assert.True(page.QuerySelector($"form[action$='handler={step}']") is null, $"{role} is offered {step}");
            Assert.NotNull(page.QuerySelector("form[action*='handler=ForwardToCouncil']"));
            Assert.Contains("nie rozstrzygają", page.QuerySelector(".notice")!.TextContent);
            // Posted anyway: refused, nothing changes.
            var token = Html.HiddenFields(page, "form[action*='handler=Remarks']");
            var close = await client.PostAsync(path + "?handler=Close", new FormUrlEncodedContent([.. token,
                new("Outcome", "SkargaNiezasadna"), new("ClosedOn", Iso(Today)), new("ReplyBodyName", "Burmistrz"), new("ReplyContent", "x"),
                new("SignerName", "x"), new("SignerPost", "x"), new("FactualGrounds", "x"), new("LegalGrounds", "x")]));
            Assert.NotEqual(HttpStatusCode.SeeOther, close.StatusCode);
            var route = await client.PostAsync(path + "?handler=Route", new FormUrlEncodedContent([.. token, new("Concerns", "Pracownik"), new("ConcernsText", "ktoś")]));
            Assert.NotEqual(HttpStatusCode.SeeOther, route.StatusCode);
            var c = await CaseAsync(id);
            Assert.Null(c.ClosedOn);
            Assert.Equal(CompetentBody.RadaGminy, c.CompetentBody);
        }

        // The Burmistrz passes it to the council's chair (art. 231 KPA: within 7 days).
        var mayor = await StaffAccounts.SignInAsync(Factory, "burmistrz@lesko.pl");
        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(mayor, id, "ForwardToCouncil", ("CouncilForwardedOn", Iso(Today)))).StatusCode);
        var forwarded = await CaseAsync(id);
        Assert.Equal(Today, forwarded.CouncilForwardedOn);
        Assert.Contains(forwarded.History, h => h.Action == RegisterActions.ForwardedToCouncil && h.NewValue!.StartsWith("Rada Miejska w Lesku", StringComparison.Ordinal));

        // The keeper records the council's resolution; without it the case does not close.
        (string, string)[] reply =
        [
            ("Outcome", "SkargaNiezasadna"), ("ClosedOn", Iso(Today)), ("ReplyBodyName", "Rada Miejska w Lesku"), ("ReplyContent", "Rada uznała skargę za bezzasadną."),
            ("SignerName", "Jan Przewodniczący"), ("SignerPost", "Przewodniczący Rady Miejskiej w Lesku"), ("FactualGrounds", "f"), ("LegalGrounds", "art. 229 pkt 3 KPA"),
        ];
        var refused = await StepAsync(keeper, id, "Close", reply);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("numer uchwały", (await Html.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);
        var closed = await StepAsync(keeper, id, "Close", [.. reply, ("ResolutionNumber", "XII/85/2026"), ("ResolutionOn", Iso(Today))]);
        Assert.Equal(HttpStatusCode.SeeOther, closed.StatusCode);
        var done = await CaseAsync(id);
        Assert.Equal("XII/85/2026", done.ResolutionNumber);
        Assert.Equal(Today, done.ResolutionOn);
        Assert.Contains("uchwała nr XII/85/2026", (await PageAsync(keeper, path)).QuerySelector(".case-data")!.TextContent);
        var letter = await StaffAccounts.PostFormAsync(keeper, LettersModel.Path(id), "form:has(input[name=Letter][value=odpowiedz])", [new("Format", "pdf")]);
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        using var pdf = PdfDocument.Open(await letter.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Rada Miejska w Lesku, działając na podstawie art. 238 § 1", text, StringComparison.Ordinal);
        Assert.Contains("uchwałą nr XII/85/2026", text, StringComparison.Ordinal);
        Assert.Contains("Przewodniczący Rady Miejskiej w Lesku", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task CouncilCase_TheCloseFormProposesTheChairAsSigner_AndTheCouncilsName()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var fields = Staff();
        fields["Concerns"] = "KierownikJednostki";
        fields["ConcernsText"] = "dyrektor szkoły";
        var id = await RegisterAsync(keeper, fields);

        var page = await PageAsync(keeper, CaseModel.PathOf(id));

        Assert.Equal("Rada Miejska w Lesku", Html.TextValue(page, "ReplyBodyName"));
        Assert.Equal("Przewodniczący Rady Miejskiej w Lesku", Html.TextValue(page, "SignerPost"));
        Assert.Contains("art. 231", page.QuerySelector("section[aria-labelledby=termin-tytul]")!.TextContent);
    }

    [SkippableFact]
    public async Task PassedOnByARadny_HandlingStaysOneMonth_The14DayNoticeHasItsOwnDeadlineWarningAndLetter_Art237()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var received = Today.AddDays(-12);
        var fields = Staff(received: received);
        fields["SenderKind"] = "Radny";
        fields["MemberName"] = "Piotr Nowicki";
        fields["MemberAddress"] = "ul. Bieszczadzka 3, 38-600 Lesko";
        var id = await RegisterAsync(keeper, fields);

        var c = await CaseAsync(id);
        Assert.Equal("Jan Kowalski", c.SenderName);
        Assert.Equal("Piotr Nowicki", c.MemberName);
        Assert.Equal(TermKind.Skarga, c.TermKind);
        Assert.Equal(StatutoryDeadline.For(TermKind.Skarga, received).Due, c.DueOn);
        var notice = MemberNotice.For(CaseKind.Skarga, SenderKind.Radny, received)!.Due;
        Assert.Equal(notice, c.MemberNoticeDueOn);
        var page = await PageAsync(keeper, CaseModel.PathOf(id));
        var term = page.QuerySelector("section[aria-labelledby=termin-tytul]")!.TextContent;
        Assert.Contains("art. 237 § 2", term);
        Assert.Contains("Piotr Nowicki", term);

        // Its own warning, apart from the handling term's.
        var alerts = await Factory.WithDbAsync(db => TermReminderRunner.AlertsAsync(db, Today, [7, 2], CancellationToken.None));
        var alert = Assert.Single(alerts, a => a.CaseId == id);
        Assert.Equal(TermPurpose.MemberNotice, alert.Purpose);
        Assert.StartsWith("237-", alert.Threshold, StringComparison.Ordinal);
        Assert.Equal(notice, alert.DueOn);

        // The letter to the radny.
        var letters = await Html.ParseAsync(await keeper.GetAsync(LettersModel.Path(id)));
        Assert.NotNull(letters.QuerySelector("form input[name=Letter][value=zawiadomienieart237]"));
        var pdf = await StaffAccounts.PostFormAsync(keeper, LettersModel.Path(id), "form:has(input[name=Letter][value=zawiadomienieart237])",
            [new("Format", "pdf"), new("SignerName", "Anna Zastępczyńska"), new("SignerPost", "Zastępca Burmistrza Miasta i Gminy Lesko")]);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("art. 237 § 2", text, StringComparison.Ordinal);
            Assert.Contains("Piotr Nowicki", text, StringComparison.Ordinal);
            Assert.Contains("Burmistrz Miasta i Gminy Lesko", text, StringComparison.Ordinal);
        }

        // Recorded as sent: the warning stops; the handling term is untouched.
        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, id, "MemberNotice", ("MemberNoticeOn", Iso(Today)))).StatusCode);
        var sent = await CaseAsync(id);
        Assert.Equal(Today, sent.MemberNoticeOn);
        Assert.Equal(c.DueOn, sent.DueOn);
        Assert.Contains(sent.History, h => h.Action == RegisterActions.MemberNotified);
        var after = await Factory.WithDbAsync(db => TermReminderRunner.AlertsAsync(db, Today, [7, 2], CancellationToken.None));
        Assert.DoesNotContain(after, a => a.CaseId == id);
    }

    // Art. 231 and 243 KPA set the forwarding term for skargi and wnioski; a letter that is neither (nor a petycja) is recorded
    // and routed to its own proceedings with no Dział VIII term: never overdue, never warned about.
    [SkippableFact]
    public async Task LetterOutsideDzialVIII_HasNoArt231Or243Term_IsNeverOverdueNorWarnedAbout()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var fields = Staff(kind: "NieRozpatrywanaWTrybieDzialuVIII", received: Today.AddDays(-40));
        fields["NotHandledReason"] = "DostepDoInformacjiPublicznej";
        var id = await RegisterAsync(keeper, fields);

        var c = await CaseAsync(id);
        Assert.Equal(TermKind.BezTerminu, c.TermKind);
        Assert.False(c.HasTerm);
        var page = await PageAsync(keeper, CaseModel.PathOf(id));
        var term = page.QuerySelector("section[aria-labelledby=termin-tytul]")!.TextContent;
        Assert.Contains("Bez terminu z działu VIII KPA", term);
        Assert.DoesNotContain("art. 231 KPA, dla wniosków art. 243", term);
        var overdue = await Html.ParseAsync(await StaffAccounts.PostFormAsync(keeper, "/personel/rejestr", "main form.filters", [new("Status", "po-terminie")]));
        Assert.Empty(overdue.QuerySelectorAll("table.register tbody th a"));
        var alerts = await Factory.WithDbAsync(db => TermReminderRunner.AlertsAsync(db, Today, [7, 2], CancellationToken.None));
        Assert.DoesNotContain(alerts, a => a.CaseId == id);

        // Reclassified as a skarga, it gets its one-month term back.
        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, id, "Classify", ("Kind", "Skarga"), ("KindReason", "zarzut przewlekłości"))).StatusCode);
        var skarga = await CaseAsync(id);
        Assert.Equal(TermKind.Skarga, skarga.TermKind);
        Assert.Equal(StatutoryDeadline.For(TermKind.Skarga, Today.AddDays(-40)).Due, skarga.DueOn);
    }

    [SkippableFact]
    public async Task CitizensComplaint_OwesNoNotice_AndTheStepIsRefused()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var id = await RegisterAsync(keeper, Staff());

        Assert.Null((await CaseAsync(id)).MemberNoticeDueOn);
        var page = await PageAsync(keeper, CaseModel.PathOf(id));
        Assert.Null(page.QuerySelector("form[action*='handler=MemberNotice']"));
        var token = Html.HiddenFields(page, "form[action*='handler=Remarks']");
        var forced = await keeper.PostAsync(CaseModel.PathOf(id) + "?handler=MemberNotice", new FormUrlEncodedContent([.. token, new("MemberNoticeOn", Iso(Today))]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forced.StatusCode);
        Assert.Null((await CaseAsync(id)).MemberNoticeOn);
    }
}

public sealed class SqliteCouncilAndMemberTests() : CouncilAndMemberTests(DatabaseKind.Sqlite);

public sealed class PostgresCouncilAndMemberTests() : CouncilAndMemberTests(DatabaseKind.Postgres);
