using GlosKlienta.Web.Features.Register.Disposal;
using UglyToad.PdfPig;

namespace GlosKlienta.Web.Tests.Register;

/// <summary>
/// Issue 16, retention and erasure: the register keeper's disposal list (brakowanie) by the JRWA category of each kind,
/// the disposal with its protocol, and the two-person removal of a case filed in abuse. Skargi are B5 (the default),
/// wnioski BE5 and petycje A here.
/// </summary>
public abstract class RetentionTests(DatabaseKind kind) : RegisterTestBase(kind)
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Register:Retention:Wniosek"] = "BE5",
        ["Register:Retention:Petycja"] = "A",
    };

    private int Year => Today.Year;

    /// <summary>A case written straight into the register with one attachment and a history step that holds a name.</summary>
    private Task<int> CaseAsync(int number, int year, CaseKind kind, DateOnly? closedOn, string subject = "Hałas z warsztatu") => Factory.WithDbAsync(async db =>
    {
        var received = closedOn?.AddDays(-20) ?? new DateOnly(year, 3, 1);
        var c = new RegisterCase
        {
            Year = received.Year, Number = number, RegisterNumber = $"{number}/{received.Year}", ReceivedOn = received, Channel = CaseChannel.FormularzOnline,
            CaseMark = $"OR.1510.{number}.{received.Year}", CaseMarkClass = "1510", CaseMarkNumber = number,
            RegisteredAt = DateTimeOffset.UtcNow, RegisteredBy = "test", SenderName = "Zofia Żółkiewska", SenderAddress = "ul. Źródlana 5, 38-600 Lesko",
            SenderEmail = "zofia@example.pl", Subject = subject, Summary = "Treść pisma z danymi osobowymi.", Kind = kind, CompetentBody = CompetentBody.Burmistrz,
            TermKind = kind == CaseKind.Petycja ? TermKind.Petycja : TermKind.Skarga, DueOn = received.AddMonths(1), Version = Guid.NewGuid(),
            ReplyContent = "Odpowiedź dla Pani Zofii.", Outcome = closedOn is null ? null : CaseOutcome.BezRozpoznania, ClosedOn = closedOn,
        };
        c.Attachments.Add(new RegisterAttachment
        {
            FileName = "skan-zofia.pdf", MediaType = "application/pdf", Size = 4, Sha256 = new string('0', 64), AddedAt = DateTimeOffset.UtcNow, AddedBy = "test",
            Content = new RegisterAttachmentContent { Bytes = [1, 2, 3, 4] },
        });
        db.RegisterCases.Add(c);
        await db.SaveChangesAsync();
        db.RegisterCaseEvents.Add(new RegisterCaseEvent { RegisterCaseId = c.Id, At = DateTimeOffset.UtcNow, Actor = "test", Action = RegisterActions.Forwarded, NewValue = "Zofia Żółkiewska" });
        await db.SaveChangesAsync();
        return c.Id;
    });

    private sealed record Fixture(int DueSkarga, int KeptSkarga, int OpenSkarga, int DueWniosek, int ArchivalPetycja);

    private async Task<Fixture> FixtureAsync() => new(
        // B5 closed on the last day of the year six years back: its five full years ended on 31 December last year.
        await CaseAsync(1, Year - 6, CaseKind.Skarga, new DateOnly(Year - 6, 12, 31)),
        // Closed in January five years back: kept through 31 December this year.
        await CaseAsync(2, Year - 5, CaseKind.Skarga, new DateOnly(Year - 5, 1, 25)),
        await CaseAsync(3, Year - 8, CaseKind.Skarga, null),
        await CaseAsync(4, Year - 7, CaseKind.Wniosek, new DateOnly(Year - 7, 6, 30)),
        await CaseAsync(5, Year - 30, CaseKind.Petycja, new DateOnly(Year - 30, 6, 30)));

    private static HashSet<int> Offered(IHtmlDocument page) =>
        page.QuerySelectorAll<IHtmlInputElement>("input[name=Selected]").Select(i => int.Parse(i.Value, CultureInfo.InvariantCulture)).ToHashSet();

    private static Task<HttpResponseMessage> DisposeAsync(HttpClient keeper, params (string, string)[] fields) =>
        StaffAccounts.PostFormAsync(keeper, DisposalModel.Path, "main form[method=post]", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

    [SkippableFact]
    public async Task DisposalList_ShowsExactlyTheCasesDueToday_AndCategoryAAsToBeHandedOver()
    {
        SkipWithoutDatabase();
        var f = await FixtureAsync();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);

        var page = await PageAsync(keeper, DisposalModel.Path);

        Assert.Equal([f.DueSkarga, f.DueWniosek], Offered(page).Order());
        var toArchive = page.QuerySelector("section[aria-labelledby=do-przekazania]")!.TextContent;
        Assert.Contains($"5/{Year - 30}", toArchive);
        Assert.Contains("do przekazania", toArchive);
        Assert.Contains("wymaga ekspertyzy", page.QuerySelector("section[aria-labelledby=do-brakowania]")!.TextContent);
        var read = Assert.Single(await AuditAsync(RegisterActions.DisposalListRead));
        Assert.Contains(f.DueSkarga.ToString(CultureInfo.InvariantCulture), read.Details);
    }

    [SkippableFact]
    public async Task Disposal_WithoutSelection_IsRefused_AndNothingIsErased()
    {
        SkipWithoutDatabase();
        var f = await FixtureAsync();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);

        var response = await DisposeAsync(keeper, ("Confirmed", "true"), ("Note", "Przegląd roczny"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("Zaznacz co najmniej jedną sprawę", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Przegląd roczny", Html.TextValue(page, "Note"));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.DisposalProtocols.CountAsync()));
        Assert.Equal("Zofia Żółkiewska", (await CaseAsync(f.DueSkarga)).SenderName);
    }

    [SkippableFact]
    public async Task Disposal_OfAnExpertReviewCase_WithoutTheArchivesConsent_IsRefusedKeepingTheSelection()
    {
        SkipWithoutDatabase();
        var f = await FixtureAsync();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);

        var response = await DisposeAsync(keeper, ("Selected", f.DueWniosek.ToString(CultureInfo.InvariantCulture)), ("Confirmed", "true"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains("kategorii BE", page.QuerySelector(".error-summary")!.TextContent);
        Assert.True(Html.IsChecked(page, "Selected", f.DueWniosek.ToString(CultureInfo.InvariantCulture)));
        Assert.Null((await CaseAsync(f.DueWniosek)).ErasedAt);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.DisposalProtocols.CountAsync()));
    }

    [SkippableFact]
    public async Task Disposal_OfACaseNotDue_IsRefused()
    {
        SkipWithoutDatabase();
        var f = await FixtureAsync();
        var keeper = await SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);

        var response = await DisposeAsync(keeper, ("Selected", f.KeptSkarga.ToString(CultureInfo.InvariantCulture)), ("Selected", f.ArchivalPetycja.ToString(CultureInfo.InvariantCulture)), ("Confirmed", "true"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Null((await CaseAsync(f.KeptSkarga)).ErasedAt);
        Assert.Null((await CaseAsync(f.ArchivalPetycja)).ErasedAt);
    }

    [SkippableFact]
    public async Task Disposal_ErasesContentAndAttachments_KeepsTheNumberedEntryAndTheProtocol_AndIsAudited()
    {
        SkipWithoutDatabase();
        var f = await FixtureAsync();
        await StaffAccounts.CreateUserAsync(Factory, "rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var keeper = await StaffAccounts.SignInAsync(Factory, "rejestr@lesko.pl");
        var attachmentIds = await Factory.WithDbAsync(db => db.RegisterAttachments.Where(a => a.RegisterCaseId == f.DueSkarga || a.RegisterCaseId == f.DueWniosek).Select(a => a.Id).ToListAsync());

        var response = await DisposeAsync(keeper,
            ("Selected", f.DueSkarga.ToString(CultureInfo.InvariantCulture)), ("Selected", f.DueWniosek.ToString(CultureInfo.InvariantCulture)),
            ("ArchiveConsent", "OZ.4232.15.2026 z 10 listopada 2026 r."), ("Confirmed", "true"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var protocol = await Factory.WithDbAsync(db => db.DisposalProtocols.AsNoTracking().SingleAsync());
        Assert.Equal($"1/{Year}", protocol.ProtocolNumber);
        Assert.Equal(ProtocolModel.PathOf(protocol.Id), response.Headers.Location!.OriginalString);
        Assert.Equal([$"1/{Year - 6}", $"4/{Year - 7}"], protocol.Items.Select(i => i.RegisterNumber).Order(StringComparer.Ordinal));
        Assert.Contains(protocol.Items, i => i.Category == "BE5" && i.CaseMark == $"OR.1510.4.{Year - 7}");
        Assert.Equal("OZ.4232.15.2026 z 10 listopada 2026 r.", protocol.ArchiveConsent);

        var disposed = await CaseAsync(f.DueSkarga);
        Assert.NotNull(disposed.ErasedAt);
        Assert.Equal(CaseErasure.Wybrakowana, disposed.Erasure);
        Assert.Equal(protocol.Id, disposed.DisposalProtocolId);
        Assert.Equal($"1/{Year - 6}", disposed.RegisterNumber);
        Assert.Equal(new DateOnly(Year - 6, 12, 31), disposed.ClosedOn);
        Assert.StartsWith($"Wybrakowano protokołem nr 1/{Year}", disposed.Remarks);
        Assert.Null(disposed.SenderName);
        Assert.Null(disposed.SenderAddress);
        Assert.Null(disposed.SenderEmail);
        Assert.Null(disposed.ReplyContent);
        Assert.Equal("", disposed.Summary);
        Assert.Empty(disposed.Attachments);
        Assert.DoesNotContain(disposed.History, h => (h.NewValue ?? "").Contains("Zofia", StringComparison.Ordinal) || (h.Note ?? "").Contains("Zofia", StringComparison.Ordinal));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.RegisterAttachmentContents.CountAsync(x => attachmentIds.Contains(x.Id))));
        Assert.Equal("Zofia Żółkiewska", (await CaseAsync(f.KeptSkarga)).SenderName);
        Assert.Single((await CaseAsync(f.KeptSkarga)).Attachments);

        Assert.Equal(2, (await AuditAsync(RegisterActions.CaseDisposed)).Count);
        Assert.Single(await AuditAsync(RegisterActions.DisposalProtocolWritten));

        // The entry stays in the register with its remark; the protocol reads back as a document.
        var register = await PageAsync(keeper, "/personel/rejestr");
        Assert.Contains($"Wybrakowano protokołem nr 1/{Year}", register.QuerySelector("table.register")!.TextContent);
        var casePage = await PageAsync(keeper, CaseModel.PathOf(f.DueSkarga));
        Assert.Contains("Wybrakowano", casePage.QuerySelector("main")!.TextContent);
        Assert.Empty(casePage.QuerySelectorAll("main form[method=post]"));
        var pdf = await keeper.GetAsync(ProtocolModel.PathOf(protocol.Id) + "?format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using (var doc = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var textOfPdf = string.Join(" ", doc.GetPages().Select(p => p.Text));
            Assert.Contains($"Protokół brakowania dokumentacji niearchiwalnej nr 1/{Year}", textOfPdf);
            Assert.Contains($"OR.1510.4.{Year - 7}", textOfPdf);
        }
        Assert.Single(await AuditAsync(RegisterActions.DisposalProtocolRead));
        // Both are gone from the list, and nothing is offered twice.
        Assert.Empty(Offered(await PageAsync(keeper, DisposalModel.Path)));
    }

    [SkippableFact]
    public async Task DisposalPages_AreTheRegisterKeepersOnly()
    {
        SkipWithoutDatabase();
        foreach (var (email, role) in new[] { ("burmistrz@lesko.pl", Roles.Burmistrz), ("pracownik@lesko.pl", Roles.Pracownik) })
        {
            var client = await SignInAsync(email, role);
            var response = await client.GetAsync(DisposalModel.Path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/konto/brak-dostepu", response.Headers.Location!.ToString());
        }
    }

    private static Task<HttpResponseMessage> RemovalStepAsync(HttpClient client, int id, string handler, params (string, string)[] fields) =>
        StaffAccounts.PostFormAsync(client, RemovalModel.PathOf(id), $"main form[action*='handler={handler}']", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

    /// <summary>Posts a handler whose form the page does not offer this person, as a hand-made request would (antiforgery token of the person's session).</summary>
    private static async Task<HttpResponseMessage> ForcePostAsync(HttpClient client, int id, string handler)
    {
        var page = await Html.ParseAsync(await client.GetAsync(CaseModel.PathOf(id)));
        var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var version = page.QuerySelector<IHtmlInputElement>("input[name=Version]")?.Value ?? Guid.Empty.ToString();
        return await client.PostAsync(RemovalModel.PathOf(id) + "?handler=" + handler,
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Version", version)]));
    }

    [SkippableFact]
    public async Task Removal_ProposedByTheKeeper_RemovesNothing_AndTheKeeperCannotConfirmIt()
    {
        SkipWithoutDatabase();
        var id = await CaseAsync(1, Year, CaseKind.Skarga, null, "KUP TANIO!!! http://spam.example");
        await StaffAccounts.CreateUserAsync(Factory, "rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var keeper = await StaffAccounts.SignInAsync(Factory, "rejestr@lesko.pl");

        var refused = await RemovalStepAsync(keeper, id, "Propose", ("Reason", ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Podaj powód", (await Html.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent);

        var proposed = await RemovalStepAsync(keeper, id, "Propose", ("Reason", "Automatyczna reklama"));
        Assert.Equal(HttpStatusCode.SeeOther, proposed.StatusCode);
        var c = await CaseAsync(id);
        Assert.True(c.RemovalPending);
        Assert.Null(c.ErasedAt);
        Assert.Equal("Zofia Żółkiewska", c.SenderName);
        Assert.Single(c.Attachments);
        Assert.Single(await AuditAsync(RegisterActions.RemovalProposed));

        // The keeper is not the Burmistrz: the page offers no confirmation, and a forced one is refused.
        var page = await PageAsync(keeper, RemovalModel.PathOf(id));
        Assert.Null(page.QuerySelector("main form[action*='handler=Confirm']"));
        var forced = await ForcePostAsync(keeper, id, "Confirm");
        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.StartsWith("http://localhost/konto/brak-dostepu", forced.Headers.Location!.ToString());
        Assert.Null((await CaseAsync(id)).ErasedAt);
        Assert.Empty(await AuditAsync(RegisterActions.CaseRemovedAsAbuse));
    }

    [SkippableFact]
    public async Task Removal_CannotBeConfirmedByWhoeverProposedIt_EvenABurmistrzWhoKeepsTheRegister()
    {
        SkipWithoutDatabase();
        var id = await CaseAsync(1, Year, CaseKind.Skarga, null, "spam");
        await StaffAccounts.CreateUserAsync(Factory, "oboje@lesko.pl", Roles.ProwadzacyRejestr, Roles.Burmistrz);
        var both = await StaffAccounts.SignInAsync(Factory, "oboje@lesko.pl");
        Assert.Equal(HttpStatusCode.SeeOther, (await RemovalStepAsync(both, id, "Propose", ("Reason", "Spam"))).StatusCode);

        var page = await PageAsync(both, RemovalModel.PathOf(id));
        Assert.Null(page.QuerySelector("main form[action*='handler=Confirm']"));
        Assert.Contains("To Twój wniosek", page.QuerySelector("main")!.TextContent);
        var forced = await ForcePostAsync(both, id, "Confirm");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, forced.StatusCode);
        Assert.Contains("Nie można zatwierdzić własnego wniosku", (await Html.ParseAsync(forced)).QuerySelector(".error-summary")!.TextContent);
        Assert.Null((await CaseAsync(id)).ErasedAt);
    }

    [SkippableFact]
    public async Task Removal_ConfirmedByTheBurmistrz_ErasesTheCase_LeavesTheMarkedEntry_AndLeavesTheYearlyFigures()
    {
        SkipWithoutDatabase();
        var id = await CaseAsync(1, Year, CaseKind.Skarga, null, "spam");
        var kept = await CaseAsync(2, Year, CaseKind.Skarga, null, "Prawdziwa skarga");
        await StaffAccounts.CreateUserAsync(Factory, "rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        await Factory.WithDbAsync(async db => { (await db.Users.SingleAsync(u => u.Email == "rejestr@lesko.pl")).DisplayName = "Anna Rejestrowa"; return await db.SaveChangesAsync(); });
        var keeper = await StaffAccounts.SignInAsync(Factory, "rejestr@lesko.pl");
        await StaffAccounts.CreateUserAsync(Factory, "burmistrz@lesko.pl", Roles.Burmistrz);
        await Factory.WithDbAsync(async db => { (await db.Users.SingleAsync(u => u.Email == "burmistrz@lesko.pl")).DisplayName = "Jan Burmistrz"; return await db.SaveChangesAsync(); });
        var mayor = await StaffAccounts.SignInAsync(Factory, "burmistrz@lesko.pl");
        Assert.Equal(HttpStatusCode.SeeOther, (await RemovalStepAsync(keeper, id, "Propose", ("Reason", "Automatyczna reklama"))).StatusCode);
        var before = await Factory.WithDbAsync(db => GlosKlienta.Web.Features.Register.Reports.YearlyReportData.ComputeAsync(db, Year, Today, CancellationToken.None));

        var pending = await PageAsync(mayor, RemovalsPath);
        Assert.Contains($"1/{Year}", pending.QuerySelector("section[aria-labelledby=oczekujace]")!.TextContent);
        var confirmed = await RemovalStepAsync(mayor, id, "Confirm");

        Assert.Equal(HttpStatusCode.SeeOther, confirmed.StatusCode);
        var c = await CaseAsync(id);
        Assert.Equal(CaseErasure.UsunietaJakoNaduzycie, c.Erasure);
        Assert.Equal("", c.Subject);
        Assert.Null(c.SenderName);
        Assert.Empty(c.Attachments);
        Assert.Equal($"1/{Year}", c.RegisterNumber);
        Assert.Equal(Today, c.ClosedOn);
        Assert.Contains("Usunięto jako nadużycie (Automatyczna reklama)", c.Remarks);
        Assert.Contains("Anna Rejestrowa", c.Remarks);
        Assert.Contains("Jan Burmistrz", c.Remarks);
        Assert.Single(await AuditAsync(RegisterActions.RemovalProposed));
        var removal = Assert.Single(await AuditAsync(RegisterActions.CaseRemovedAsAbuse));
        Assert.Equal("burmistrz@lesko.pl", removal.Actor);
        Assert.Equal("Zofia Żółkiewska", (await CaseAsync(kept)).SenderName);

        var after = await Factory.WithDbAsync(db => GlosKlienta.Web.Features.Register.Reports.YearlyReportData.ComputeAsync(db, Year, Today, CancellationToken.None));
        Assert.Equal(before.Received - 1, after.Received);
        Assert.Contains("Usunięto jako nadużycie", (await PageAsync(mayor, RemovalsPath)).QuerySelector("section[aria-labelledby=usuniete]")!.TextContent);
    }

    private const string RemovalsPath = RemovalsModel.Path;
}

public sealed class SqliteRetentionTests() : RetentionTests(DatabaseKind.Sqlite);

public sealed class PostgresRetentionTests() : RetentionTests(DatabaseKind.Postgres);
