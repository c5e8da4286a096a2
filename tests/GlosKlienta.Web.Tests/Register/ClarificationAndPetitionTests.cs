using GlosKlienta.Web.Features;

namespace GlosKlienta.Web.Tests.Register;

/// <summary>
/// Issue 18 over HTTP: the call to clarify or complete and its consequences (§ 8 ust. 2 of the rozporządzenie of
/// 8 January 2002; art. 7 ust. 2 and art. 10 ust. 2 ustawy o petycjach), the form of a petycja (art. 4), the cap on its
/// extension (art. 10 ust. 3) and the office's reading of § 8 ust. 1.
/// </summary>
public abstract class ClarificationAndPetitionTests(DatabaseKind kind) : RegisterTestBase(kind)
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [SkippableFact]
    public async Task Clarification_UnansweredPastItsTerm_LetsTheCaseBeLeftWithoutExamination_NamingTheCall()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var id = await RegisterAsync(keeper, Staff(received: Today.AddDays(-30)));
        Assert.Null((await PageAsync(keeper, CaseModel.PathOf(id))).QuerySelector("form[action*='handler=Leave']"));

        // Called, delivery not yet known: the 7 days have not started, so the case cannot be left yet.
        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, id, "Clarify", ("CalledOn", Iso(Today.AddDays(-20))))).StatusCode);
        var waiting = await PageAsync(keeper, CaseModel.PathOf(id));
        Assert.Contains("od doręczenia wezwania", waiting.QuerySelector(".case-data")!.TextContent);
        Assert.Null(waiting.QuerySelector("form[action*='handler=Leave']"));

        // A delivery before the call is refused, and the typed dates come back.
        var wrong = await StepAsync(keeper, id, "Clarify", ("CalledOn", Iso(Today.AddDays(-20))), ("DeliveredOn", Iso(Today.AddDays(-25))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Equal(Iso(Today.AddDays(-25)), Html.TextValue(await Html.ParseAsync(wrong), "DeliveredOn"));

        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, id, "Clarify", ("CalledOn", Iso(Today.AddDays(-20))), ("DeliveredOn", Iso(Today.AddDays(-18))))).StatusCode);
        var page = await PageAsync(keeper, CaseModel.PathOf(id));
        Assert.Contains("nie odpowiedział na wezwanie", page.QuerySelector(".notice")!.TextContent);
        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, id, "Leave")).StatusCode);

        var c = await CaseAsync(id);
        Assert.Equal(CaseOutcome.BezRozpoznania, c.Outcome);
        Assert.Contains("§ 8 ust. 2", c.Remarks);
        Assert.Contains(PolishDates.Day(Today.AddDays(-20)), c.Remarks);
        Assert.Contains(c.History, h => h.Action == RegisterActions.Clarification);
    }

    [SkippableFact]
    public async Task Clarification_Answered_KeepsTheCaseToBeExamined()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var id = await RegisterAsync(keeper, Staff(received: Today.AddDays(-30)));
        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, id, "Clarify",
            ("CalledOn", Iso(Today.AddDays(-20))), ("DeliveredOn", Iso(Today.AddDays(-18))), ("AnsweredOn", Iso(Today.AddDays(-15))))).StatusCode);
        Assert.Null((await PageAsync(keeper, CaseModel.PathOf(id))).QuerySelector("form[action*='handler=Leave']"));
        var token = Html.HiddenFields(await PageAsync(keeper, CaseModel.PathOf(id)), "form[action*='handler=Remarks']");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await keeper.PostAsync(CaseModel.PathOf(id) + "?handler=Leave", new FormUrlEncodedContent(token))).StatusCode);
        Assert.Null((await CaseAsync(id)).ClosedOn);
    }

    [SkippableFact]
    public async Task Petition_CompletedAfterTheCall_Article10Ust2_ItsThreeMonthsRunFromTheCompletion()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var received = Today.AddDays(-40);
        var id = await RegisterAsync(keeper, Staff(kind: "Petycja", received: received));
        Assert.Equal(StatutoryDeadline.For(TermKind.Petycja, received).Due, (await CaseAsync(id)).DueOn);
        Assert.Contains("art. 7 ust. 2", (await PageAsync(keeper, CaseModel.PathOf(id))).QuerySelector("form[action*='handler=Clarify']")!.ParentElement!.TextContent);

        var completed = Today.AddDays(-25);
        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, id, "Clarify",
            ("CalledOn", Iso(Today.AddDays(-35))), ("DeliveredOn", Iso(Today.AddDays(-33))), ("AnsweredOn", Iso(completed)))).StatusCode);
        Assert.Equal(StatutoryDeadline.For(TermKind.Petycja, completed).Due, (await CaseAsync(id)).DueOn);
    }

    [SkippableFact]
    public async Task Petition_ExtendedBeyondThreeMoreMonths_Article10Ust3_IsRefused()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var id = await RegisterAsync(keeper, Staff(kind: "Petycja"));
        var due = (await CaseAsync(id)).DueOn;
        var latest = PetitionRules.LatestExtendedDue(due);

        var tooLong = await StepAsync(keeper, id, "Delay", ("DelayNoticeOn", Iso(Today)), ("DelayReason", "Opinia prawna"), ("NewDueOn", Iso(latest.AddDays(1))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("art. 10 ust. 3", await ErrorsAsync(tooLong));
        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, id, "Delay", ("DelayNoticeOn", Iso(Today)), ("DelayReason", "Opinia prawna"), ("NewDueOn", Iso(latest)))).StatusCode);
        Assert.Equal(latest, (await CaseAsync(id)).NewDueOn);
    }

    [SkippableFact]
    public async Task Intake_AnOralPetition_Article4Ust1_IsRefused_AndAnElectronicOneNeedsAnEmail_Article4Ust5()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var oral = await PostStaffAsync(keeper, Staff(channel: "Ustnie", kind: "Petycja"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, oral.StatusCode);
        Assert.Contains("art. 4 ust. 1", await ErrorsAsync(oral));

        var email = Staff(channel: "Email", kind: "Petycja");
        email["DeliveryReference"] = "<abc@mail.example>";
        var noAddress = await PostStaffAsync(keeper, email);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noAddress.StatusCode);
        Assert.Contains("art. 4 ust. 5", await ErrorsAsync(noAddress));

        var group = Staff(kind: "Petycja");
        group["PetitionGroup"] = "true";
        group["PetitionForThirdParty"] = "true";
        group["PetitionThirdPartyName"] = "Stowarzyszenie Bieszczadzkie";
        var incomplete = await PostStaffAsync(keeper, group);
        Assert.Contains("osobę reprezentującą", await ErrorsAsync(incomplete));
        group["PetitionRepresentative"] = "Anna Nowak";
        group["PetitionThirdPartyConsent"] = "true";
        var c = await CaseAsync(await RegisterAsync(keeper, group));
        Assert.True(c.PetitionGroup);
        Assert.Equal("Anna Nowak", c.PetitionRepresentative);
        Assert.True(c.PetitionThirdPartyConsent);

        // The public form asks for the e-mail address of a petycja.
        var publicPetition = ValidPublic("Petycja");
        publicPetition.Remove("SenderEmail");
        var filed = await FilePublicAsync(Factory.CreateBrowserLikeClient(), publicPetition);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, filed.StatusCode);
        Assert.Contains("art. 4 ust. 5", await ErrorsAsync(filed));
    }

    [SkippableFact]
    public async Task Petition_RepeatedWithoutNewFacts_Article12_IsLeftUnexaminedAfterAnExaminedOne()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var first = await RegisterAsync(keeper, Staff(kind: "Petycja"));
        var repeat = await RegisterAsync(keeper, Staff(kind: "Petycja"));
        var linkStep = (await PageAsync(keeper, CaseModel.PathOf(repeat))).QuerySelector("form[action*='handler=Link']")!.ParentElement!.QuerySelector("summary")!.TextContent;
        Assert.Equal("Ponowiona petycja (art. 12 ustawy o petycjach)", linkStep.Trim());
        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, repeat, "Link", ("EarlierCaseNumber", (await CaseAsync(first)).RegisterNumber))).StatusCode);
        (string, string)[] note = [("Outcome", "PetycjaPonowionaArt12"), ("ClosedOn", Iso(Today)), ("FileNote", "Petycja powtarza żądanie ustawienia ławek."),
            ("RepeatSameMatter", "true"), ("RepeatNoNewCircumstances", "true")];

        // The earlier petition is still open, so not "already examined".
        var open = await StepAsync(keeper, repeat, "Close", note);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, open.StatusCode);
        Assert.Contains("art. 12 ust. 1", await ErrorsAsync(open));

        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, first, "Close",
            ("Outcome", "PetycjaNieuwzgledniona"), ("ClosedOn", Iso(Today)), ("ReplyBodyName", "Burmistrz Miasta i Gminy Lesko"), ("ReplyContent", "Petycji nie uwzględniono."),
            ("SignerName", "Adam Nowak"), ("SignerPost", "Burmistrz"), ("FactualGrounds", "Brak środków w budżecie."), ("LegalGrounds", "art. 13 ust. 1 ustawy o petycjach"))).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, repeat, "Close", note)).StatusCode);
        var c = await CaseAsync(repeat);
        Assert.Equal(CaseOutcome.PetycjaPonowionaArt12, c.Outcome);
        Assert.Equal(first, c.EarlierCaseId);
    }

    // Art. 11 ustawy o petycjach (lexlege.pl/petycje/art-11): further petitions on the same matter filed within a month of
    // the first one's receipt may be handled jointly (ust. 1); a waiting period of at most 2 months from its announcement
    // is announced on the website and the term runs from its end (ust. 2); the way the joint petition was handled is
    // announced there, which replaces the notice of art. 13 ust. 1 (ust. 4).
    [SkippableFact]
    public async Task Petitions_OnTheSameMatter_Article11_AreHandledJointly_DueFromTheWaitingPeriodsEnd_ClosedTogether_AndAnnounced()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var first = await RegisterAsync(keeper, Staff(kind: "Petycja", received: Today.AddDays(-80)));
        var further = await RegisterAsync(keeper, Staff(kind: "Petycja", received: Today.AddDays(-60)));
        var late = await RegisterAsync(keeper, Staff(kind: "Petycja", received: Today.AddDays(-10)));
        var furtherNumber = (await CaseAsync(further)).RegisterNumber;
        var announced = Today.AddDays(-70);

        // A waiting period longer than 2 months from the announcement is refused, and what was typed comes back.
        var tooLong = await StepAsync(keeper, first, "Joint", ("AnnouncedOn", Iso(announced)), ("WaitingEndsOn", Iso(announced.AddMonths(2).AddDays(1))), ("FurtherNumber", furtherNumber));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("art. 11 ust. 2", await ErrorsAsync(tooLong));
        Assert.Equal(furtherNumber, Html.TextValue(await Html.ParseAsync(await StepAsync(keeper, first, "Joint", ("AnnouncedOn", Iso(announced)), ("WaitingEndsOn", ""), ("FurtherNumber", furtherNumber))), "FurtherNumber"));
        Assert.Null((await CaseAsync(further)).JointLeadId);

        var waitingEnds = Today.AddDays(-50);
        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, first, "Joint", ("AnnouncedOn", Iso(announced)), ("WaitingEndsOn", Iso(waitingEnds)), ("FurtherNumber", furtherNumber))).StatusCode);
        var due = JointPetitions.Due(waitingEnds).Due;
        Assert.Equal(due, (await CaseAsync(first)).DueOn);
        Assert.Equal(due, (await CaseAsync(further)).DueOn);
        Assert.Equal(first, (await CaseAsync(further)).JointLeadId);
        Assert.Contains(furtherNumber, (await PageAsync(keeper, CaseModel.PathOf(first))).QuerySelector(".case-data")!.TextContent);
        // Completing the further petition after a call does not move it off the joint term.
        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, further, "Clarify",
            ("CalledOn", Iso(Today.AddDays(-55))), ("DeliveredOn", Iso(Today.AddDays(-54))), ("AnsweredOn", Iso(Today.AddDays(-45))))).StatusCode);
        Assert.Equal(due, (await CaseAsync(further)).DueOn);

        // Filed more than a month after the first and after the waiting period: handled on its own.
        var tooLate = await StepAsync(keeper, first, "Joint", ("FurtherNumber", (await CaseAsync(late)).RegisterNumber));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLate.StatusCode);
        Assert.Contains("art. 11 ust. 1", await ErrorsAsync(tooLate));
        Assert.Null((await CaseAsync(late)).JointLeadId);

        // The further petition is decided with the first, not on its own.
        (string, string)[] reply = [("Outcome", "PetycjaUwzgledniona"), ("ClosedOn", Iso(Today)), ("ReplyBodyName", "Burmistrz Miasta i Gminy Lesko"),
            ("ReplyContent", "Ławki zostaną ustawione w parku miejskim w maju."), ("SignerName", "Adam Nowak"), ("SignerPost", "Burmistrz"),
            ("FactualGrounds", "Środki są w budżecie na ten rok.")];
        var alone = await StepAsync(keeper, further, "Close", reply);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, alone.StatusCode);
        Assert.Contains("art. 11 ust. 4", await ErrorsAsync(alone));

        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, first, "Close", reply)).StatusCode);
        var closed = await CaseAsync(further);
        Assert.Equal(CaseOutcome.PetycjaUwzgledniona, closed.Outcome);
        Assert.Equal(Today, closed.ClosedOn);
        Assert.Equal("Ławki zostaną ustawione w parku miejskim w maju.", closed.ReplyContent);
        Assert.Contains("art. 11 ust. 4", closed.Remarks);
        Assert.Null((await CaseAsync(late)).ClosedOn);

        var published = await (await Factory.CreateBrowserLikeClient().GetAsync("/petycje")).Content.ReadAsStringAsync();
        Assert.Contains("petycja wielokrotna, art. 11 ustawy o petycjach", System.Net.WebUtility.HtmlDecode(published));
        Assert.Contains($"łącznie z petycją nr {(await CaseAsync(first)).RegisterNumber}", System.Net.WebUtility.HtmlDecode(published));
        Assert.Contains("ogłoszenie zastępuje zawiadomienie, art. 11 ust. 4", System.Net.WebUtility.HtmlDecode(published));
    }

    // Art. 6 ust. 2 ustawy o petycjach: the part that is another body's is forwarded (30 days, notice to the petitioner);
    // the case stays open for the rest, the letters name the part, and the petitions page shows it.
    [SkippableFact]
    public async Task Petition_ForwardedInPart_Article6Ust2_StaysOpen_WithBothLetters_AndShowsThePartPublicly()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var id = await RegisterAsync(keeper, Staff(kind: "Petycja", received: Today.AddDays(-10)));

        var missing = await StepAsync(keeper, id, "ForwardPart", ("ForwardedTo", "Zarząd Dróg Wojewódzkich w Rzeszowie"), ("Scope", ""), ("ForwardedOn", Iso(Today)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("przekazana część petycji", (await ErrorsAsync(missing)).ToLowerInvariant());
        Assert.Equal("Zarząd Dróg Wojewódzkich w Rzeszowie", ((AngleSharp.Html.Dom.IHtmlInputElement)(await Html.ParseAsync(missing)).QuerySelector("#czesc-organ")!).Value);

        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, id, "ForwardPart", ("ForwardedTo", "Zarząd Dróg Wojewódzkich w Rzeszowie"),
            ("Scope", "remontu drogi wojewódzkiej nr 84"), ("ForwardedOn", Iso(Today)))).StatusCode);
        var c = await CaseAsync(id);
        Assert.Null(c.ClosedOn);
        Assert.Equal("remontu drogi wojewódzkiej nr 84", c.PartForwardedScope);
        Assert.Contains(c.History, h => h.Action == RegisterActions.PartForwarded);

        var letters = await PageAsync(keeper, CaseModel.PathOf(id) + "/pisma");
        Assert.NotNull(letters.QuerySelector("input[name=Letter][value=przekazanieczesci]"));
        Assert.NotNull(letters.QuerySelector("input[name=Letter][value=zawiadomienieoprzekazaniuczesci]"));
        Assert.Null(letters.QuerySelector("input[name=Letter][value=przekazanie]"));

        // The page's text (Polish names inside it are marked lang="pl", so the markup is not one string).
        var published = System.Text.RegularExpressions.Regex.Replace((await Html.ParseAsync(await Factory.CreateBrowserLikeClient().GetAsync("/petycje"))).Body!.TextContent, @"\s+", " ");
        Assert.Contains("w części dotyczącej: remontu drogi wojewódzkiej nr 84 – do: Zarząd Dróg Wojewódzkich w Rzeszowie", published);
        Assert.Contains("art. 6 ust. 2 ustawy o petycjach", published);

        // Only a petycja is forwarded in part.
        var request = await RegisterAsync(keeper, Staff());
        Assert.Null((await PageAsync(keeper, CaseModel.PathOf(request))).QuerySelector("form[action*='handler=ForwardPart']"));
        var token = Html.HiddenFields(await PageAsync(keeper, CaseModel.PathOf(request)), "form[action*='handler=Remarks']").ToList();
        token.AddRange([new("ForwardedTo", "Starosta Leski"), new("Scope", "drogi powiatowej"), new("ForwardedOn", Iso(Today))]);
        var refused = await keeper.PostAsync(CaseModel.PathOf(request) + "?handler=ForwardPart", new FormUrlEncodedContent(token));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Null((await CaseAsync(request)).PartForwardedTo);
    }

    private static readonly byte[] RedactedPdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private static async Task<HttpResponseMessage> UploadScanAsync(HttpClient client, int caseId, byte[] bytes, string name)
    {
        var page = await PageAsync(client, CaseModel.PathOf(caseId));
        var content = new MultipartFormDataContent();
        foreach (var (k, v) in Html.HiddenFields(page, "form[action*='handler=Scan']")) content.Add(new StringContent(v), k);
        content.Add(new ByteArrayContent(bytes), "scanFile", name);
        return await client.PostAsync(CaseModel.PathOf(caseId) + "?handler=Scan", content);
    }

    // Art. 8 ust. 1 ustawy o petycjach: the petition's digital copy is published, with the personal data of people who did
    // not consent blacked out by staff, who see the redacted copy before it goes out.
    [SkippableFact]
    public async Task PetitionScan_IsPublishedOnlyAfterStaffConfirmTheRedactedCopy_AndANewUploadWithdrawsIt()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var id = await RegisterAsync(keeper, Staff(kind: "Petycja"));
        var anonymous = Factory.CreateBrowserLikeClient();

        var wrongType = await UploadScanAsync(keeper, id, System.Text.Encoding.UTF8.GetBytes("zwykły tekst"), "petycja.txt");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await UploadScanAsync(keeper, id, RedactedPdf, "petycja-zaczerniona.pdf")).StatusCode);
        // Uploaded, not yet public; staff can download the very copy to check it.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(Features.Petitions.ScanModel.PathOf(id))).StatusCode);
        var preview = await keeper.GetAsync(CaseModel.PathOf(id) + "?handler=Scan");
        Assert.Equal(RedactedPdf, await preview.Content.ReadAsByteArrayAsync());

        var unconfirmed = await StepAsync(keeper, id, "PublishScan");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unconfirmed.StatusCode);
        Assert.Contains("zaczernione", await ErrorsAsync(unconfirmed));
        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, id, "PublishScan", ("redactionChecked", "true"))).StatusCode);

        var published = await anonymous.GetAsync(Features.Petitions.ScanModel.PathOf(id));
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("attachment", published.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(RedactedPdf, await published.Content.ReadAsByteArrayAsync());
        Assert.NotNull((await Html.ParseAsync(await anonymous.GetAsync("/petycje"))).QuerySelector($"a[href='{Features.Petitions.ScanModel.PathOf(id)}']"));

        // A new copy is not public until it is confirmed in turn.
        Assert.Equal(HttpStatusCode.SeeOther, (await UploadScanAsync(keeper, id, RedactedPdf, "petycja-poprawiona.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(Features.Petitions.ScanModel.PathOf(id))).StatusCode);

        // A complaint has no public copy, and an employee without the register role cannot upload one.
        var complaint = await RegisterAsync(keeper, Staff());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(Features.Petitions.ScanModel.PathOf(complaint))).StatusCode);
        Assert.Null((await PageAsync(keeper, CaseModel.PathOf(complaint))).QuerySelector("form[action*='handler=Scan']"));
    }

    [SkippableFact]
    public async Task Anonymity_ByDefault_ANameWithoutAnAddress_IsLeftWithoutExamination()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var fields = Staff();
        fields["SenderAddress"] = "";
        var id = await RegisterAsync(keeper, fields);
        Assert.NotNull((await PageAsync(keeper, CaseModel.PathOf(id))).QuerySelector("form[action*='handler=Leave']"));
        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, id, "Leave")).StatusCode);
        Assert.Contains("§ 8 ust. 1", (await CaseAsync(id)).Remarks);
    }

    [SkippableFact]
    public async Task Reply_ByEmail_IsNotOfferedWithoutTheOfficesElectronicSignature()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var id = await RegisterAsync(keeper, Staff());
        var options = (await PageAsync(keeper, CaseModel.PathOf(id))).QuerySelectorAll("select[name=ReplyDelivery] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.DoesNotContain("Email", options);
        Assert.Contains("Osobiscie", options);
        // The public form does not promise an e-mail reply the office cannot sign.
        Assert.DoesNotContain("odpowiemy pocztą elektroniczną", (await PageAsync(keeper, "/skargi-i-wnioski/zloz")).QuerySelector("#email-podpowiedz")!.TextContent, StringComparison.Ordinal);
    }
}

