namespace GlosKlienta.Web.Tests.Accounts;

public sealed class TwoFactorTests : IAsyncLifetime
{
    private readonly AppFactory factory = new(TestDatabase.CreateSqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private Task<List<AuditEntry>> AuditAsync(string action) =>
        factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync());

    /// <summary>Reads the key the enrolment page shows (as a person copies it into the app) and confirms it with a computed code.</summary>
    private static async Task<(HttpResponseMessage Response, string Key)> EnrolAsync(HttpClient client)
    {
        var page = await Html.ParseAsync(await client.GetAsync("/konto/2fa"));
        var key = page.QuerySelector(".totp-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".totp-qr svg"));
        var response = await StaffAccounts.PostFormAsync(client, "/konto/2fa", "main form[action*='handler=enable']", [new("Code", StaffAccounts.Totp(key))]);
        return (response, key);
    }

    [Fact]
    public async Task Enrol_WithTheCurrentCode_TurnsTheSecondFactorOnAndShowsRecoveryCodesOnce()
    {
        await StaffAccounts.CreateUserAsync(factory, "pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        var client = await StaffAccounts.SignInAsync(factory, "pelnomocnik@lesko.pl");

        var (response, _) = await EnrolAsync(client);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var codes = page.QuerySelectorAll(".recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        Assert.All(codes, c => Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", c));
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "pelnomocnik@lesko.pl").Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Single(await AuditAsync("account.2fa-enabled"));
        var later = await Html.ParseAsync(await client.GetAsync("/konto/2fa"));
        Assert.Empty(later.QuerySelectorAll(".recovery-codes li"));
        Assert.Contains("Pozostałe kody zapasowe: 10.", later.QuerySelector("main")?.TextContent);
        // The session goes on after enrolment.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/konto")).StatusCode);
    }

