using GlosKlienta.Cli;
using GlosKlienta.Domain.Actions;
using GlosKlienta.Domain.Register;
using GlosKlienta.Domain.Review;
using GlosKlienta.Web.Features.Review;
using GlosKlienta.Web.Tests.Analysis;

namespace GlosKlienta.Web.Tests.Review;

/// <summary>
/// The management review (issue 13): the inputs of 9.3.2 gathered for a range from the approved F2, the register and the
/// action register; decisions recorded as actions with an owner and a date; approval by top management only, frozen with
/// its hashes; the next review reading the previous one's decisions; the command line. The clock stands on 2 July 2026;
/// the first half of 2026 is <see cref="AnalysisApp.SeedHalfYearAsync"/> (the USC: 35 answers on timeliness, 10 "not on time").
/// </summary>
public abstract class ManagementReviewTests(DatabaseKind kind) : HostedTest<AnalysisApp>(kind, empty: true)
{
    protected override AnalysisApp Start(TestDatabase database, IReadOnlyDictionary<string, string?>? settings) => new(database, settings: settings);

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string formSelector, params (string, string)[] fields) =>
        StaffAccounts.PostFormAsync(client, page, formSelector, fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2)));

    /// <summary>Signed in without the role: sent to the access-denied page.</summary>
    private static async Task<bool> DeniedAsync(Task<HttpResponseMessage> request) =>
        await request is { StatusCode: HttpStatusCode.Redirect } r && r.Headers.Location!.OriginalString.Contains("/konto/brak-dostepu", StringComparison.Ordinal);

    private async Task<int> UscAsync() => await App.WithDbAsync(db => db.OrganisationalUnits.Where(u => u.Code == "usc").Select(u => u.Id).SingleAsync());

    /// <summary>The half-year's survey, its F2 approved; 30 skargi about the USC closed well within their term, two of them justified.</summary>
    private async Task SeedAsync(HttpClient pelnomocnik)
    {
        await App.SeedHalfYearAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(pelnomocnik, "/personel/analiza/protokol/2026H1", "form[action*='handler=Approve']",
            ("UnopenedReason", "Skrzynki opróżniono później z powodu urlopu opiekuna."))).StatusCode);
        var usc = await UscAsync();
        for (int i = 1; i <= 30; i++)
            await App.ComplaintAsync(i, new DateOnly(2026, 1, 10).AddDays(i * 4), i <= 2 ? CaseOutcome.SkargaZasadna : CaseOutcome.SkargaNiezasadna, usc, closedAfterDays: 10);
    }

    private async Task<int> CreateAsync(HttpClient pelnomocnik, string from, string to, string heldOn)
    {
        var created = await PostAsync(pelnomocnik, ReviewPaths.Reviews, "main form[method=post]", ("From", from), ("To", to), ("HeldOn", heldOn), ("Participants", "Burmistrz, Zastępca, Pełnomocnik ds. SZJ"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    [SkippableFact]
    public async Task AReview_GathersTheInputs_RecordsDecisionsAsActions_AndIsFrozenByTopManagement()
    {
        var pelnomocnik = await App.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        var mayor = await App.SignInAsync("burmistrz@lesko.pl", Roles.Burmistrz);
        var head = await App.SignInAsync("kierownik@lesko.pl", Roles.KierownikReferatu);
        await SeedAsync(pelnomocnik);
        Assert.True(await DeniedAsync(head.GetAsync(ReviewPaths.Reviews)));

        // A range that ends before it starts is refused, and what was typed stays.
        var reversed = await PostAsync(pelnomocnik, ReviewPaths.Reviews, "main form[method=post]", ("From", "2026-06-30"), ("To", "2026-01-01"), ("HeldOn", "2026-07-02"), ("Participants", "Zarząd"));
        Assert.Equal(HttpStatusCode.OK, reversed.StatusCode);
        var reversedPage = await Html.ParseAsync(reversed);
        Assert.NotNull(reversedPage.QuerySelector("#To-blad"));
        Assert.Equal("Zarząd", reversedPage.QuerySelector("#Participants")!.TextContent);

        var id = await CreateAsync(pelnomocnik, "2026-01-01", "2026-06-30", "2026-07-02");
        var page = (await Html.ParseAsync(await pelnomocnik.GetAsync(ReviewPaths.Review(id)))).QuerySelector("main")!.TextContent;
        Assert.Contains("I półrocze 2026", page, StringComparison.Ordinal);
        Assert.Contains("zatwierdzony", page, StringComparison.Ordinal);
        Assert.Contains("klienci odczuwają zwłokę częściej, niż wynika z rejestru", page, StringComparison.Ordinal);

        var figures = await App.WithDbAsync(async db => await ScopedReviews(db).FiguresAsync(await db.ManagementReviews.SingleAsync(r => r.Id == id), CancellationToken.None));
        var half = Assert.Single(figures.Satisfaction, p => p.InRange);
        Assert.True(half.Approved);
        Assert.Equal((50, 20, 30), (half.Responses, half.Online, half.Paper));
        Assert.Equal((30, 30, 2), (figures.Register.Received, figures.Register.ClosedOnTime, figures.Register.ComplaintsJustified));
        var usc = Assert.Single(figures.Perception, r => r.Unit == "Kierownik Urzędu Stanu Cywilnego");
        Assert.Equal((35, 10, 30, 30, PerceptionVerdict.PerceivedLater), (usc.SurveyAnswered, usc.SurveyNotOnTime, usc.RegisterMeasured, usc.RegisterOnTime, usc.Verdict));

        // A decision without an owner is refused with the words kept; with one it is an action of the register, linked both ways.
        var owner = await App.WithDbAsync(db => db.Posts.Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).FirstAsync());
        var (post, postName) = (owner.Id, owner.Name);
        const string What = "Wzór informacji o terminach załatwiania spraw w USC na drzwiach i w karcie usługi";
        var noOwner = await PostAsync(pelnomocnik, ReviewPaths.Review(id), "form[action*='handler=Decide']", ("Kind", "Preventive"), ("Finding", "Klienci USC odczuwają zwłokę"), ("What", What), ("Due", "2026-09-30"));
        Assert.Equal(HttpStatusCode.OK, noOwner.StatusCode);
        var noOwnerPage = await Html.ParseAsync(noOwner);
        Assert.NotNull(noOwnerPage.QuerySelector("#OwnerPostId-blad"));
        Assert.Equal(What, noOwnerPage.QuerySelector("#What")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(pelnomocnik, ReviewPaths.Review(id), "form[action*='handler=Decide']",
            ("Kind", "Preventive"), ("Finding", "Klienci USC odczuwają zwłokę"), ("What", What), ("OwnerPostId", post.ToString(CultureInfo.InvariantCulture)), ("Due", "2026-09-30"))).StatusCode);
        var decision = await App.WithDbAsync(db => db.QualityActions.SingleAsync(a => a.ManagementReviewId == id));
        Assert.Equal((ActionSource.ReviewDecision, ActionKind.Preventive, postName, new DateOnly(2026, 9, 30)), (decision.Source, decision.Kind, decision.OwnerName, decision.Due));
        var actionPage = await Html.ParseAsync(await pelnomocnik.GetAsync(Features.Actions.ActionPaths.Action(decision.Id)));
        Assert.NotNull(actionPage.QuerySelector($"a[href='{ReviewPaths.Review(id)}']"));

        // Only top management approves, and not before the assessment is written.
        var ownPage = await Html.ParseAsync(await pelnomocnik.GetAsync(ReviewPaths.Review(id)));
        Assert.Null(ownPage.QuerySelector("form[action*='handler=Approve']"));
        var forged = await pelnomocnik.PostAsync(ReviewPaths.Review(id) + "?handler=Approve", new FormUrlEncodedContent(Html.HiddenFields(ownPage, "form[action*='handler=Save']")));
        Assert.True(await DeniedAsync(Task.FromResult(forged)));
        var early = await PostAsync(mayor, ReviewPaths.Review(id), "form[action*='handler=Approve']");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("ocenę funkcjonowania systemu", (await Html.ParseAsync(early)).QuerySelector("#Approve-blad")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(pelnomocnik, ReviewPaths.Review(id), "form[action*='handler=Save']",
            ("HeldOn", "2026-07-02"), ("Assessment", "System działa; słabym punktem jest informowanie o terminach w USC."), ("Changes", ""), ("Resources", "Bez dodatkowych zasobów."))).StatusCode);
        Assert.True(await DeniedAsync(head.GetAsync(ReviewPaths.Review(id))));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(mayor, ReviewPaths.Review(id), "form[action*='handler=Approve']")).StatusCode);

        // Frozen: the files are the stored bytes with their hashes, later data does not move the figures, nothing more can be written.
        var stored = await App.WithDbAsync(db => db.ApprovedReviews.AsNoTracking().SingleAsync(a => a.ManagementReviewId == id));
        var pdf = await (await mayor.GetAsync(ReviewPaths.File(id, "pdf"))).Content.ReadAsByteArrayAsync();
        Assert.Equal(stored.Pdf, pdf);
        Assert.Equal(stored.PdfSha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)));
        var frozenPage = await Html.ParseAsync(await pelnomocnik.GetAsync(ReviewPaths.Review(id)));
        Assert.Contains(stored.DocxSha256, frozenPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(frozenPage.QuerySelector("form[action*='handler=Save']"));
        Assert.Null(frozenPage.QuerySelector("form[action*='handler=Decide']"));
        await App.ComplaintAsync(31, new DateOnly(2026, 6, 1), null, await UscAsync());
        var json = await (await pelnomocnik.GetAsync(ReviewPaths.File(id, "json"))).Content.ReadAsStringAsync();
        Assert.Equal(stored.FiguresJson, json);
        Assert.Equal(30, ReviewFigures.FromJson(json).Register.Received);

        // The command line writes the frozen files of the approved range, and a draft of any other.
        var configuration = App.Factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = configuration["Database:Provider"],
            ["ConnectionStrings:GlosKlienta"] = configuration["ConnectionStrings:GlosKlienta"],
        };
        var folder = System.IO.Directory.CreateTempSubdirectory("review-cli").FullName;
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var docx = Path.Combine(folder, "przeglad.docx");
            Assert.Equal(0, await CliApp.RunAsync(["report", "review", "--from", "2026-01-01", "--to", "2026-06-30", "--format", "docx", "--out", docx], TextReader.Null, output, error, true, settings));
            Assert.Equal(stored.Docx, await File.ReadAllBytesAsync(docx));
            Assert.Contains(stored.DocxSha256, output.ToString(), StringComparison.Ordinal);
            var draft = Path.Combine(folder, "projekt.json");
            Assert.Equal(0, await CliApp.RunAsync(["report", "review", "--from", "2026-01-01", "--to", "2026-06-15", "--format", "json", "--out", draft], TextReader.Null, output, error, true, settings));
            Assert.Contains("PROJEKT", output.ToString(), StringComparison.Ordinal);
            Assert.Equal(31, ReviewFigures.FromJson(await File.ReadAllTextAsync(draft)).Register.Received);
            Assert.Equal(1, await CliApp.RunAsync(["report", "review", "--from", "2026-06-30", "--to", "2026-01-01", "--format", "pdf", "--out", draft], TextReader.Null, output, error, true, settings));
            Assert.Contains("nie może być wcześniej", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }

        // The next review reads this one's decisions as they stand now.
        var next = await CreateAsync(pelnomocnik, "2026-07-01", "2026-07-02", "2026-07-02");
        var nextFigures = await App.WithDbAsync(async db => await ScopedReviews(db).FiguresAsync(await db.ManagementReviews.SingleAsync(r => r.Id == next), CancellationToken.None));
        Assert.Equal(ReviewNumbers.Format(id), nextFigures.Previous!.Number);
        Assert.Equal([decision.Number], nextFigures.Previous.Decisions.Select(d => d.Number).ToList());
        var audited = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.SubjectType == ReviewAudit.SubjectType && e.SubjectId == id.ToString(CultureInfo.InvariantCulture)).Select(e => e.Action).ToListAsync());
        Assert.Equal([ReviewAudit.Created, ReviewAudit.Decided, ReviewAudit.Saved, ReviewAudit.Approved], audited);
    }

    private ManagementReviews ScopedReviews(AppDbContext db) =>
        ActivatorUtilities.CreateInstance<ManagementReviews>(App.Factory.Services.CreateScope().ServiceProvider, db);
}

public sealed class ManagementReviewSqliteTests() : ManagementReviewTests(DatabaseKind.Sqlite);

public sealed class ManagementReviewPostgresTests() : ManagementReviewTests(DatabaseKind.Postgres);
