using Microsoft.AspNetCore.Identity;
using GlosKlienta.Web.Features.Accounts;
using GlosKlienta.Web.Features.Audit;
using GlosKlienta.Web.Features.Directory;
using GlosKlienta.Web.Features.Office;
using GlosKlienta.Web.Features.Paper;
using GlosKlienta.Web.Features.Reception;
using GlosKlienta.Web.Features.Survey;

namespace GlosKlienta.Browser.Tests.Infrastructure;

/// <summary>Staff accounts for browser tests: created in the fixture's database, signed in through the real sign-in form.</summary>
public static class StaffSignIn
{
    public const string Password = "dlugie-haslo-do-testow-w-przegladarce";

    public static Task<StaffUser> CreateUserAsync(BrowserFixture app, string email, params string[] roles)
        => GlosKlienta.Tests.Shared.TestStaffUsers.CreateAsync(app.Services, email, Password, roles);

    /// <summary>A fresh browser context signed in as <paramref name="email"/> (the account must exist).</summary>
    public static async Task<BrowserSession> OpenSignedInAsync(BrowserFixture app, string email, int width = 1280, int height = 900)
    {
        var session = await app.OpenAsync(width, height);
        var page = session.Page;
        // Staff pages do more per request than the survey (sign-in hashes a password); under a full parallel test run they get more time.
        page.SetDefaultTimeout(30_000);
        page.SetDefaultNavigationTimeout(30_000);
        await page.GotoAsync("/konto/logowanie", new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.FillAsync("#email", email);
        await page.FillAsync("#haslo", Password);
        await page.ClickAsync("main form button[type=submit]");
        // Signed in when the staff navigation appears (a page's DOM, not its load event: the wait stays short under a busy test run).
        await page.Locator("nav.staff-nav").WaitForAsync();
        Assert.DoesNotContain("/konto/logowanie", page.Url, StringComparison.Ordinal);
        return session;
    }
}