    [Fact]
    public async Task Enrol_WithAWrongCode_ShowsTheErrorAndLeavesItOff()
    {
        await StaffAccounts.CreateUserAsync(factory, "pelnomocnik@lesko.pl", Roles.PelnomocnikSzj);
        var client = await StaffAccounts.SignInAsync(factory, "pelnomocnik@lesko.pl");

        var response = await StaffAccounts.PostFormAsync(client, "/konto/2fa", "main form[action*='handler=enable']", [new("Code", "000000")]);
        var page = await Html.ParseAsync(response);

        Assert.StartsWith("Błąd:", page.Title);
        Assert.Equal("true", page.QuerySelector("#kod")?.GetAttribute("aria-invalid"));
        Assert.Contains("Kod się nie zgadza", page.QuerySelector("#kod-blad")?.TextContent);
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "pelnomocnik@lesko.pl").Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task SignIn_WhenTheSecondFactorIsOn_AsksForTheCodeThenSignsIn()
    {
        await StaffAccounts.CreateUserWithTwoFactorAsync(factory, "kierownik@lesko.pl", Roles.KierownikReferatu);
        var client = factory.CreateBrowserLikeClient();

        var password = await StaffAccounts.PostSignInAsync(client, "kierownik@lesko.pl", StaffAccounts.Password);
        Assert.Equal("/konto/kod", password.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/konto")).StatusCode);
        var key = await StaffAccounts.AuthenticatorKeyAsync(factory, "kierownik@lesko.pl");
        var code = await StaffAccounts.PostCodeAsync(client, StaffAccounts.Totp(key!));

        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/personel", code.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/konto")).StatusCode);
        var entry = Assert.Single(await AuditAsync("signin.succeeded"));
        Assert.Equal("kierownik@lesko.pl", entry.Actor);
        Assert.Contains("authenticator", entry.Details);
    }

    [Fact]
    public async Task SignIn_WithAWrongCode_IsRefusedAndAudited()
    {
        await StaffAccounts.CreateUserWithTwoFactorAsync(factory, "kierownik@lesko.pl", Roles.KierownikReferatu);
        var client = factory.CreateBrowserLikeClient();
        await StaffAccounts.PostSignInAsync(client, "kierownik@lesko.pl", StaffAccounts.Password);

        var response = await StaffAccounts.PostCodeAsync(client, "123 456");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kod jest nieprawidłowy", page.QuerySelector(".error-summary")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/konto")).StatusCode);
        Assert.Single(await AuditAsync("signin.2fa-failed"));
        Assert.Empty(await AuditAsync("signin.succeeded"));
    }

    [Fact]
    public async Task SignIn_WithARecoveryCode_SignsInAndTheCodeIsUsedUp()
    {
        await StaffAccounts.CreateUserWithoutTwoFactorAsync(factory, "burmistrz@lesko.pl", Roles.Burmistrz);
        var first = await StaffAccounts.SignInAsync(factory, "burmistrz@lesko.pl");
        var (enrolled, _) = await EnrolAsync(first);
        var recovery = (await Html.ParseAsync(enrolled)).QuerySelector(".recovery-codes li")!.TextContent.Trim();

        var client = factory.CreateBrowserLikeClient();
        await StaffAccounts.PostSignInAsync(client, "burmistrz@lesko.pl", StaffAccounts.Password);
        var used = await StaffAccounts.PostCodeAsync(client, recovery.ToLowerInvariant());
        var again = factory.CreateBrowserLikeClient();
        await StaffAccounts.PostSignInAsync(again, "burmistrz@lesko.pl", StaffAccounts.Password);
        var reused = await StaffAccounts.PostCodeAsync(again, recovery);

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("recovery-code", Assert.Single(await AuditAsync("signin.succeeded"), e => e.Details!.Contains("recovery-code")).Details);
    }

    [Fact]
    public async Task Administrator_WithoutTheSecondFactor_IsSentToEnrolmentFromEveryPage()
    {
        await StaffAccounts.CreateUserWithoutTwoFactorAsync(factory, "admin@lesko.pl", Roles.Administrator);
        var client = await StaffAccounts.SignInAsync(factory, "admin@lesko.pl");

        foreach (var url in new[] { "/personel", "/personel/konta", "/personel/dziennik", "/konto", "/ankieta" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/konto/2fa", response.Headers.Location?.OriginalString);
        }
        var enrolment = await Html.ParseAsync(await client.GetAsync("/konto/2fa"));
        Assert.Contains("musi mieć włączoną weryfikację dwuetapową", enrolment.QuerySelector("main")?.TextContent);

        var (enabled, _) = await EnrolAsync(client);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/personel/konta")).StatusCode);
    }

    [Fact]
    public async Task Administrator_WithoutTheSecondFactor_CanStillSignOut()
    {
        await StaffAccounts.CreateUserWithoutTwoFactorAsync(factory, "admin@lesko.pl", Roles.Administrator);
        var client = await StaffAccounts.SignInAsync(factory, "admin@lesko.pl");

        var response = await StaffAccounts.PostFormAsync(client, "/konto/2fa", "header form[method=post]", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.StartsWith("http://localhost/konto/logowanie", (await client.GetAsync("/konto/2fa")).Headers.Location?.ToString());
    }

    [Fact]
    public async Task Disable_WhenAdministrator_IsRefused_WhenOtherRole_TurnsItOff()
    {
        await StaffAccounts.CreateAdministratorAsync(factory, "admin@lesko.pl");
        await StaffAccounts.CreateUserWithTwoFactorAsync(factory, "pracownik@lesko.pl", Roles.Pracownik);
        var admin = await StaffAccounts.SignInAsync(factory, "admin@lesko.pl");
        var worker = await StaffAccounts.SignInAsync(factory, "pracownik@lesko.pl");

        var adminPage = await Html.ParseAsync(await admin.GetAsync("/konto/2fa"));
        var refused = await Html.ParseAsync(await admin.PostAsync("/konto/2fa?handler=disable",
            new FormUrlEncodedContent(Html.HiddenFields(adminPage, "main form[method=post]"))));
        var turnedOff = await StaffAccounts.PostFormAsync(worker, "/konto/2fa", "main form[action*='handler=disable']", []);

        Assert.Null(adminPage.QuerySelector("main form[action*='handler=disable']"));
        Assert.Contains("nie można jej wyłączyć", refused.QuerySelector(".error-summary")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, turnedOff.StatusCode);
        var states = await factory.WithDbAsync(db => db.Users.OrderBy(u => u.Email).Select(u => u.TwoFactorEnabled).ToListAsync());
        Assert.Equal([true, false], states);
        Assert.Single(await AuditAsync("account.2fa-disabled"));
    }

    [Fact]
    public async Task ChangePassword_WithTheRightCurrentPassword_ChangesItAndAudits()
    {
        await StaffAccounts.CreateUserAsync(factory, "pracownik@lesko.pl", Roles.Pracownik);
        var client = await StaffAccounts.SignInAsync(factory, "pracownik@lesko.pl");

        var wrong = await Html.ParseAsync(await StaffAccounts.PostFormAsync(client, "/konto", "main form[action*='handler=password']",
            [new("CurrentPassword", "to-nie-jest-moje-haslo"), new("NewPassword", "zupelnie-nowe-haslo"), new("NewPasswordAgain", "zupelnie-nowe-haslo")]));
        var changed = await StaffAccounts.PostFormAsync(client, "/konto", "main form[action*='handler=password']",
            [new("CurrentPassword", StaffAccounts.Password), new("NewPassword", "zupelnie-nowe-haslo"), new("NewPasswordAgain", "zupelnie-nowe-haslo")]);

        Assert.Contains("Obecne hasło jest nieprawidłowe.", wrong.QuerySelector("#obecne-haslo-blad")?.TextContent);
        Assert.Equal("/konto?zrobiono=haslo", changed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/konto")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await StaffAccounts.PostSignInAsync(factory.CreateBrowserLikeClient(), "pracownik@lesko.pl", "zupelnie-nowe-haslo")).StatusCode);
        Assert.Single(await AuditAsync("account.password-changed"));
    }

    [Fact]
    public async Task MyAccount_ShowsNameEmailAndRolesInPolish()
    {
        await StaffAccounts.CreateUserAsync(factory, "zastepca@lesko.pl", Roles.ZastepcaBurmistrza, Roles.KierownikReferatu);
        var client = await StaffAccounts.SignInAsync(factory, "zastepca@lesko.pl");

        var page = await Html.ParseAsync(await client.GetAsync("/konto"));

        var facts = page.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("zastepca@lesko.pl", facts);
        Assert.Contains("Kierownik referatu, Zastępca Burmistrza", facts);
    }
}