/// <summary>The same office with the other reading of § 8 ust. 1 and with electronic signatures for replies.</summary>
public abstract class RegisterSettingsTests(DatabaseKind kind) : RegisterTestBase(kind)
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Register:AnonymousWhen"] = nameof(AnonymityRule.BothMissing),
        ["Register:ElectronicReplies"] = "true",
        ["Register:UnitSymbol"] = "SO",
        ["Register:JrwaClasses:Petycja"] = "1512",
    };

    // The instrukcja kancelaryjna's case mark: unit symbol, JRWA class, number within the class and year, year; the
    // register's gap-free number stays its own sequence (issue 18).
    [SkippableFact]
    public async Task Registration_GivesEachCaseAMarkNumberedWithinItsJrwaClass_BesideTheRegisterNumber()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var first = await CaseAsync(await RegisterAsync(keeper, Staff()));
        var petition = await CaseAsync(await RegisterAsync(keeper, Staff(kind: "Petycja")));
        var second = await CaseAsync(await RegisterAsync(keeper, Staff()));
        var year = Today.Year;
        Assert.Equal(($"1/{year}", $"SO.1510.1.{year}"), (first.RegisterNumber, first.CaseMark));
        Assert.Equal(($"2/{year}", $"SO.1512.1.{year}"), (petition.RegisterNumber, petition.CaseMark));
        Assert.Equal(($"3/{year}", $"SO.1510.2.{year}"), (second.RegisterNumber, second.CaseMark));
        Assert.Contains($"SO.1512.1.{year}", (await PageAsync(keeper, CaseModel.PathOf(petition.Id))).QuerySelector(".case-data")!.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Anonymity_WhenTheOfficeReadsItAsBoth_ANameAlone_IsExamined()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var fields = Staff();
        fields["SenderAddress"] = "";
        var id = await RegisterAsync(keeper, fields);
        Assert.Null((await PageAsync(keeper, CaseModel.PathOf(id))).QuerySelector("form[action*='handler=Leave']"));
        Assert.Contains("oraz adresu", (await PageAsync(keeper, "/skargi-i-wnioski")).QuerySelector("#jak")!.ParentElement!.TextContent);
    }

    [SkippableFact]
    public async Task Reply_ByEmail_Article238_NeedsAQualifiedOrTrustedSignature_AndTheLetterSaysWhich()
    {
        SkipWithoutDatabase();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var id = await RegisterAsync(keeper, Staff());
        (string, string)[] reply =
        [
            ("Outcome", "SkargaZasadna"), ("ClosedOn", Iso(Today)), ("ReplyBodyName", "Burmistrz Miasta i Gminy Lesko"),
            ("ReplyContent", "Skargę uznano za zasadną."), ("SignerName", "Adam Nowak"), ("SignerPost", "Burmistrz"), ("ReplyDelivery", "Email"),
        ];
        var unsigned = await StepAsync(keeper, id, "Close", reply);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unsigned.StatusCode);
        Assert.Contains("art. 238 § 1", await ErrorsAsync(unsigned));

        Assert.Equal(HttpStatusCode.SeeOther, (await StepAsync(keeper, id, "Close", [.. reply, ("ReplySignature", "Kwalifikowany")])).StatusCode);
        var c = await CaseAsync(id);
        Assert.Equal(ReplyDelivery.Email, c.ReplyDelivery);
        Assert.Equal(ElectronicSignature.Kwalifikowany, c.ReplySignature);
        Assert.Contains("odpowiemy pocztą elektroniczną", (await PageAsync(keeper, "/skargi-i-wnioski/zloz")).QuerySelector("#email-podpowiedz")!.TextContent);
    }
}

public sealed class SqliteClarificationAndPetitionTests() : ClarificationAndPetitionTests(DatabaseKind.Sqlite);

public sealed class PostgresClarificationAndPetitionTests() : ClarificationAndPetitionTests(DatabaseKind.Postgres);

public sealed class SqliteRegisterSettingsTests() : RegisterSettingsTests(DatabaseKind.Sqlite);

public sealed class PostgresRegisterSettingsTests() : RegisterSettingsTests(DatabaseKind.Postgres);
