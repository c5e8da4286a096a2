using GlosKlienta.Tests.Shared;

namespace GlosKlienta.Browser.Tests;

/// <summary>
/// Issue 16: the pages of the required second factor at a desktop and a phone width: the set-up a register keeper is
/// sent to, the code page refusing a used code, and the accounts page marking who still lacks it. Each fits the width,
/// axe finds nothing, and a screenshot of each is left to look at.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class SecondFactorPagesTests(BrowserFixture app, ITestOutputHelper output)
{
    private async Task CheckAsync(IPage page, string name, int width)
    {
        output.WriteLine($"Screenshot: {await Checks.ScreenshotAsync(page, name + "-" + width)}");
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{name} at {width}px scrolls sideways: {widths[0]} > {widths[1]}");
        await Checks.AssertNoAxeViolationsAsync(page, $"{name} at {width}px");
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/konto/logowanie", new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.FillAsync("#email", email);
        await page.FillAsync("#haslo", StaffSignIn.Password);
        await page.ClickAsync("main form button[type=submit]");
    }

    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task RequiredSetUp_UsedCode_AndTheAccountsPage_FitAndPassAxe(int width)
    {
        BrowserFixture.SkipIfNoChromium();
        var keeper = $"rejestr-2fa-{width}@lesko.pl";
        await TestStaffUsers.CreateWithoutSecondFactorAsync(app.Services, keeper, StaffSignIn.Password, Roles.ProwadzacyRejestr);
        await using (var session = await app.OpenAsync(width, 900))
        {
            var page = session.Page;
            page.SetDefaultTimeout(30_000);
            await SignInAsync(page, keeper);
            await page.WaitForURLAsync("**/konto/2fa");
            Assert.Contains("musi mieć włączoną weryfikację dwuetapową", await page.InnerTextAsync(".notice-important"));
            await CheckAsync(page, "2fa-required", width);

            var key = (await page.InnerTextAsync(".totp-key")).Replace(" ", "", StringComparison.Ordinal);
            var code = TestAuthenticator.Code(key);
            await page.FillAsync("#kod", code);
            await page.ClickAsync("main form button[type=submit]");
            await page.Locator(".recovery-codes").WaitForAsync();
            await page.ClickAsync("header form button[type=submit]");
            await page.WaitForURLAsync(u => !u.Contains("/konto/2fa", StringComparison.Ordinal));

            await SignInAsync(page, keeper);
            await page.WaitForURLAsync("**/konto/kod**");
            await page.FillAsync("#kod", code);
            await page.ClickAsync("main form button[type=submit]");
            await page.Locator("#kod-blad").WaitForAsync();
            Assert.Contains("Ten kod został już użyty", await page.InnerTextAsync("#kod-blad"));
            await CheckAsync(page, "2fa-code-used", width);
        }

        var admin = $"admin-2fa-{width}@lesko.pl";
        await StaffSignIn.CreateUserAsync(app, admin, Roles.Administrator);
        await TestStaffUsers.CreateWithoutSecondFactorAsync(app.Services, $"rada-2fa-{width}@lesko.pl", StaffSignIn.Password, Roles.RadaGminy);
        await using var adminSession = await StaffSignIn.OpenSignedInAsync(app, admin, width, 900);
        await adminSession.Page.GotoAsync("/personel/konta");
        Assert.Contains("wymagana, nie włączona", await adminSession.Page.InnerTextAsync("main table"));
        await CheckAsync(adminSession.Page, "2fa-accounts", width);
    }
}
