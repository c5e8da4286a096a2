using GlosKlienta.Tests.Shared;
using Microsoft.AspNetCore.Identity;

namespace GlosKlienta.Web.Tests.Accounts;

/// <summary>
/// Issue 16, staff sign-in: an authenticator code is taken once per account, at sign-in and at enrolment, by the
/// application's clock; every role that opens personal data by itself (<see cref="Roles.RequiringTwoFactor"/>) must have
/// the second factor on before any other page opens.
/// </summary>
public abstract class SecondFactorRuleTests(DatabaseKind kind) : HostedTest<SecondFactorRuleTests.SecondFactorApp>(kind, empty: true)
{
    /// <summary>A stopped clock far from the real one: a code computed for the real time is wrong here.</summary>
    public sealed class SecondFactorApp(TestDatabase database, IReadOnlyDictionary<string, string?>? settings)
        : ClockedApp(database, settings, new DateTimeOffset(2026, 3, 2, 9, 0, 10, TimeSpan.Zero))
    {
        public async Task<string> KeyAsync(string email)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            return (await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(email))!))!;
        }

        public Task<List<string>> AuditAsync(string action) =>
            WithDbAsync(db => db.AuditEntries.Where(e => e.Action == action).OrderBy(e => e.Id).Select(e => e.Actor).ToListAsync());
    }

    protected override SecondFactorApp Start(TestDatabase database, IReadOnlyDictionary<string, string?>? settings) => new(database, settings);

    /// <summary>The password, then <paramref name="code"/> on the code page; the code page's answer.</summary>
    private async Task<HttpResponseMessage> SignInWithCodeAsync(HttpClient client, string email, string code)
    {
        var password = await StaffAccounts.PostSignInAsync(client, email, StaffAccounts.Password);
        Assert.Equal("/konto/kod", password.Headers.Location?.OriginalString);
        return await StaffAccounts.PostCodeAsync(client, code);
    }

    private static async Task SignOutAsync(HttpClient client) =>
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostFormAsync(client, "/konto", "header form[method=post]", [])).StatusCode);

    [SkippableFact]
    public async Task SignIn_WithACodeUsedBefore_IsRefusedAsUsed_AndTheNextCodeSignsIn()
    {
        SkipWithoutDatabase();
        await App.CreateUserAsync("burmistrz@lesko.pl", Roles.Burmistrz);
        var key = await App.KeyAsync("burmistrz@lesko.pl");
        var now = App.Clock.GetUtcNow();
        var code = TestAuthenticator.Code(key, now);

        var first = App.Anonymous();
        Assert.Equal("/personel", (await SignInWithCodeAsync(first, "burmistrz@lesko.pl", code)).Headers.Location?.OriginalString);
        await SignOutAsync(first);
        App.Clock.Advance(TimeSpan.FromSeconds(15));
        var replay = App.Anonymous();
        var replayed = await SignInWithCodeAsync(replay, "burmistrz@lesko.pl", code);
        var page = await Html.ParseAsync(replayed);

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.StartsWith("Błąd:", page.Title);
        Assert.Contains("Ten kod został już użyty", page.QuerySelector("#kod-blad")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await replay.GetAsync("/personel")).StatusCode);
        Assert.Equal(["burmistrz@lesko.pl"], await App.AuditAsync("signin.2fa-failed"));

        // The same page, with the code the app shows next, lets the person in.
        var next = await StaffAccounts.PostCodeAsync(replay, TestAuthenticator.Code(key, now.AddSeconds(30)));
        Assert.Equal("/personel", next.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await replay.GetAsync("/personel")).StatusCode);
        // Another account's use of its own code does not touch this one's.
        await App.CreateUserAsync("rada@lesko.pl", Roles.RadaGminy);
        var council = App.Anonymous();
        Assert.Equal("/personel", (await SignInWithCodeAsync(council, "rada@lesko.pl", TestAuthenticator.Code(await App.KeyAsync("rada@lesko.pl"), now))).Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task SignIn_TakesCodesByTheApplicationsClock()
    {
        SkipWithoutDatabase();
        await App.CreateUserAsync("rejestr@lesko.pl", Roles.ProwadzacyRejestr);
        var key = await App.KeyAsync("rejestr@lesko.pl");
        var client = App.Anonymous();

        var realTime = await SignInWithCodeAsync(client, "rejestr@lesko.pl", TestAuthenticator.Code(key, DateTimeOffset.UtcNow));
        var appTime = await StaffAccounts.PostCodeAsync(client, TestAuthenticator.Code(key, App.Clock.GetUtcNow()));

        Assert.Contains("Kod jest nieprawidłowy", (await Html.ParseAsync(realTime)).QuerySelector("#kod-blad")?.TextContent);
        Assert.Equal("/personel", appTime.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task Enrol_TakesTheCodeOnce_SoItCannotSignInAfterwards()
    {
        SkipWithoutDatabase();
        await TestStaffUsers.CreateWithoutSecondFactorAsync(App.Factory.Services, "zastepca@lesko.pl", StaffAccounts.Password, Roles.ZastepcaBurmistrza);
        var client = await App.SignInExistingAsync("zastepca@lesko.pl");
        var key = (await Html.ParseAsync(await client.GetAsync("/konto/2fa"))).QuerySelector(".totp-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var code = TestAuthenticator.Code(key, App.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.OK, (await StaffAccounts.PostFormAsync(client, "/konto/2fa", "main form[action*='handler=enable']", [new("Code", code)])).StatusCode);
        await SignOutAsync(client);

        var again = await SignInWithCodeAsync(App.Anonymous(), "zastepca@lesko.pl", code);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Ten kod został już użyty", (await Html.ParseAsync(again)).QuerySelector("#kod-blad")?.TextContent);
    }

    [SkippableFact]
    public async Task EveryRoleThatOpensPersonalData_WithoutTheSecondFactor_IsSentToEnrolment_AndWorksOnceItIsOn()
    {
        SkipWithoutDatabase();
        foreach (var role in Roles.RequiringTwoFactor)
        {
            var email = role.ToLowerInvariant() + "@lesko.pl";
            await TestStaffUsers.CreateWithoutSecondFactorAsync(App.Factory.Services, email, StaffAccounts.Password, role);
            var client = await App.SignInExistingAsync(email);

            foreach (var url in new[] { "/personel", "/konto" })
            {
                var response = await client.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/konto/2fa",
                    $"{role}: {url} answered {(int)response.StatusCode} {response.Headers.Location}");
            }
            var enrolment = await Html.ParseAsync(await client.GetAsync("/konto/2fa"));
            Assert.Contains("musi mieć włączoną weryfikację dwuetapową", enrolment.QuerySelector(".notice-important")?.TextContent);
            var key = enrolment.QuerySelector(".totp-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
            var enabled = await StaffAccounts.PostFormAsync(client, "/konto/2fa", "main form[action*='handler=enable']",
                [new("Code", TestAuthenticator.Code(key, App.Clock.GetUtcNow()))]);
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);

            Assert.True((await client.GetAsync("/personel")).StatusCode == HttpStatusCode.OK, $"{role}: /personel after enrolment");
            var settings = await Html.ParseAsync(await client.GetAsync("/konto/2fa"));
            Assert.Null(settings.QuerySelector("main form[action*='handler=disable']"));
            Assert.Contains("Twoja rola wymaga weryfikacji dwuetapowej", settings.QuerySelector("main")?.TextContent);
        }
    }

    [SkippableFact]
    public async Task RolesThatDoNotOpenPersonalDataByThemselves_AreNotForced()
    {
        SkipWithoutDatabase();
        foreach (var role in Roles.All.Except(Roles.RequiringTwoFactor))
        {
            var email = role.ToLowerInvariant() + "@lesko.pl";
            var client = await App.SignInAsync(email, role);

            Assert.True((await client.GetAsync("/personel")).StatusCode == HttpStatusCode.OK, $"{role}: /personel");
            Assert.False(await App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()));
        }
    }

    [SkippableFact]
    public async Task AccountsPage_ShowsTheAccountsThatStillLackARequiredSecondFactor()
    {
        SkipWithoutDatabase();
        var admin = await App.SignInAsync("admin@lesko.pl", Roles.Administrator);
        await TestStaffUsers.CreateWithoutSecondFactorAsync(App.Factory.Services, "rada@lesko.pl", StaffAccounts.Password, Roles.RadaGminy, Roles.Pracownik);
        await TestStaffUsers.CreateWithoutSecondFactorAsync(App.Factory.Services, "pracownik@lesko.pl", StaffAccounts.Password, Roles.Pracownik);

        var page = await Html.ParseAsync(await admin.GetAsync("/personel/konta"));

        string TwoFactorCell(string email) =>
            page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal)).QuerySelectorAll("td")[2].TextContent.Trim();
        Assert.Equal("wymagana, nie włączona", TwoFactorCell("rada@lesko.pl"));
        Assert.Equal("wyłączona", TwoFactorCell("pracownik@lesko.pl"));
        Assert.Equal("włączona", TwoFactorCell("admin@lesko.pl"));
        Assert.Contains("nie mają jej włączonej: 1.", page.QuerySelector("main .notice-important")?.TextContent);
    }
}

public sealed class SecondFactorRuleSqliteTests() : SecondFactorRuleTests(DatabaseKind.Sqlite);

public sealed class SecondFactorRulePostgresTests() : SecondFactorRuleTests(DatabaseKind.Postgres);
