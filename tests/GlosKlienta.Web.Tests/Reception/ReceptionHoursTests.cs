using GlosKlienta.Domain.Reception;

namespace GlosKlienta.Web.Tests.Reception;

/// <summary>The art. 253 KPA reception hours: seeded valid, edited only as a valid whole, shown to citizens.</summary>
public sealed class ReceptionHoursTests : IAsyncLifetime
{
    private readonly AppFactory factory = new(TestDatabase.CreateSqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private async Task<HttpClient> KeeperAsync()
    {
        await StaffAccounts.CreateUserAsync(factory, "rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        return await StaffAccounts.SignInAsync(factory, "rejestr@lesko.pl");
    }

    [Fact]
    public async Task SeededLeskoHours_MeetArticle253()
    {
        factory.CreateClient().Dispose();
        var (slots, hours, main) = await factory.WithDbAsync(async db =>
        {
            var rows = await db.ReceptionHours.AsNoTracking().ToListAsync();
            var (h, m) = await ReceptionTimetable.WorkingHoursAsync(db, CancellationToken.None);
            return (rows.Select(r => new ReceptionSlot(r.OfficialRole, r.Day, r.From, r.To, r.BuildingId)).ToList(), h, m);
        });

        Assert.Contains(slots, s => s.OfficialRole == Roles.Burmistrz);
        Assert.Contains(slots, s => s.OfficialRole == Roles.ZastepcaBurmistrza);
        Assert.Empty(ReceptionSchedule.Check(slots, hours, main));
    }

    [Fact]
    public async Task PublicPage_ShowsTheHoursWithoutSigningIn_AndLinksTheOnlineForm()
    {
        var response = await factory.CreateClient().GetAsync("/skargi-i-wnioski");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Jak złożyć skargę, wniosek lub petycję", page.QuerySelector("h1")!.TextContent.Trim());
        var table = page.QuerySelectorAll("table.hours").Select(t => t.TextContent).ToList();
        Assert.Contains(table, t => t.Contains("poniedziałek", StringComparison.Ordinal) && t.Contains("15:30–17:30", StringComparison.Ordinal) && t.Contains("po godzinach pracy", StringComparison.Ordinal));
        Assert.Contains(table, t => t.Contains("środa", StringComparison.Ordinal) && t.Contains("10:00–12:00", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("a[href='/skargi-i-wnioski/zloz']"));
        // Issue 18: the basis of the ways to file, and petitions never oral.
        var how = page.QuerySelector("section[aria-labelledby=jak]")!.TextContent;
        Assert.Contains("§ 5 rozporządzenia Rady Ministrów z dnia 8 stycznia 2002 r.", how, StringComparison.Ordinal);
        Assert.Contains("nie ustnie (art. 4 ust. 1 ustawy o petycjach)", how, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WithoutAnySlotAfterWorkingHours_IsRefused_AndKeepsWhatWasTyped()
    {
        var client = await KeeperAsync();
        var before = await factory.WithDbAsync(db => db.ReceptionHours.AsNoTracking().OrderBy(r => r.Id).Select(r => r.From).ToListAsync());

        // Monday 15:30-17:30 moved to 14:00-15:30, within working hours: no reception after working hours any more.
        var response = await StaffAccounts.PostFormAsync(client, "/personel/przyjecia", "main form[method=post]",
        [
            new("Slots[0].Official", Roles.Burmistrz), new("Slots[0].Day", "Monday"), new("Slots[0].From", "14:00"), new("Slots[0].To", "15:30"),
            new("Slots[0].Place", "sekretariat Burmistrza"),
            new("Slots[1].Official", Roles.ZastepcaBurmistrza), new("Slots[1].Day", "Wednesday"), new("Slots[1].From", "10:00"), new("Slots[1].To", "12:00"),
            new("Slots[2].Official", Roles.ZastepcaBurmistrza), new("Slots[2].Name", "Jan Testowy"), new("Slots[2].Day", "Friday"), new("Slots[2].From", "9.00"), new("Slots[2].To", "11:00"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.StartsWith("Błąd:", page.Title, StringComparison.Ordinal);
        Assert.Contains("po godzinach pracy urzędu (art. 253 § 3 KPA)", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("15:30", Html.TextValue(page, "Slots[0].To"));
        Assert.Equal("sekretariat Burmistrza", Html.TextValue(page, "Slots[0].Place"));
        Assert.Equal("Jan Testowy", Html.TextValue(page, "Slots[2].Name"));
        Assert.Equal("9.00", Html.TextValue(page, "Slots[2].From"));
        Assert.Equal("Friday", page.QuerySelector("select[name='Slots[2].Day'] option[selected]")!.GetAttribute("value"));
        // Nothing was saved.
        Assert.Equal(before, await factory.WithDbAsync(db => db.ReceptionHours.AsNoTracking().OrderBy(r => r.Id).Select(r => r.From).ToListAsync()));
    }

    [Fact]
    public async Task Save_WithEveryRowRemoved_IsRefusedAsNoWeeklyReception()
    {
        var client = await KeeperAsync();

        var response = await StaffAccounts.PostFormAsync(client, "/personel/przyjecia", "main form[method=post]",
        [
            new("Slots[0].Official", Roles.Burmistrz), new("Slots[0].Day", "Monday"), new("Slots[0].From", "15:30"), new("Slots[0].To", "17:30"), new("Slots[0].Remove", "true"),
        ]);

        var page = await Html.ParseAsync(response);
        Assert.Contains("co najmniej raz w tygodniu (art. 253 § 2 KPA)", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await factory.WithDbAsync(db => db.ReceptionHours.CountAsync()));
    }

    [Fact]
    public async Task Save_OfAValidWeek_ReplacesTheHours_IsAudited_AndShowsPublicly()
    {
        var client = await KeeperAsync();

        var response = await StaffAccounts.PostFormAsync(client, "/personel/przyjecia", "main form[method=post]",
        [
            new("Slots[0].Official", Roles.ZastepcaBurmistrza), new("Slots[0].Name", "Jan Testowy"), new("Slots[0].Day", "Thursday"), new("Slots[0].From", "15:30"), new("Slots[0].To", "18:00"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var rows = await factory.WithDbAsync(db => db.ReceptionHours.AsNoTracking().ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal((DayOfWeek.Thursday, new TimeOnly(15, 30), new TimeOnly(18, 0)), (row.Day, row.From, row.To));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == ReceptionAudit.HoursChanged)));

        var publicPage = await Html.ParseAsync(await factory.CreateClient().GetAsync("/skargi-i-wnioski"));
        Assert.Contains("Zastępca Burmistrza: Jan Testowy", publicPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("15:30–18:00", publicPage.Body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("15:30–17:30", publicPage.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditPage_IsRefusedToAnEmployeeWithoutTheRole()
    {
        await StaffAccounts.CreateUserAsync(factory, "pracownik@lesko.pl", Roles.Pracownik);
        var client = await StaffAccounts.SignInAsync(factory, "pracownik@lesko.pl");

        var response = await client.GetAsync("/personel/przyjecia");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/konto/brak-dostepu", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
