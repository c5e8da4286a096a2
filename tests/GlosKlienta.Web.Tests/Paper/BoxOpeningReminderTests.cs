using GlosKlienta.Web.Tests.Analysis;

namespace GlosKlienta.Web.Tests.Paper;

/// <summary>The staff panel reminds those who open boxes of the half-year's box-opening day (issue 12).</summary>
public sealed class BoxOpeningReminderTests
{
    [Fact]
    public async Task StaffHome_AWeekBeforeTheLastWorkingDayOfJune_ListsTheBoxesToOpen_UntilEachIsOpened()
    {
        await using var app = new AnalysisApp(TestDatabase.CreateEmptySqlite(), new DateTimeOffset(2026, 6, 25, 8, 0, 0, TimeSpan.Zero));
        var client = await app.SignInAsync("pracownik@lesko.pl", Roles.Pracownik);

        var panel = (await Html.ParseAsync(await client.GetAsync("/personel"))).QuerySelector("#skrzynki-panel")?.ParentElement?.TextContent;
        Assert.NotNull(panel);
        Assert.Contains("wtorek, 30 czerwca 2026", panel);
        Assert.Contains("Parkowej 1", panel);
        Assert.Contains("Rynek 21", panel);

        // The Parkowa box is opened on the day: only the Ratusz box is left.
        await app.WithDbAsync(async db =>
        {
            var box = await db.SurveyBoxes.SingleAsync(b => b.Location.Contains("Parkowej"));
            var version = await db.SurveyVersions.Select(v => v.Id).FirstAsync();
            db.BoxOpenings.Add(new BoxOpening { Year = 2026, Number = 1, SurveyBoxId = box.Id, OpenedOn = new DateOnly(2026, 6, 30), OpenedBy = "Jan Kowalski", FormCount = 3, SurveyVersionId = version });
            return await db.SaveChangesAsync();
        });
        panel = (await Html.ParseAsync(await client.GetAsync("/personel"))).QuerySelector("#skrzynki-panel")!.ParentElement!.TextContent;
        Assert.DoesNotContain("Parkowej 1", panel);
        Assert.Contains("Rynek 21", panel);
    }

    [Fact]
    public async Task StaffHome_EarlyInTheHalfYear_ShowsNoReminder()
    {
        await using var app = new AnalysisApp(TestDatabase.CreateEmptySqlite(), new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        var client = await app.SignInAsync("pracownik@lesko.pl", Roles.Pracownik);

        Assert.Null((await Html.ParseAsync(await client.GetAsync("/personel"))).QuerySelector("#skrzynki-panel"));
    }
}
