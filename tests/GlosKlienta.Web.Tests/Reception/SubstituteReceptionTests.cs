using GlosKlienta.Web.Tests.SurveyVersions;

namespace GlosKlienta.Web.Tests.Reception;

/// <summary>
/// Art. 253 § 2 and § 3 KPA hold every week: when the Burmistrz's after-hours Monday is Easter Monday (29 March 2027),
/// the staff home warns a month ahead, the keeper sets a substitute that week, and the public page shows it.
/// </summary>
public abstract class SubstituteReceptionTests(DatabaseKind kind) : VersionsAppTest(kind)
{
    [SkippableFact]
    public async Task AHolidayOnTheAfterHoursDay_IsWarnedAMonthAhead_AndASubstituteThatWeekIsShownPublicly()
    {
        App.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var keeper = await App.SignInAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);

        var home = await Html.ParseAsync(await keeper.GetAsync("/personel"));
        var panel = home.QuerySelector("#przyjecia-panel")!.ParentElement!.TextContent;
        Assert.Contains("29 marca 2027", panel, StringComparison.Ordinal);
        Assert.Contains("po godzinach pracy", panel, StringComparison.Ordinal);

        // A substitute within working hours does not meet § 3: the warning stays.
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostFormAsync(keeper, "/personel/przyjecia", "form[action*='handler=Substitute']",
            [new("Date", "2027-03-31"), new("Official", Roles.Burmistrz), new("From", "10:00"), new("To", "12:00")])).StatusCode);
        Assert.NotNull((await Html.ParseAsync(await keeper.GetAsync("/personel"))).QuerySelector("#przyjecia-panel"));

        // A bad time comes back with what was typed.
        var bad = await StaffAccounts.PostFormAsync(keeper, "/personel/przyjecia", "form[action*='handler=Substitute']",
            [new("Date", "2027-03-31"), new("Official", Roles.Burmistrz), new("From", "17:30"), new("To", "15:30"), new("Place", "sala narad")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var badPage = await Html.ParseAsync(bad);
        Assert.Equal("sala narad", Html.TextValue(badPage, "Place"));
        Assert.Contains("późniejsza", badPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostFormAsync(keeper, "/personel/przyjecia", "form[action*='handler=Substitute']",
            [new("Date", "2027-03-31"), new("Official", Roles.Burmistrz), new("From", "15:30"), new("To", "17:30"), new("Place", "sala narad")])).StatusCode);
        Assert.Null((await Html.ParseAsync(await keeper.GetAsync("/personel"))).QuerySelector("#przyjecia-panel"));
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == ReceptionAudit.SubstituteAdded)));

        var publicPage = await Html.ParseAsync(await App.Anonymous().GetAsync("/skargi-i-wnioski"));
        var substitutes = publicPage.QuerySelector("#zastepcze")!.NextElementSibling!.TextContent;
        Assert.Contains("środa, 31 marca 2027, 15:30–17:30", substitutes, StringComparison.Ordinal);
        Assert.Contains("sala narad", substitutes, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ThePanel_IsNotShownToAnEmployee()
    {
        App.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var employee = await App.SignInAsync("pracownik@lesko.pl", Roles.Pracownik);
        Assert.Null((await Html.ParseAsync(await employee.GetAsync("/personel"))).QuerySelector("#przyjecia-panel"));
    }
}

public sealed class SqliteSubstituteReceptionTests() : SubstituteReceptionTests(DatabaseKind.Sqlite);

public sealed class PostgresSubstituteReceptionTests() : SubstituteReceptionTests(DatabaseKind.Postgres);
