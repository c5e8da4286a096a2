namespace GlosKlienta.Web.Tests.Analysis;

/// <summary>The Pełnomocnik reads the period's remarks one by one; the protocol counts them per category and quotes only what may be quoted (issue 12).</summary>
public sealed class RemarksPageTests
{
    private const string Url = "/personel/analiza/uwagi/2026H1";

    [Fact]
    public async Task Remarks_ReadOneByOne_AreCountedPerCategory_AndQuotedWithoutPersonalData()
    {
        await using var app = new AnalysisApp(TestDatabase.CreateEmptySqlite());
        await app.AddResponsesAsync(1, Channel.Online, new DateOnly(2026, 3, 2), "oceny.sprawnosc=2", "Długa kolejka do kasy", "uwagi");
        await app.AddResponsesAsync(1, Channel.Paper, new DateOnly(2026, 3, 3), "oceny.sprawnosc=1", "Czekałem godzinę, proszę o telefon 600 123 456", "oceny");
        await app.AddResponsesAsync(1, Channel.Online, new DateOnly(2025, 3, 3), "oceny.sprawnosc=1", "Uwaga z innego okresu", "uwagi");
        await app.AddResponsesAsync(1, Channel.Online, new DateOnly(2026, 3, 4), "trudnosci=inne", "inna trudność, nie uwaga", "trudnosci");
        var client = await app.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);

        var first = await client.GetAsync(Url);
        Assert.True(first.StatusCode == HttpStatusCode.OK, $"{(int)first.StatusCode}: {await first.Content.ReadAsStringAsync()}");
        var page = await Html.ParseAsync(first);
        Assert.Contains("Przeczytane uwagi: 0 z 2", page.QuerySelector("#postep")!.TextContent);
        Assert.Equal("Długa kolejka do kasy", page.QuerySelector("#uwaga")!.TextContent);

        // Nothing ticked: the error, and nothing saved.
        var empty = await StaffAccounts.PostFormAsync(client, Url, "form[action*='handler=Save']", []);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.NotNull((await Html.ParseAsync(empty)).QuerySelector("#Category-blad"));

