using System.Security.Cryptography;
using GlosKlienta.Web.Features.Analysis;

namespace GlosKlienta.Web.Tests.Analysis;

public abstract class ProtocolTests(DatabaseKind kind) : DatabaseTest(kind, empty: true), IAsyncLifetime
{
    private const string Url = "/personel/analiza/protokol/2026H1";
    private AnalysisApp? instance;

    private AnalysisApp app => instance ?? throw new InvalidOperationException(TestDatabase.PostgresSkipReason);


    public async Task InitializeAsync()
    {
        var database = await CreateDatabaseAsync();
        if (database is null) return;
        instance = new AnalysisApp(database);
        await instance.SeedHalfYearAsync();
    }

    public async Task DisposeAsync()
    {
        if (instance is not null) await instance.DisposeAsync();
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, params (string, string)[] fields) =>
        StaffAccounts.PostFormAsync(client, Url, $"form[action*='handler={handler}']", fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2)));

    [SkippableFact]
    public async Task ProposedAction_WithMissingFields_ShowsErrorsAndKeepsWhatWasTyped()
    {
        Skip.If(instance is null, TestDatabase.PostgresSkipReason);
        var client = await app.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        var response = await PostAsync(client, "Action", ("AreaKey", "not-on-time:unit:usc"), ("Kind", "audit"), ("What", "Audit procesu obsługi w USC"), ("OwnerPostId", ""), ("Due", "2026-13-01"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#OwnerPostId-blad"));
        Assert.NotNull(page.QuerySelector("#Due-blad"));
        Assert.Equal("Audit procesu obsługi w USC", Html.TextValue(page, "What"));
        Assert.True(Html.IsChecked(page, "Kind", "audit"));
        Assert.Equal(0, await app.WithDbAsync(db => db.QualityActions.CountAsync()));
    }

    [SkippableFact]
    public async Task AreaAddedByJudgement_IsInTheProtocol_MarkedAsSuch_AndBadInputKeepsWhatWasTyped()
    {
        Skip.If(instance is null, TestDatabase.PostgresSkipReason);
        var client = await app.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);

        var missing = await PostAsync(client, "JudgedArea", ("JudgedTitle", "Obsługa w punkcie podawczym"), ("JudgedReason", ""));
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var page = await Html.ParseAsync(missing);
        Assert.NotNull(page.QuerySelector("#JudgedReason-blad"));
        Assert.Equal("Obsługa w punkcie podawczym", Html.TextValue(page, "JudgedTitle"));
        Assert.Equal(0, await app.WithDbAsync(db => db.JudgedAreas.CountAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, "JudgedArea",
            ("JudgedTitle", "Obsługa w punkcie podawczym"), ("JudgedReason", "Trzy skargi na kolejki w marcu; ankiety tego nie pokazują."))).StatusCode);

        var threats = (await Html.ParseAsync(await client.GetAsync(Url))).QuerySelector("#zagrozenia + p + div table")!.TextContent;
        Assert.Contains("Obsługa w punkcie podawczym", threats);
        Assert.Contains("ocena Pełnomocnika", threats);
        Assert.Contains("Trzy skargi na kolejki w marcu", threats);
        var json = await (await client.GetAsync(Url + "?handler=File&format=json")).Content.ReadAsStringAsync();
        Assert.Contains("\"kind\": \"Judgement\"", json);
        var html = await (await client.GetAsync(Url + "?handler=File&format=html")).Content.ReadAsStringAsync();
        Assert.Contains("Obsługa w punkcie podawczym (ocena Pełnomocnika)", html);
    }

    [SkippableFact]
    public async Task Approval_FreezesFiguresAndFiles_DownloadsAreTheStoredBytes_AndChangesAreRefused()
    {
        Skip.If(instance is null, TestDatabase.PostgresSkipReason);
        var client = await app.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, "Conclusions", ("Conclusions", "Sprawność obsługi w USC wymaga audytu."))).StatusCode);
        var owner = await app.WithDbAsync(db => db.Posts.Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).FirstAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, "Action",
            ("AreaKey", "not-on-time:unit:usc"), ("Kind", "audit"), ("What", "Audit procesu obsługi w USC"), ("OwnerPostId", owner.Id.ToString(CultureInfo.InvariantCulture)), ("Due", "2026-09-30"))).StatusCode);
        var action = await app.WithDbAsync(db => db.QualityActions.AsNoTracking().SingleAsync());
        Assert.Equal((GlosKlienta.Domain.Actions.ActionSource.ThreatenedArea, "2026H1", "not-on-time:unit:usc", owner.Id, owner.Name, GlosKlienta.Domain.Actions.ActionKind.Audit),
            (action.Source, action.Period, action.AreaKey, action.OwnerPostId, action.OwnerName, action.Kind));

        var draft = await client.GetAsync(Url + "?handler=File&format=html");
        Assert.Contains("PROJEKT", await draft.Content.ReadAsStringAsync());

        // Neither box was opened on 30 June 2026 (the half-year's last working day) or later: approval waits for a reason.
        var refused = await PostAsync(client, "Approve");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusal = (await Html.ParseAsync(refused)).QuerySelector("#UnopenedReason-blad")!.TextContent;
        Assert.Contains("Parkowej 1", refusal);
        Assert.Contains("30.06.2026", refusal);
        Assert.Equal(0, await app.WithDbAsync(db => db.F2Protocols.CountAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, "Approve", ("UnopenedReason", "Skrzynki opróżniono 2 lipca z powodu choroby opiekuna."))).StatusCode);
        var stored = await app.WithDbAsync(db => db.F2Protocols.AsNoTracking().SingleAsync());
        Assert.Contains("Skrzynki opróżniono 2 lipca z powodu choroby opiekuna.", System.Text.Encoding.UTF8.GetString(stored.Html));
        Assert.Equal("2026H1", stored.Period);
        Assert.Equal("Sprawność obsługi w USC wymaga audytu.", stored.Conclusions);
        Assert.Contains("\"responses\": 50", stored.FiguresJson);

        // Later responses do not change the frozen protocol.
        await app.AddResponsesAsync(5, GlosKlienta.Domain.Survey.Channel.Online, new DateOnly(2026, 6, 20), "oceny.sprawnosc=1");
        foreach (var format in new[] { "pdf", "odt", "docx", "html" })
        {
            var first = await (await client.GetAsync(Url + "?handler=File&format=" + format)).Content.ReadAsByteArrayAsync();
            var second = await (await client.GetAsync(Url + "?handler=File&format=" + format)).Content.ReadAsByteArrayAsync();
            Assert.Equal(first, second);
            Assert.Equal(F2Protocols.Stored(stored, ProtocolModelFormat(format)), first);
            Assert.Equal(F2Protocols.StoredHash(stored, ProtocolModelFormat(format)), Convert.ToHexString(SHA256.HashData(first)).ToLowerInvariant());
        }
        var json = await (await client.GetAsync(Url + "?handler=File&format=json")).Content.ReadAsStringAsync();
        Assert.Equal(stored.FiguresJson, json);

        var page = await Html.ParseAsync(await client.GetAsync(Url));
        Assert.Contains(stored.PdfSha256, page.QuerySelector("#skroty")!.TextContent);
        Assert.Null(page.QuerySelector("form[action*='handler=Approve']"));
        Assert.DoesNotContain("Należy sporządzić protokół F2 za I półrocze 2026.", (await Html.ParseAsync(await client.GetAsync("/personel"))).Body!.TextContent);

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            var p = await db.F2Protocols.SingleAsync();
            p.Conclusions = "zmienione";
            return await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"F2Protocols\" SET \"Conclusions\" = 'zmienione'")));
        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"F2Protocols\"")));
        Assert.Equal("Sprawność obsługi w USC wymaga audytu.", await app.WithDbAsync(db => db.F2Protocols.Select(p => p.Conclusions).SingleAsync()));

        // A second approval is refused with a message.
        var again = await client.PostAsync(Url + "?handler=Approve", new FormUrlEncodedContent(Html.HiddenFields(page, "form[method=post]")));
        Assert.NotEqual(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.F2Protocols.CountAsync()));
    }

    private static GlosKlienta.Documents.DocumentFormat ProtocolModelFormat(string code) => ProtocolModel.FormatCodes[code];

    [SkippableFact]
    public async Task Approval_OfAPeriodNotYetEnded_IsRefused()
    {
        Skip.If(instance is null, TestDatabase.PostgresSkipReason);
        var client = await app.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        var page = await Html.ParseAsync(await client.GetAsync("/personel/analiza/protokol/2026H2"));
        Assert.Null(page.QuerySelector("form[action*='handler=Approve']"));
        var fields = Html.HiddenFields(page, "form[method=post]");
        var response = await client.PostAsync("/personel/analiza/protokol/2026H2?handler=Approve", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("jeszcze się nie zakończył", (await Html.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.F2Protocols.CountAsync()));
    }

    [SkippableFact]
    public async Task OnlyThePelnomocnik_EditsAndApproves()
    {
        Skip.If(instance is null, TestDatabase.PostgresSkipReason);
        var head = await app.SignInAsync("kierownik@lesko.pl", Roles.KierownikReferatu);
        var page = await Html.ParseAsync(await head.GetAsync(Url));
        Assert.Null(page.QuerySelector("form[action*='handler=Approve']"));
        Assert.Null(page.QuerySelector("textarea#Conclusions"));
        var fields = Html.HiddenFields(await Html.ParseAsync(await head.GetAsync("/personel/analiza")), "form[method=post]");
        var response = await head.PostAsync(Url + "?handler=Approve", new FormUrlEncodedContent(fields));
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden);
        if (response.StatusCode == HttpStatusCode.Redirect) Assert.Contains("/konto/brak-dostepu", response.Headers.Location!.OriginalString);
        Assert.Equal(0, await app.WithDbAsync(db => db.F2Protocols.CountAsync()));
    }
}

public sealed class ProtocolTestsSqlite() : ProtocolTests(DatabaseKind.Sqlite);

public sealed class ProtocolTestsPostgres() : ProtocolTests(DatabaseKind.Postgres);