        var waiting = await CategoryIdAsync(app, "czas oczekiwania, kolejki");
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostFormAsync(client, Url, "form[action*='handler=Save']", [KeyValuePair.Create("Category", waiting)])).StatusCode);

        // The next one holds a phone number: "unfit to quote" is ticked already.
        page = await Html.ParseAsync(await client.GetAsync(Url));
        Assert.Contains("600 123 456", page.QuerySelector("#uwaga")!.TextContent);
        Assert.True(Html.IsChecked(page, "Unquotable", "true"));
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostFormAsync(client, Url, "form[action*='handler=Save']", [KeyValuePair.Create("Category", waiting)])).StatusCode);
        page = await Html.ParseAsync(await client.GetAsync(Url));
        Assert.Contains("Przeczytane uwagi: 2 z 2", page.QuerySelector("#postep")!.TextContent);
        Assert.Null(page.QuerySelector("#uwaga"));

        var protocol = await (await client.GetAsync("/personel/analiza/protokol/2026H1?handler=File&format=html")).Content.ReadAsStringAsync();
        Assert.Contains("czas oczekiwania, kolejki", protocol);
        Assert.Contains("„Długa kolejka do kasy”", protocol);
        Assert.DoesNotContain("600 123 456", protocol);
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "f2.remark-read")));
    }

    [Fact]
    public async Task Remarks_AreForThePelnomocnikOnly()
    {
        await using var app = new AnalysisApp(TestDatabase.CreateEmptySqlite());
        var client = await app.SignInAsync("kierownik@lesko.pl", Roles.KierownikReferatu);

        var response = await client.GetAsync(Url);

        Assert.Contains("/konto/brak-dostepu", response.Headers.Location!.OriginalString);
    }

    private static Task<string> CategoryIdAsync(AnalysisApp app, string name) =>
        app.WithDbAsync(async db => (await db.RemarkCategories.SingleAsync(c => c.Name == name)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>The protocol's dissatisfaction section from the register (issue 12).</summary>
public sealed class ProtocolComplaintsTests
{
    [Fact]
    public async Task Protocol_ShowsThePeriodsComplaintsAndRequests_ByUnitAndOutcome_WithoutPersonalData()
    {
        await using var app = new AnalysisApp(TestDatabase.CreateEmptySqlite());
        await app.SeedHalfYearAsync();
        await app.WithDbAsync(async db =>
        {
            var usc = await db.OrganisationalUnits.Where(u => u.Name == "Kierownik Urzędu Stanu Cywilnego").Select(u => u.Id).SingleAsync();
            var n = 0;
            GlosKlienta.Web.Features.Register.RegisterCase Case(GlosKlienta.Domain.Register.CaseKind kind, GlosKlienta.Domain.Register.CaseOutcome? outcome, DateOnly received) => new()
            {
                Year = received.Year, Number = ++n, RegisterNumber = $"SK.1510.{n}.2026", ReceivedOn = received, RegisteredBy = "Sekretariat",
                SenderName = "Zofia Wiśniewska", Subject = "Kolejka", Summary = "Długie oczekiwanie", Kind = kind, ConcernsUnitId = usc,
                Outcome = outcome, ClosedOn = outcome is null ? null : received.AddDays(20), DueOn = received.AddMonths(1),
            };
            db.RegisterCases.AddRange(
                Case(GlosKlienta.Domain.Register.CaseKind.Skarga, GlosKlienta.Domain.Register.CaseOutcome.SkargaZasadna, new DateOnly(2026, 2, 2)),
                Case(GlosKlienta.Domain.Register.CaseKind.Skarga, null, new DateOnly(2026, 6, 1)),
                Case(GlosKlienta.Domain.Register.CaseKind.Wniosek, GlosKlienta.Domain.Register.CaseOutcome.WniosekUwzgledniony, new DateOnly(2026, 3, 3)),
                Case(GlosKlienta.Domain.Register.CaseKind.Skarga, GlosKlienta.Domain.Register.CaseOutcome.SkargaZasadna, new DateOnly(2025, 12, 3)));
            return await db.SaveChangesAsync();
        });
        var client = await app.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);

        var html = await Html.ParseAsync(await client.GetAsync("/personel/analiza/protokol/2026H1?handler=File&format=html"));

        var table = html.QuerySelectorAll("table").First(t => t.QuerySelector("caption")?.TextContent.StartsWith("Skargi i wnioski według komórki", StringComparison.Ordinal) == true);
        var row = table.QuerySelectorAll("tr").First(r => r.Children[0].TextContent.Trim() == "Kierownik Urzędu Stanu Cywilnego");
        Assert.Equal(["2", "1", "0", "1", "1", "0", "1", "0"], row.Children.Skip(1).Select(c => c.TextContent.Trim()));
        Assert.Contains("W okresie: 2 skargi i 1 wniosek.", html.Body!.TextContent);
        Assert.DoesNotContain("Wiśniewska", html.Body.TextContent);
    }
}

/// <summary>The protocol follows up the previous protocol's actions with the same figure now (issue 12).</summary>
public sealed class ProtocolFollowUpTests
{
    [Fact]
    public async Task Protocol_ListsThePreviousProtocolsActions_WithTheAreasFigureThenAndNow()
    {
        await using var app = new AnalysisApp(TestDatabase.CreateEmptySqlite());
        await app.SeedHalfYearAsync();
        await app.AddResponsesAsync(40, Channel.Paper, new DateOnly(2025, 9, 1), "komorka=usc;termin=nie");
        await app.AddResponsesAsync(60, Channel.Paper, new DateOnly(2025, 10, 1), "komorka=usc;termin=tak");
        await app.WithDbAsync(async db =>
        {
            db.QualityActions.Add(new GlosKlienta.Web.Features.Actions.QualityAction
            {
                Source = GlosKlienta.Domain.Actions.ActionSource.ThreatenedArea,
                Period = "2025H2", AreaKey = "not-on-time:unit:usc", AreaTitle = "Terminowość w komórce: Kierownik Urzędu Stanu Cywilnego",
                Finding = "Terminowość w komórce: Kierownik Urzędu Stanu Cywilnego",
                Kind = GlosKlienta.Domain.Actions.ActionKind.Audit, What = "Audit terminowości w USC", OwnerName = "Pełnomocnik ds. SZJ",
                Due = new DateOnly(2026, 3, 31), Status = GlosKlienta.Domain.Actions.ActionStatus.Done, CreatedBy = "pelnomocnik",
            });
            return await db.SaveChangesAsync();
        });
        var client = await app.SignInAsync("pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);

        var html = await Html.ParseAsync(await client.GetAsync("/personel/analiza/protokol/2026H1?handler=File&format=html"));

        var table = html.QuerySelectorAll("table").First(t => t.QuerySelector("caption")?.TextContent.StartsWith("Działania zaproponowane w poprzednim okresie", StringComparison.Ordinal) == true);
        var cells = table.QuerySelectorAll("tbody tr").Single().Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains("Audit terminowości w USC", cells[0]);
        Assert.Equal("zrealizowane", cells[1]);
        Assert.Equal("40,0% (40 z 100)", cells[3]);
        Assert.Equal("28,6% (10 z 35)", cells[4]);
        Assert.Equal("bez istotnej zmiany", cells[6]);
        var json = await (await client.GetAsync("/personel/analiza/protokol/2026H1?handler=File&format=json")).Content.ReadAsStringAsync();
        Assert.Contains("\"followUp\"", json);
    }
}
